#include "SavedFilterRepository.h"

#include "NameSortKey.h"
#include "SmartFilterSql.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QSqlQuery>

#include <algorithm>

Result<QList<SavedFilter>> SavedFilterRepository::visibleTo(const QString& login)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT f.id, f.name, u.login, f.shared, f.definition, f.updated_at"
                                 " FROM saved_filters f JOIN users u ON u.id = f.owner_id"
                                 " WHERE u.login = ? OR f.shared <> 0"));
    query.addBindValue(login.trimmed());
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QList<SavedFilter>>::failure(error);
    std::vector<std::pair<QByteArray, SavedFilter>> keyed;
    while (query.next()) {
        SavedFilter f;
        f.id = query.value(0).toLongLong();
        f.name = query.value(1).toString();
        f.owner = query.value(2).toString();
        f.shared = query.value(3).toInt() != 0;
        f.updatedAt = SqlValue::toDateTime(query.value(5));
        auto definition = SmartFilter::fromJson(query.value(4).toString().toUtf8());
        if (!definition)
            continue; // written by a newer version or damaged: not offered rather than applied wrongly
        f.definition = *definition;
        keyed.emplace_back(NameSortKey::of(f.name), std::move(f));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<SavedFilter> result;
    for (auto& [key, filter] : keyed)
        result.append(std::move(filter));
    return result;
}

Result<SavedFilter> SavedFilterRepository::save(const SavedFilter& filter)
{
    const QString name = filter.name.trimmed();
    if (name.isEmpty())
        return Result<SavedFilter>::failure(tr("A smart list needs a name."), ErrorKind::Usage);
    if (filter.owner.trimmed().isEmpty())
        return Result<SavedFilter>::failure(tr("A smart list needs an owner."), ErrorKind::Usage);
    if (filter.definition.isEmpty())
        return Result<SavedFilter>::failure(tr("A smart list needs at least one condition."), ErrorKind::Usage);
    if (const auto sql = SmartFilterSql::translate(filter.definition); !sql)
        return Result<SavedFilter>::failure(sql.error(), ErrorKind::Usage);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<SavedFilter>::failure(tr("The archive is busy or read-only; nothing was saved."));
    const auto ownerId = UserRepository(m_db).ensure(filter.owner.trimmed());
    if (!ownerId)
        return Result<SavedFilter>::failure(ownerId.error());
    const QVariant now = SqlValue::fromDateTime(QDateTime::currentDateTimeUtc());
    const QString definition = QString::fromUtf8(filter.definition.toJson());
    if (Status s = SqlValue::run(m_db,
                                 QStringLiteral("INSERT INTO saved_filters(name, owner_id, shared, definition, created_at,"
                                                " updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                                                " ON CONFLICT(owner_id, name) DO UPDATE SET shared = excluded.shared,"
                                                " definition = excluded.definition, updated_at = excluded.updated_at"),
                                 {name, *ownerId, filter.shared ? 1 : 0, definition, now, now});
        !s)
        return Result<SavedFilter>::failure(tr("Cannot save the smart list %1: %2").arg(name, s.error()));
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT id FROM saved_filters WHERE owner_id = ? AND name = ?"));
    id.addBindValue(*ownerId);
    id.addBindValue(name);
    QString error;
    if (!SqlValue::exec(id, &error) || !id.next())
        return Result<SavedFilter>::failure(error);
    SavedFilter stored = filter;
    stored.id = id.value(0).toLongLong();
    stored.name = name;
    stored.owner = filter.owner.trimmed();
    stored.updatedAt = SqlValue::toDateTime(now);
    if (!transaction.commit())
        return Result<SavedFilter>::failure(tr("The archive refused to save the smart list %1.").arg(name));
    return stored;
}

Status SavedFilterRepository::remove(qint64 id, const QString& login)
{
    QSqlQuery owner(m_db);
    owner.prepare(QStringLiteral("SELECT u.login, f.name FROM saved_filters f JOIN users u ON u.id = f.owner_id"
                                 " WHERE f.id = ?"));
    owner.addBindValue(id);
    QString error;
    if (!SqlValue::exec(owner, &error))
        return Status::failure(error);
    if (!owner.next())
        return Status::failure(tr("The smart list no longer exists."), ErrorKind::NotFound);
    if (owner.value(0).toString() != login.trimmed())
        return Status::failure(tr("Only %1 can delete the smart list %2.").arg(owner.value(0).toString(), owner.value(1).toString()),
                               ErrorKind::Usage);
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM saved_filters WHERE id = ?"), {id});
}
