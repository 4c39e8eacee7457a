#include "Handover.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "UserAdmin.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
struct UserRow {
    qint64 id = 0;
    bool active = false;
};

Result<UserRow> findUser(QSqlDatabase& db, const QString& login)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, active FROM users WHERE login = ?"));
    q.addBindValue(login);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<UserRow>::failure(error);
    if (!q.next())
        return Result<UserRow>::failure(Handover::tr("There is no user %1.").arg(login), ErrorKind::NotFound);
    return UserRow{q.value(0).toLongLong(), q.value(1).toInt() != 0};
}
} // namespace

Result<Handover::Outcome> Handover::run(const QString& fromLogin, const QString& toLogin, Departing departing,
                                        const QDate& today)
{
    using R = Result<Outcome>;
    const QString from = fromLogin.trimmed();
    const QString to = toLogin.trimmed();
    if (from.isEmpty())
        return R::failure(tr("Whose customers should be handed over? Give a user."), ErrorKind::Usage);
    if (from == to)
        return R::failure(tr("%1 cannot hand over to themselves.").arg(from), ErrorKind::Usage);
    if (Status allowed = AccessPolicy(m_archive.database().actingUser()).check(Permission::Reassign); !allowed)
        return R::failure(allowed.error(), allowed.errorKind());
    QSqlDatabase& db = m_archive.database().connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("The archive is busy or read-only; nothing was changed."));

    const auto source = findUser(db, from);
    if (!source)
        return R::failure(source.error(), source.errorKind());
    qint64 targetId = 0;
    if (!to.isEmpty()) {
        const auto target = findUser(db, to);
        if (!target)
            return R::failure(target.error(), target.errorKind());
        if (!target->active)
            return R::failure(tr("%1 is disabled and cannot take over customers.").arg(to), ErrorKind::Usage);
        targetId = target->id;
    }

    Outcome outcome;
    QSqlQuery owned(db);
    owned.prepare(QStringLiteral("SELECT id FROM customers WHERE owner_id = ? ORDER BY id"));
    owned.addBindValue(source->id);
    QString error;
    if (!SqlValue::exec(owned, &error))
        return R::failure(error);
    QList<qint64> ids;
    while (owned.next())
        ids.append(owned.value(0).toLongLong());
    owned.finish();

    // Counted before the move: the planned follow-ups on the customers that are about to change hands.
    QSqlQuery planned(db);
    planned.prepare(QStringLiteral("SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id"
                                   " WHERE c.owner_id = ? AND i.next_date >= ?"));
    planned.addBindValue(source->id);
    planned.addBindValue(today.toString(Qt::ISODate));
    if (!SqlValue::exec(planned, &error) || !planned.next())
        return R::failure(error);
    outcome.plannedFollowUps = planned.value(0).toInt();
    planned.finish();
    for (const qint64 id : ids) {
        auto customer = m_archive.customers().findById(id);
        if (!customer)
            return R::failure(customer.error());
        customer.value().owner = to;
        if (auto saved = m_archive.customers().update(*customer); !saved)
            return R::failure(saved.error(), saved.errorKind());
        ++outcome.customers;
    }

    QSqlQuery tasks(db);
    tasks.prepare(QStringLiteral("UPDATE tasks SET assignee_id = ? WHERE assignee_id = ? AND done_at IS NULL"));
    tasks.addBindValue(SqlValue::fromId(targetId));
    tasks.addBindValue(source->id);
    if (!SqlValue::exec(tasks, &error))
        return R::failure(error);
    outcome.tasks = tasks.numRowsAffected();

    if (departing == Departing::Disable && source->active) {
        // In the same transaction: a user who cannot be disabled keeps their customers too.
        if (Status s = UserAdmin(m_archive.database()).setDisabled(from, true); !s)
            return R::failure(tr("%1 was not handed over: %2").arg(from, s.error()), s.errorKind());
        outcome.disabled = true;
    }

    if (!transaction.commit())
        return R::failure(tr("The archive refused the change; nothing was changed."));
    return outcome;
}
