#include "CustomerMerger.h"

#include "AccessPolicy.h"
#include "AuditLog.h"
#include "CustomerReferences.h"
#include "CustomerRepository.h"
#include "MergeRepository.h"
#include "RawRows.h"
#include "SearchIndex.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Child rows that move to the survivor; every other row that refers to a merged record is frozen and removed
// with it (ON DELETE CASCADE), and put back by unmerge.
const QStringList movedTables = {QStringLiteral("contacts"), QStringLiteral("interactions"), QStringLiteral("orders"),
                                 QStringLiteral("tasks")};
const QString aliasTable = QStringLiteral("customer_aliases");
const QString rejectionTable = QStringLiteral("dedupe_rejections");
const QString aliasEntity = QStringLiteral("alias");
const QString rejectionEntity = QStringLiteral("rejection");

// Integers only: safe to inline into an IN (...) list.
QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

Result<QMap<QString, QStringList>> referencingColumns(QSqlDatabase& db)
{
    const auto references = CustomerReferences::all(db);
    if (!references)
        return Result<QMap<QString, QStringList>>::failure(references.error());
    QMap<QString, QStringList> columns;
    for (const CustomerReference& r : *references)
        columns[r.table].append(r.column);
    return columns;
}

Result<bool> exists(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<bool>::failure(error);
    return q.next();
}

template <typename T> Result<T> fail(const QString& message, ErrorKind kind = ErrorKind::Generic)
{
    return Result<T>::failure(message, kind);
}
} // namespace

Result<qint64> CustomerMerger::mergeCodes(const QString& keepCode, const QStringList& fromCodes,
                                          const MergeChoices& choices)
{
    QSqlDatabase& db = m_database.connection();
    CustomerRepository customers(db);
    auto idOf = [&](const QString& code) -> Result<qint64> {
        const auto id = customers.idOfCode(code.trimmed());
        if (!id)
            return id;
        if (*id != 0)
            return id;
        QSqlQuery alias(db);
        alias.prepare(QStringLiteral("SELECT c.code FROM customer_aliases a JOIN customers c ON c.id = a.customer_id"
                                     " WHERE a.code = ?"));
        alias.addBindValue(code.trimmed());
        if (alias.exec() && alias.next())
            return fail<qint64>(tr("%1 was merged into %2 earlier; it is no longer a record of its own.")
                                    .arg(code.trimmed(), alias.value(0).toString()),
                                ErrorKind::NotFound);
        return fail<qint64>(tr("There is no customer with the code %1.").arg(code.trimmed()), ErrorKind::NotFound);
    };
    const auto keep = idOf(keepCode);
    if (!keep)
        return keep;
    QList<qint64> from;
    for (const QString& code : fromCodes) {
        const auto id = idOf(code);
        if (!id)
            return id;
        from.append(*id);
    }
    return merge(*keep, from, choices);
}

