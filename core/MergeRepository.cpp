#include "MergeRepository.h"

#include "SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
const QString infoColumns = QStringLiteral(
    "m.id, m.merged_at, m.user_login, m.survivor_id, m.survivor_code, coalesce(c.name, ''), m.undone_at,"
    " coalesce(m.undone_by, ''),"
    " (SELECT group_concat(code, char(31)) FROM (SELECT code FROM merge_records WHERE merge_id = m.id ORDER BY code)),"
    " (SELECT group_concat(name, char(31)) FROM (SELECT name FROM merge_records WHERE merge_id = m.id ORDER BY code))"
    " FROM merges m LEFT JOIN customers c ON c.id = m.survivor_id");

MergeInfo infoFrom(const QSqlQuery& q)
{
    const QChar unit(31);
    MergeInfo info;
    info.id = q.value(0).toLongLong();
    info.mergedAt = SqlValue::toDateTime(q.value(1));
    info.userLogin = q.value(2).toString();
    info.survivorId = q.value(3).toLongLong();
    info.survivorCode = q.value(4).toString();
    info.survivorName = q.value(5).toString();
    info.undoneAt = SqlValue::toDateTime(q.value(6));
    info.undoneBy = q.value(7).toString();
    info.mergedCodes = q.value(8).toString().split(unit, Qt::SkipEmptyParts);
    info.mergedNames = q.value(9).toString().split(unit, Qt::SkipEmptyParts);
    return info;
}
} // namespace

Result<qint64> MergeRepository::create(const Header& header, const QList<MergeRecord>& records,
                                       const QList<MergeMove>& moves)
{
    QSqlQuery merge(m_db);
    merge.prepare(QStringLiteral("INSERT INTO merges(merged_at, user_id, user_login, survivor_id, survivor_code,"
                                 " survivor_before, survivor_version_before, survivor_version_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    merge.addBindValue(SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    merge.addBindValue(SqlValue::fromId(header.userId));
    merge.addBindValue(SqlValue::fromText(header.userLogin));
    merge.addBindValue(header.survivorId);
    merge.addBindValue(header.survivorCode);
    merge.addBindValue(QString::fromUtf8(header.survivorBefore));
    merge.addBindValue(header.survivorVersionBefore);
    merge.addBindValue(header.survivorVersionAfter);
    QString error;
    if (!SqlValue::exec(merge, &error))
        return Result<qint64>::failure(tr("Cannot record the merge: %1").arg(error));
    const qint64 id = merge.lastInsertId().toLongLong();

    QSqlQuery record(m_db);
    record.prepare(QStringLiteral("INSERT INTO merge_records(merge_id, customer_id, code, name, snapshot)"
                                  " VALUES (?, ?, ?, ?, ?)"));
    for (const MergeRecord& r : records) {
        record.addBindValue(id);
        record.addBindValue(r.customerId);
        record.addBindValue(r.code);
        record.addBindValue(r.name);
        record.addBindValue(QString::fromUtf8(r.snapshot));
        if (!SqlValue::exec(record, &error))
            return Result<qint64>::failure(tr("Cannot record the merge: %1").arg(error));
    }
    QSqlQuery move(m_db);
    move.prepare(QStringLiteral("INSERT INTO merge_moves(merge_id, entity, row_key, from_customer_id, detail)"
                                " VALUES (?, ?, ?, ?, ?)"));
    for (const MergeMove& m : moves) {
        move.addBindValue(id);
        move.addBindValue(m.entity);
        move.addBindValue(m.rowKey);
        move.addBindValue(m.fromCustomerId);
        move.addBindValue(m.detail.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.detail));
        if (!SqlValue::exec(move, &error))
            return Result<qint64>::failure(tr("Cannot record the merge: %1").arg(error));
    }
    return id;
}

Result<MergeRepository::Header> MergeRepository::header(qint64 mergeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT survivor_id, survivor_code, survivor_before, survivor_version_after, user_id,"
                             " user_login, survivor_version_before FROM merges WHERE id = ?"));
    q.addBindValue(mergeId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<Header>::failure(error);
    if (!q.next())
        return Result<Header>::failure(tr("There is no merge %1.").arg(mergeId), ErrorKind::NotFound);
    Header h;
    h.survivorId = q.value(0).toLongLong();
    h.survivorCode = q.value(1).toString();
    h.survivorBefore = q.value(2).toString().toUtf8();
    h.survivorVersionAfter = q.value(3).toInt();
    h.userId = q.value(4).toLongLong();
    h.userLogin = q.value(5).toString();
    h.survivorVersionBefore = q.value(6).toInt();
    return h;
}

Result<MergeInfo> MergeRepository::find(qint64 mergeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 WHERE m.id = ?").arg(infoColumns));
    q.addBindValue(mergeId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<MergeInfo>::failure(error);
    if (!q.next())
        return Result<MergeInfo>::failure(tr("There is no merge %1.").arg(mergeId), ErrorKind::NotFound);
    return infoFrom(q);
}

Result<QList<MergeRecord>> MergeRepository::records(qint64 mergeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT customer_id, code, name, snapshot FROM merge_records WHERE merge_id = ?"
                             " ORDER BY customer_id"));
    q.addBindValue(mergeId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QList<MergeRecord>>::failure(error);
    QList<MergeRecord> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString().toUtf8()});
    return result;
}

Result<QList<MergeMove>> MergeRepository::moves(qint64 mergeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT entity, row_key, from_customer_id, detail FROM merge_moves WHERE merge_id = ?"));
    q.addBindValue(mergeId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QList<MergeMove>>::failure(error);
    QList<MergeMove> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return result;
}

Status MergeRepository::markUndone(qint64 mergeId, const QString& byLogin, int survivorVersion)
{
    return SqlValue::run(m_db,
                         QStringLiteral("UPDATE merges SET undone_at = ?, undone_by = ?, survivor_version_undone = ?"
                                        " WHERE id = ?"),
                         {SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()), SqlValue::fromText(byLogin),
                          survivorVersion, mergeId});
}

Result<bool> MergeRepository::restoredByLaterUndo(qint64 survivorId, qint64 mergeId, int version, int versionBefore)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM merges WHERE survivor_id = ? AND id > ? AND undone_at IS NOT NULL"
                             " AND survivor_version_undone = ? AND survivor_version_before = ?"));
    for (const QVariant& v : QVariantList{survivorId, mergeId, version, versionBefore})
        q.addBindValue(v);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<bool>::failure(error);
    return q.next();
}

Result<QList<MergeInfo>> MergeRepository::list(int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 ORDER BY m.id DESC LIMIT ?").arg(infoColumns));
    q.addBindValue(limit);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QList<MergeInfo>>::failure(error);
    QList<MergeInfo> result;
    while (q.next())
        result.append(infoFrom(q));
    return result;
}

Result<qint64> MergeRepository::standingMergeOf(qint64 customerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.id FROM merge_records r JOIN merges m ON m.id = r.merge_id"
                             " WHERE r.customer_id = ? AND m.undone_at IS NULL ORDER BY m.id DESC LIMIT 1"));
    q.addBindValue(customerId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<qint64>::failure(error);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<qint64>> MergeRepository::laterMergesInto(qint64 survivorId, qint64 mergeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM merges WHERE survivor_id = ? AND id > ? AND undone_at IS NULL"
                             " ORDER BY id DESC"));
    q.addBindValue(survivorId);
    q.addBindValue(mergeId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QList<qint64>>::failure(error);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}
