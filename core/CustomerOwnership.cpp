#include "CustomerOwnership.h"

#include "SqlValue.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

Result<qint64> CustomerOwnership::ownerOf(qint64 customerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(owner_id, 0) FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<qint64>::failure(error);
    if (!q.next())
        return Result<qint64>::failure(tr("There is no customer with id %1.").arg(customerId), ErrorKind::NotFound);
    return q.value(0).toLongLong();
}

namespace {
// Own or own-and-pool as (owner id, pool too); nullopt for All (no narrowing). None and Pool-only scopes never
// apply to viewing or exporting (AccessPolicy's table) and are refused by the callers.
std::optional<std::pair<qint64, bool>> ownerScope(const AccessPolicy& policy, Permission permission)
{
    switch (policy.scope(permission)) {
    case CustomerScope::Own: return std::pair{policy.user().id, false};
    case CustomerScope::OwnAndPool: return std::pair{policy.user().id, true};
    case CustomerScope::Pool: return std::pair{qint64(0), true}; // owner id 0 never exists: the pool only
    case CustomerScope::All:
    case CustomerScope::None: break;
    }
    return std::nullopt;
}
} // namespace

bool CustomerOwnership::restrict(CustomerFilter& filter, const AccessPolicy& policy, Permission permission)
{
    if (!policy.allows(permission))
        return false;
    if (const auto scope = ownerScope(policy, permission)) {
        filter.scopeOwnerId = scope->first;
        filter.scopeIncludesPool = scope->second;
    }
    return true;
}

bool CustomerOwnership::restrict(SearchQuery& query, const AccessPolicy& policy, Permission permission)
{
    if (!policy.allows(permission))
        return false;
    if (const auto scope = ownerScope(policy, permission)) {
        query.ownerId = scope->first;
        query.includePool = scope->second;
    }
    return true;
}

Status CustomerOwnership::check(qint64 customerId, Permission permission)
{
    const AccessPolicy policy = AccessPolicy::forConnection(m_db);
    const CustomerScope scope = policy.scope(permission);
    if (scope == CustomerScope::All)
        return {};
    if (scope == CustomerScope::None)
        return policy.check(permission);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(owner_id, 0), code FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Status::failure(error);
    if (!q.next())
        return Status::failure(tr("There is no customer with id %1.").arg(customerId), ErrorKind::NotFound);
    return policy.checkOn(permission, q.value(0).toLongLong(), q.value(1).toString());
}

Result<QVector<qint64>> CustomerOwnership::keepAllowed(const QVector<qint64>& ids, const AccessPolicy& policy,
                                                       Permission permission)
{
    const CustomerScope scope = policy.scope(permission);
    if (scope == CustomerScope::All)
        return ids;
    if (scope == CustomerScope::None || ids.isEmpty())
        return QVector<qint64>();
    // The user's own and/or the pool's customer ids: by the owner index, however long `ids` is.
    QString condition;
    QVariantList values;
    switch (scope) {
    case CustomerScope::Pool: condition = QStringLiteral("owner_id IS NULL"); break;
    case CustomerScope::Own: condition = QStringLiteral("owner_id = ?"); break;
    default: condition = QStringLiteral("owner_id = ? OR owner_id IS NULL"); break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE ") + condition);
    if (scope != CustomerScope::Pool)
        q.addBindValue(policy.user().id);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QVector<qint64>>::failure(error);
    QSet<qint64> allowed;
    while (q.next())
        allowed.insert(q.value(0).toLongLong());
    QVector<qint64> kept;
    for (qint64 id : ids)
        if (allowed.contains(id))
            kept.append(id);
    return kept;
}
