#include "ImportBatchRepository.h"

#include "SqlValue.h"

#include <QVariant>

namespace {
const QString batchColumns =
    QStringLiteral("id, created_at, file_name, target, imported, updated, undone_at FROM import_batches");

ImportBatchInfo batchFrom(const QSqlQuery& q)
{
    ImportBatchInfo info;
    info.id = q.value(0).toLongLong();
    info.createdAt = SqlValue::toDateTime(q.value(1));
    info.fileName = q.value(2).toString();
    info.target = q.value(3).toString();
    info.imported = q.value(4).toLongLong();
    info.updated = q.value(5).toLongLong();
    info.undoneAt = SqlValue::toDateTime(q.value(6));
    return info;
}
} // namespace

Result<qint64> ImportBatchRepository::create(const QString& fileName, ImportTarget target)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_batches(created_at, file_name, target) VALUES (?, ?, ?)"));
    q.addBindValue(SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(SqlValue::fromText(fileName));
    q.addBindValue(ImportTargets::toKey(target));
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<qint64>::failure(tr("Cannot record the import: %1").arg(error));
    return q.lastInsertId().toLongLong();
}

Status ImportBatchRepository::finish(qint64 batchId, const ImportReport& r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE import_batches SET rows = ?, imported = ?, updated = ?, skipped = ?, rejected = ?"
                             " WHERE id = ?"));
    for (const qint64 v : {r.rows, r.imported, r.updated, r.skipped, r.rejected, batchId})
        q.addBindValue(v);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Status::failure(tr("Cannot record the import: %1").arg(error));
    return {};
}

Status ImportBatchRepository::record(qint64 batchId, const QString& entity, qint64 entityId, bool inserted,
                                     const QByteArray& before, int versionAfter)
{
    if (m_record.lastQuery().isEmpty())
        m_record.prepare(QStringLiteral("INSERT INTO import_changes(batch_id, entity, entity_id, action, before,"
                                        " version_after) VALUES (?, ?, ?, ?, ?, ?)"));
    m_record.bindValue(0, batchId);
    m_record.bindValue(1, entity);
    m_record.bindValue(2, entityId);
    m_record.bindValue(3, inserted ? QStringLiteral("insert") : QStringLiteral("update"));
    m_record.bindValue(4, before.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(before)));
    m_record.bindValue(5, versionAfter);
    QString error;
    if (!SqlValue::exec(m_record, &error))
        return Status::failure(tr("Cannot record the import: %1").arg(error));
    return {};
}

Status ImportBatchRepository::recordInserted(qint64 batchId, const QString& entity, qint64 firstId, qint64 lastId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_changes(batch_id, entity, entity_id, last_entity_id, action, version_after)"
                             " VALUES (?, ?, ?, ?, 'insert', 1)"));
    q.addBindValue(batchId);
    q.addBindValue(entity);
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Status::failure(tr("Cannot record the import: %1").arg(error));
    return {};
}

Result<QList<ImportChange>> ImportBatchRepository::changes(qint64 batchId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, entity, entity_id, action, before, version_after,"
                             " coalesce(last_entity_id, entity_id) FROM import_changes"
                             " WHERE batch_id = ? ORDER BY id DESC"));
    q.addBindValue(batchId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QList<ImportChange>>::failure(error);
    QList<ImportChange> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(6).toLongLong(),
                    q.value(3).toString() == QLatin1String("insert"), q.value(4).toString().toUtf8(), q.value(5).toInt()});
    return out;
}

Result<ImportBatchInfo> ImportBatchRepository::find(qint64 batchId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + batchColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(batchId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<ImportBatchInfo>::failure(error);
    if (!q.next())
        return Result<ImportBatchInfo>::failure(tr("There is no import %1.").arg(batchId), ErrorKind::NotFound);
    return batchFrom(q);
}

Result<QList<ImportBatchInfo>> ImportBatchRepository::list()
{
    QSqlQuery q(m_db);
    QString error;
    q.prepare(QStringLiteral("SELECT ") + batchColumns + QStringLiteral(" ORDER BY id DESC"));
    if (!SqlValue::exec(q, &error))
        return Result<QList<ImportBatchInfo>>::failure(error);
    QList<ImportBatchInfo> out;
    while (q.next())
        out.append(batchFrom(q));
    return out;
}

Status ImportBatchRepository::markUndone(qint64 batchId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"));
    q.addBindValue(SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(batchId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Status::failure(error);
    return {};
}
