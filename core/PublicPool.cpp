#include "PublicPool.h"

#include "Archive.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
Result<int> metaInt(QSqlDatabase& db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<int>::failure(error);
    return q.next() ? q.value(0).toInt() : 0;
}

Status setMetaInt(QSqlDatabase& db, const QString& key, int value)
{
    return SqlValue::run(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"),
                         {key, QString::number(value)});
}
} // namespace

Result<PublicPool::Settings> PublicPool::settings()
{
    QSqlDatabase& db = m_archive.database().connection();
    const auto days = metaInt(db, QStringLiteral("pool_stale_days"));
    const auto cap = metaInt(db, QStringLiteral("pool_claim_cap"));
    if (!days)
        return Result<Settings>::failure(days.error());
    if (!cap)
        return Result<Settings>::failure(cap.error());
    return Settings{std::max(0, *days), std::max(0, *cap)};
}

Status PublicPool::setSettings(const Settings& settings)
{
    if (settings.staleDays < 0 || settings.claimCap < 0)
        return Status::failure(tr("The pool settings need whole numbers of 0 or more."), ErrorKind::Usage);
    QSqlDatabase& db = m_archive.database().connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(tr("The archive is busy or read-only; nothing was saved."));
    if (Status s = setMetaInt(db, QStringLiteral("pool_stale_days"), settings.staleDays); !s)
        return s;
    if (Status s = setMetaInt(db, QStringLiteral("pool_claim_cap"), settings.claimCap); !s)
        return s;
    if (!transaction.commit())
        return Status::failure(tr("The archive refused to save the pool settings."));
    return {};
}

Result<QVector<qint64>> PublicPool::staleIds(const QDate& today)
{
    const auto current = settings();
    if (!current)
        return Result<QVector<qint64>>::failure(current.error());
    QVector<qint64> ids;
    if (current->staleDays == 0)
        return ids;
    // Times are ISO-8601 UTC text, so comparing with a date string compares by day.
    const QString cutoff = today.addDays(-current->staleDays).toString(Qt::ISODate);
    QSqlQuery q(m_archive.database().connection());
    q.prepare(QStringLiteral(
        "SELECT c.id FROM customers c LEFT JOIN customer_owner_since s ON s.customer_id = c.id"
        " WHERE c.owner_id IS NOT NULL AND coalesce(s.since, c.created_at) < ?"
        " AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND i.author_id = c.owner_id"
        "                 AND i.happened_at >= ?)"
        " ORDER BY c.id"));
    q.addBindValue(cutoff);
    q.addBindValue(cutoff);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QVector<qint64>>::failure(error);
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<int> PublicPool::releaseStale(const QDate& today)
{
    QSqlDatabase& db = m_archive.database().connection();
    // One short write transaction; the stale list is read inside it, so nobody's follow-up logged meanwhile
    // is overlooked.
    Transaction transaction(db);
    if (!transaction.isActive())
        return Result<int>::failure(tr("The archive is busy or read-only; nothing was changed."));
    const auto ids = staleIds(today);
    if (!ids)
        return Result<int>::failure(ids.error());
    for (const qint64 id : *ids) {
        auto customer = m_archive.customers().findById(id);
        if (!customer)
            return Result<int>::failure(customer.error());
        customer.value().owner.clear();
        if (auto saved = m_archive.customers().update(*customer); !saved)
            return Result<int>::failure(saved.error(), saved.errorKind());
    }
    if (!transaction.commit())
        return Result<int>::failure(tr("The archive refused the change; nothing was changed."));
    return int(ids->size());
}

Result<QVector<CustomerListRow>> PublicPool::members(int limit)
{
    CustomerFilter filter;
    filter.owner = QStringLiteral("-");
    const auto ids = m_archive.customers().listIds(filter, CustomerSortKey::Code, Qt::AscendingOrder, limit);
    if (!ids)
        return Result<QVector<CustomerListRow>>::failure(ids.error());
    return m_archive.customers().rows(*ids);
}

Result<int> PublicPool::ownedBy(const QString& login)
{
    QSqlQuery q(m_archive.database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM customers c JOIN users u ON u.id = c.owner_id WHERE u.login = ?"));
    q.addBindValue(login);
    QString error;
    if (!SqlValue::exec(q, &error) || !q.next())
        return Result<int>::failure(error);
    return q.value(0).toInt();
}

Result<Customer> PublicPool::claim(const QString& code, const QString& login)
{
    const QString claimant = login.trimmed();
    if (claimant.isEmpty())
        return Result<Customer>::failure(tr("Who claims the customer? Give a user."), ErrorKind::Usage);
    Transaction transaction(m_archive.database().connection());
    if (!transaction.isActive())
        return Result<Customer>::failure(tr("The archive is busy or read-only; nothing was saved."));
    auto customer = m_archive.customers().findByCode(code.trimmed());
    if (!customer)
        return customer;
    if (!customer->owner.isEmpty())
        return Result<Customer>::failure(
            tr("%1 is not in the public pool: %2 owns it.").arg(customer->code, customer->owner), ErrorKind::Conflict);
    const auto current = settings();
    if (!current)
        return Result<Customer>::failure(current.error());
    if (current->claimCap > 0) {
        const auto owned = ownedBy(claimant);
        if (!owned)
            return Result<Customer>::failure(owned.error());
        if (*owned >= current->claimCap)
            return Result<Customer>::failure(
                tr("%1 already owns %2 customers, the most a rep may hold (%3); nothing was claimed.")
                    .arg(claimant)
                    .arg(*owned)
                    .arg(current->claimCap),
                ErrorKind::Usage);
    }
    customer.value().owner = claimant;
    auto saved = m_archive.customers().update(*customer);
    if (!saved)
        return saved;
    if (!transaction.commit())
        return Result<Customer>::failure(tr("The archive refused the change; nothing was claimed."));
    return saved;
}
