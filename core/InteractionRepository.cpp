#include "InteractionRepository.h"

#include "CustomerOwnership.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QSqlQuery>
#include <QVariant>

Result<QList<Interaction>> InteractionRepository::forCustomer(qint64 customerId, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT i.id, i.type, i.happened_at, coalesce(u.login, ''), i.content, i.next_date"
                                 " FROM interactions i LEFT JOIN users u ON u.id = i.author_id"
                                 " WHERE i.customer_id = ? ORDER BY i.happened_at DESC, i.id DESC LIMIT ?"));
    query.addBindValue(customerId);
    query.addBindValue(limit);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QList<Interaction>>::failure(error);
    QList<Interaction> result;
    while (query.next()) {
        Interaction interaction;
        interaction.id = query.value(0).toLongLong();
        interaction.customerId = customerId;
        interaction.type = InteractionTypes::fromText(query.value(1).toString()).value_or(InteractionType::Other);
        interaction.happenedAt = SqlValue::toDateTime(query.value(2));
        interaction.author = query.value(3).toString();
        interaction.content = query.value(4).toString();
        interaction.nextDate = SqlValue::toDate(query.value(5));
        result.append(interaction);
    }
    return result;
}

Result<Interaction> InteractionRepository::insert(const Interaction& interaction)
{
    if (interaction.customerId <= 0)
        return Result<Interaction>::failure(tr("A follow-up must belong to a customer."), ErrorKind::Usage);
    if (Status allowed = CustomerOwnership(m_db).check(interaction.customerId, Permission::Edit); !allowed)
        return Result<Interaction>::failure(allowed.error(), allowed.errorKind());
    Transaction transaction(m_db);
    const auto authorId = UserRepository(m_db).ensure(interaction.author);
    if (!authorId)
        return Result<Interaction>::failure(authorId.error());
    Interaction stored = interaction;
    if (!stored.happenedAt.isValid())
        stored.happenedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO interactions(customer_id, type, happened_at, author_id, content, next_date)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(stored.customerId);
    insert.addBindValue(InteractionTypes::toKey(stored.type));
    insert.addBindValue(SqlValue::fromDateTime(stored.happenedAt));
    insert.addBindValue(SqlValue::fromId(*authorId));
    insert.addBindValue(SqlValue::fromText(stored.content));
    insert.addBindValue(SqlValue::fromDate(stored.nextDate));
    QString error;
    if (!SqlValue::exec(insert, &error))
        return Result<Interaction>::failure(tr("Cannot save the follow-up: %1").arg(error));
    stored.id = insert.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Result<Interaction>::failure(tr("Cannot save the follow-up: the archive refused the change."));
    stored.happenedAt = stored.happenedAt.toUTC();
    return stored;
}

Status InteractionRepository::remove(qint64 id)
{
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM interactions WHERE id = ?"), {id});
}

Status InteractionRepository::removeRange(qint64 firstId, qint64 lastId)
{
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM interactions WHERE id BETWEEN ? AND ?"), {firstId, lastId});
}
