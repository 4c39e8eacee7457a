#include "SegmentSnapshotSchema.h"

#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace SegmentSnapshotSchema {

Status create(QSqlDatabase& db)
{
    // Members follow their customer (a deleted customer leaves the change lists), while `sizes` keeps the
    // counts as they were when the snapshot was taken, so the chart of sizes over time never rewrites history.
    const QStringList statements = {
        QStringLiteral("CREATE TABLE segment_snapshots ("
                       " id INTEGER PRIMARY KEY,"
                       " taken_at TEXT NOT NULL,"
                       " as_of TEXT NOT NULL,"
                       " model TEXT NOT NULL CHECK (model IN ('rfm5','rfm8','abc')),"
                       " customers INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE segment_snapshot_members ("
                       " snapshot_id INTEGER NOT NULL REFERENCES segment_snapshots(id) ON DELETE CASCADE,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " segment TEXT NOT NULL,"
                       " PRIMARY KEY (snapshot_id, customer_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX segment_snapshot_members_customer ON segment_snapshot_members(customer_id)"),
        QStringLiteral("CREATE TABLE segment_snapshot_sizes ("
                       " snapshot_id INTEGER NOT NULL REFERENCES segment_snapshots(id) ON DELETE CASCADE,"
                       " segment TEXT NOT NULL,"
                       " customers INTEGER NOT NULL,"
                       " PRIMARY KEY (snapshot_id, segment)) WITHOUT ROWID"),
    };
    return SchemaMigrator::execAll(db, statements);
}

} // namespace SegmentSnapshotSchema
