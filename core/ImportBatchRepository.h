#pragma once

#include "ImportBatchInfo.h"
#include "ImportReport.h"
#include "ImportTarget.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

// One record an import inserted or updated; `before` is the updated record's snapshot (RecordSnapshot).
struct ImportChange {
    qint64 id = 0;
    QString entity; // "customer", "order", "interaction"
    qint64 entityId = 0;
    qint64 lastEntityId = 0; // inserts: the records entityId..lastEntityId were inserted one after another
    bool inserted = true;
    QByteArray before;
    int versionAfter = 0; // customers: the version the import left, to notice later edits
};

// All SQL about import batches and their recorded changes.
class ImportBatchRepository {
    Q_DECLARE_TR_FUNCTIONS(ImportBatchRepository)

public:
    explicit ImportBatchRepository(QSqlDatabase& db) : m_db(db), m_record(db) {}

    Result<qint64> create(const QString& fileName, ImportTarget target);
    Status finish(qint64 batchId, const ImportReport& report);
    Status record(qint64 batchId, const QString& entity, qint64 entityId, bool inserted,
                  const QByteArray& before = {}, int versionAfter = 0);
    // A run of records inserted one after another: one row instead of one per record.
    Status recordInserted(qint64 batchId, const QString& entity, qint64 firstId, qint64 lastId);
    Result<QList<ImportChange>> changes(qint64 batchId); // newest first: the order to undo them in
    Result<ImportBatchInfo> find(qint64 batchId);
    Result<QList<ImportBatchInfo>> list(); // newest first
    Status markUndone(qint64 batchId);

private:
    QSqlDatabase& m_db;
    QSqlQuery m_record; // prepared once: an import records one change per row
};