Result<qint64> CustomerMerger::merge(qint64 keepId, const QList<qint64>& fromIds, const MergeChoices& choices)
{
    QSqlDatabase& db = m_database.connection();
    QList<qint64> from;
    for (const qint64 id : fromIds) {
        if (id == keepId)
            return fail<qint64>(tr("A customer cannot be merged into itself."), ErrorKind::Usage);
        if (!from.contains(id))
            from.append(id);
    }
    if (from.isEmpty())
        return fail<qint64>(tr("Choose at least one record to merge into the one that is kept."), ErrorKind::Usage);
    if (Status allowed = AccessPolicy(m_database.actingUser()).check(Permission::Merge); !allowed)
        return fail<qint64>(allowed.error(), allowed.errorKind());

    Transaction transaction(db);
    if (!transaction.isActive())
        return fail<qint64>(tr("The archive is busy or read-only; nothing was merged."));
    CustomerRepository customers(db);
    QList<Customer> records;
    for (const qint64 id : QList<qint64>{keepId} + from) {
        const auto customer = customers.findById(id);
        if (!customer)
            return fail<qint64>(customer.errorKind() == ErrorKind::NotFound
                                    ? tr("There is no customer with the number %1.").arg(id)
                                    : customer.error(),
                                customer.errorKind());
        records.append(*customer);
    }
    const auto survivor = MergeFields::survivor(records, choices);
    if (!survivor)
        return fail<qint64>(survivor.error(), survivor.errorKind());
    const auto tables = referencingColumns(db);
    if (!tables)
        return fail<qint64>(tables.error());
    const QString fromIn = idList(from);
    auto failed = [](const QString& error) {
        return fail<qint64>(tr("The merge failed: %1 Nothing was merged.").arg(error));
    };

    // The survivor as it was, for unmerge.
    QJsonObject before;
    for (const auto& [table, column] : {std::pair{QStringLiteral("customers"), QStringLiteral("id")},
                                        std::pair{QStringLiteral("customer_tags"), QStringLiteral("customer_id")},
                                        std::pair{QStringLiteral("custom_field_values"), QStringLiteral("customer_id")}}) {
        const auto rows = RawRows::select(db, table, column + QStringLiteral(" = ?"), {keepId});
        if (!rows)
            return failed(rows.error());
        before.insert(table, table == QLatin1String("customers") ? QJsonValue(rows->first()) : QJsonValue(*rows));
    }

    // Each merged record frozen whole: its row and every row that its deletion will remove.
    QList<MergeRecord> frozen;
    for (int i = 1; i < records.size(); ++i) {
        const Customer& c = records[i];
        QJsonObject snapshot;
        const auto row = RawRows::select(db, QStringLiteral("customers"), QStringLiteral("id = ?"), {c.id});
        if (!row || row->isEmpty())
            return failed(row ? tr("customer %1 vanished.").arg(c.code) : row.error());
        snapshot.insert(QStringLiteral("customer"), row->first());
        QJsonObject removed;
        for (auto it = tables->begin(); it != tables->end(); ++it) {
            if (movedTables.contains(it.key()) || it.key() == aliasTable)
                continue;
            QStringList conditions;
            QVariantList values;
            for (const QString& column : it.value()) {
                conditions.append(QStringLiteral("\"%1\" = ?").arg(column));
                values.append(c.id);
            }
            const auto rows = RawRows::select(db, it.key(), conditions.join(QStringLiteral(" OR ")), values);
            if (!rows)
                return failed(rows.error());
            if (!rows->isEmpty())
                removed.insert(it.key(), *rows);
        }
        snapshot.insert(QStringLiteral("rows"), removed);
        frozen.append({c.id, c.code, c.name, compact(snapshot)});
    }

    QList<MergeMove> moves;
    // Child rows move; the survivor keeps at most one primary contact (its own if it has one).
    const auto hasPrimary =
        exists(db, QStringLiteral("SELECT 1 FROM contacts WHERE customer_id = ? AND is_primary <> 0"), {keepId});
    if (!hasPrimary)
        return failed(hasPrimary.error());
    bool primaryTaken = *hasPrimary;
    for (const QString& table : movedTables) {
        if (!tables->contains(table))
            continue;
        const bool contacts = table == QLatin1String("contacts");
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT id, customer_id%1 FROM %2 WHERE customer_id IN (%3) ORDER BY id")
                           .arg(contacts ? QStringLiteral(", is_primary") : QString(), table, fromIn)))
            return failed(SqlValue::describe(rows));
        QList<qint64> demoted;
        while (rows.next()) {
            MergeMove move{table, rows.value(0).toString(), rows.value(1).toLongLong(), QString()};
            if (contacts) {
                const bool primary = rows.value(2).toInt() != 0;
                move.detail = primary ? QStringLiteral("1") : QStringLiteral("0");
                if (primary && primaryTaken)
                    demoted.append(rows.value(0).toLongLong());
                primaryTaken = primaryTaken || primary;
            }
            moves.append(move);
        }
        if (Status s = SqlValue::run(db,
                                     QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id IN (%2)").arg(table, fromIn),
                                     {keepId});
            !s)
            return failed(s.error());
        if (!demoted.isEmpty())
            if (Status s = SqlValue::run(db,
                                         QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE id IN (%1)").arg(idList(demoted)),
                                         {});
                !s)
                return failed(s.error());
    }
    // Codes the merged records were already known by (from earlier merges) now lead to the survivor.
    {
        QSqlQuery aliases(db);
        if (!aliases.exec(QStringLiteral("SELECT code, customer_id FROM customer_aliases WHERE customer_id IN (%1)").arg(fromIn)))
            return failed(SqlValue::describe(aliases));
        while (aliases.next())
            moves.append({aliasEntity, aliases.value(0).toString(), aliases.value(1).toLongLong(), QString()});
        if (Status s = SqlValue::run(
                db, QStringLiteral("UPDATE customer_aliases SET customer_id = ? WHERE customer_id IN (%1)").arg(fromIn), {keepId});
            !s)
            return failed(s.error());
    }
    // "Not the same customer" as a merged record means not the same as the survivor either.
    if (tables->contains(rejectionTable)) {
        QSqlQuery pairs(db);
        if (!pairs.exec(QStringLiteral("SELECT left_id, right_id, created_at, user_id FROM dedupe_rejections"
                                       " WHERE left_id IN (%1) OR right_id IN (%1)")
                            .arg(fromIn)))
            return failed(SqlValue::describe(pairs));
        const QSet<qint64> merged(from.begin(), from.end());
        while (pairs.next()) {
            const qint64 left = pairs.value(0).toLongLong();
            const qint64 right = pairs.value(1).toLongLong();
            const qint64 a = merged.contains(left) ? keepId : left;
            const qint64 b = merged.contains(right) ? keepId : right;
            if (a == b)
                continue;
            QSqlQuery add(db);
            add.prepare(QStringLiteral("INSERT OR IGNORE INTO dedupe_rejections(left_id, right_id, created_at, user_id)"
                                       " VALUES (?, ?, ?, ?)"));
            add.addBindValue(std::min(a, b));
            add.addBindValue(std::max(a, b));
            add.addBindValue(pairs.value(2));
            add.addBindValue(pairs.value(3));
            QString error;
            if (!SqlValue::exec(add, &error))
                return failed(error);
            if (add.numRowsAffected() > 0)
                moves.append({rejectionEntity, QStringLiteral("%1,%2").arg(std::min(a, b)).arg(std::max(a, b)),
                              merged.contains(left) ? left : right, QString()});
        }
    }

    // The survivor's chosen values and every record's tags (through the repository: sort key, owner, index).
    const auto saved = customers.update(*survivor);
    if (!saved)
        return failed(saved.error());

    for (int i = 1; i < records.size(); ++i) {
        if (Status s = SqlValue::run(db, QStringLiteral("DELETE FROM customers WHERE id = ?"), {records[i].id}); !s)
            return failed(tr("customer %1 cannot be removed: %2").arg(records[i].code, s.error()));
        if (Status s = SqlValue::run(db, QStringLiteral("INSERT INTO customer_aliases(code, customer_id) VALUES (?, ?)"),
                                     {records[i].code, keepId});
            !s)
            return failed(tr("the code %1 is already an alias of another customer.").arg(records[i].code));
    }

    MergeRepository::Header header;
    header.survivorId = keepId;
    header.survivorCode = records.first().code;
    header.survivorBefore = compact(before);
    header.survivorVersionBefore = records.first().version;
    header.survivorVersionAfter = saved->version;
    header.userId = m_database.actingUser().id;
    header.userLogin = m_database.actingUser().login;
    const auto mergeId = MergeRepository(db).create(header, frozen, moves);
    if (!mergeId)
        return failed(mergeId.error());
    QStringList mergedCodes;
    for (qsizetype i = 1; i < records.size(); ++i)
        mergedCodes.append(records.at(i).code);
    if (Status s = AuditLog(db).record(AuditActions::merge, QStringLiteral("customer"), keepId, header.survivorCode,
                                       QStringLiteral("merge %1: %2").arg(*mergeId).arg(mergedCodes.join(u", ")));
        !s)
        return failed(s.error());
    if (Status s = SearchIndex(db).refresh(); !s)
        return failed(s.error());
    if (!transaction.commit())
        return fail<qint64>(tr("The archive refused the merge; nothing was merged."));
    return *mergeId;
}

Result<MergeInfo> CustomerMerger::unmerge(qint64 mergeId)
{
    QSqlDatabase& db = m_database.connection();
    if (Status allowed = AccessPolicy(m_database.actingUser()).check(Permission::Merge); !allowed)
        return fail<MergeInfo>(allowed.error(), allowed.errorKind());
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail<MergeInfo>(tr("The archive is busy or read-only; nothing was undone."));
    MergeRepository merges(db);
    const auto info = merges.find(mergeId);
    if (!info)
        return info;
    if (info->undoneAt.isValid())
        return fail<MergeInfo>(tr("Merge %1 was already undone on %2.")
                                   .arg(mergeId)
                                   .arg(info->undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                               ErrorKind::Conflict);
    const auto header = merges.header(mergeId);
    if (!header)
        return fail<MergeInfo>(header.error(), header.errorKind());
    const qint64 survivorId = header->survivorId;

    // Refuse, before changing anything, whatever cannot be undone without losing a later change.
    CustomerRepository customers(db);
    const auto version = customers.versionOf(survivorId);
    if (!version) {
        if (version.errorKind() != ErrorKind::NotFound)
            return fail<MergeInfo>(version.error());
        const auto later = merges.standingMergeOf(survivorId);
        if (later && *later != 0)
            return fail<MergeInfo>(tr("Customer %1 was merged into another customer afterwards (merge %2); undo that "
                                      "merge first. Nothing was undone.")
                                       .arg(header->survivorCode)
                                       .arg(*later),
                                   ErrorKind::Conflict);
        return fail<MergeInfo>(tr("Customer %1 was deleted after the merge; the merge cannot be undone.")
                                   .arg(header->survivorCode),
                               ErrorKind::Conflict);
    }
    bool unchanged = *version == header->survivorVersionAfter;
    if (!unchanged) {
        const auto restored = merges.restoredByLaterUndo(survivorId, mergeId, *version, header->survivorVersionAfter);
        if (!restored)
            return fail<MergeInfo>(restored.error());
        unchanged = *restored;
    }
    if (!unchanged) {
        const auto later = merges.laterMergesInto(survivorId, mergeId);
        if (later && !later->isEmpty())
            return fail<MergeInfo>(tr("More records were merged into customer %1 afterwards (merge %2); undo that "
                                      "merge first. Nothing was undone.")
                                       .arg(header->survivorCode)
                                       .arg(later->first()),
                                   ErrorKind::Conflict);
        return fail<MergeInfo>(tr("Customer %1 was edited after the merge; undoing the merge would throw that change "
                                  "away. Nothing was undone.")
                                   .arg(header->survivorCode),
                               ErrorKind::Conflict);
    }
    const auto records = merges.records(mergeId);
    if (!records)
        return fail<MergeInfo>(records.error());
    const auto moves = merges.moves(mergeId);
    if (!moves)
        return fail<MergeInfo>(moves.error());
    for (const MergeRecord& r : *records) {
        const auto holder = customers.idOfCode(r.code);
        if (!holder)
            return fail<MergeInfo>(holder.error());
        if (*holder != 0)
            return fail<MergeInfo>(tr("The code %1 was given to another customer after the merge; the merged record "
                                      "cannot get it back. Nothing was undone.")
                                       .arg(r.code),
                                   ErrorKind::Conflict);
    }
    const auto tables = referencingColumns(db);
    if (!tables)
        return fail<MergeInfo>(tables.error());
    auto failed = [mergeId](const QString& error) {
        return fail<MergeInfo>(tr("Undoing merge %1 failed: %2 Nothing was undone.").arg(mergeId).arg(error));
    };

    // The merged records come back (same id unless a new customer has taken it since).
    QHash<qint64, qint64> newIds;
    for (const MergeRecord& r : *records) {
        QJsonObject row = parse(r.snapshot).value(QStringLiteral("customer")).toObject();
        if (row.isEmpty())
            return failed(tr("the record of customer %1 is damaged.").arg(r.code));
        if (Status s = SqlValue::run(db, QStringLiteral("DELETE FROM customer_aliases WHERE code = ? AND customer_id = ?"),
                                     {r.code, survivorId});
            !s)
            return failed(s.error());
        const auto taken = exists(db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {r.customerId});
        if (!taken)
            return failed(taken.error());
        if (*taken)
            row.remove(QStringLiteral("id"));
        const auto id = RawRows::insert(db, QStringLiteral("customers"), row);
        if (!id)
            return failed(id.error());
        newIds.insert(r.customerId, *taken ? *id : r.customerId);
    }

    // The survivor's fields, tags and custom fields as they were; its version goes forward.
    const QJsonObject before = parse(header->survivorBefore);
    QJsonObject survivorRow = before.value(QStringLiteral("customers")).toObject();
    if (survivorRow.isEmpty())
        return failed(tr("the record of customer %1 is damaged.").arg(header->survivorCode));
    survivorRow.insert(QStringLiteral("version"), *version + 1);
    if (Status s = RawRows::update(db, QStringLiteral("customers"), survivorRow, QStringLiteral("id")); !s)
        return failed(s.error());
    for (const QString& table : {QStringLiteral("customer_tags"), QStringLiteral("custom_field_values")}) {
        if (Status s = SqlValue::run(db, QStringLiteral("DELETE FROM %1 WHERE customer_id = ?").arg(table), {survivorId}); !s)
            return failed(s.error());
        for (const QJsonValue& row : before.value(table).toArray())
            if (const auto added = RawRows::insert(db, table, row.toObject()); !added)
                return failed(added.error());
    }

    // Moved rows go back to their records (those still on the survivor; deleted ones stay deleted).
    for (const MergeMove& m : *moves) {
        const qint64 owner = newIds.value(m.fromCustomerId, m.fromCustomerId);
        Status s;
        if (m.entity == aliasEntity) {
            s = SqlValue::run(db, QStringLiteral("UPDATE customer_aliases SET customer_id = ? WHERE code = ? AND customer_id = ?"),
                              {owner, m.rowKey, survivorId});
        } else if (m.entity == rejectionEntity) {
            const QStringList pair = m.rowKey.split(QLatin1Char(','));
            s = SqlValue::run(db, QStringLiteral("DELETE FROM dedupe_rejections WHERE left_id = ? AND right_id = ?"),
                              {pair.value(0).toLongLong(), pair.value(1).toLongLong()});
        } else if (m.entity == QLatin1String("contacts")) {
            s = SqlValue::run(db,
                              QStringLiteral("UPDATE contacts SET customer_id = ?, is_primary = ? WHERE id = ? AND customer_id = ?"),
                              {owner, m.detail.toInt(), m.rowKey.toLongLong(), survivorId});
        } else if (movedTables.contains(m.entity)) {
            s = SqlValue::run(db, QStringLiteral("UPDATE %1 SET customer_id = ? WHERE id = ? AND customer_id = ?").arg(m.entity),
                              {owner, m.rowKey.toLongLong(), survivorId});
        } else {
            s = Status::failure(tr("the merge record names an unknown kind of row (%1).").arg(m.entity));
        }
        if (!s)
            return failed(s.error());
    }

    // Rows the deletion removed (tags, custom fields, segment memberships, rejections, ...), pointed at the
    // restored records; a row that also refers to a customer deleted since stays away, as its deletion decided.
    for (const MergeRecord& r : *records) {
        const QJsonObject removed = parse(r.snapshot).value(QStringLiteral("rows")).toObject();
        for (auto table = removed.begin(); table != removed.end(); ++table) {
            const QStringList columns = tables->value(table.key());
            for (const QJsonValue& value : table.value().toArray()) {
                QJsonObject row = value.toObject();
                bool orphan = false;
                for (const QString& column : columns) {
                    if (row.value(column).isNull())
                        continue;
                    const qint64 id = row.value(column).toInteger();
                    row.insert(column, newIds.value(id, id));
                    const auto present = exists(db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {newIds.value(id, id)});
                    if (!present)
                        return failed(present.error());
                    orphan = orphan || !*present;
                }
                if (orphan)
                    continue;
                if (const auto added = RawRows::insert(db, table.key(), row, true); !added)
                    return failed(added.error());
            }
        }
    }

    if (Status s = merges.markUndone(mergeId, m_database.actingUser().login, *version + 1); !s)
        return failed(s.error());
    if (Status s = AuditLog(db).record(AuditActions::unmerge, QStringLiteral("customer"), info->survivorId,
                                       info->survivorCode, QStringLiteral("merge %1 undone").arg(mergeId));
        !s)
        return failed(s.error());
    if (Status s = SearchIndex(db).refresh(); !s)
        return failed(s.error());
    if (!transaction.commit())
        return fail<MergeInfo>(tr("The archive refused the undo; nothing was undone."));
    return merges.find(mergeId);
}
