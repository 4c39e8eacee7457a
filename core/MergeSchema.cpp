#include "MergeSchema.h"

#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace MergeSchema {

Status create(QSqlDatabase& db)
{
    // A merge's history names customers by id without a foreign key: it must outlive the records it mentions
    // (the merged ones are deleted by the merge itself; the survivor may be deleted later).
    const QStringList statements = {
        QStringLiteral("CREATE TABLE merges ("
                       " id INTEGER PRIMARY KEY,"
                       " merged_at TEXT NOT NULL,"
                       " user_id INTEGER,"
                       " user_login TEXT NOT NULL DEFAULT '',"
                       " survivor_id INTEGER NOT NULL,"
                       " survivor_code TEXT NOT NULL,"
                       " survivor_before TEXT NOT NULL,"
                       " survivor_version_before INTEGER NOT NULL,"
                       " survivor_version_after INTEGER NOT NULL,"
                       " survivor_version_undone INTEGER,"
                       " undone_at TEXT,"
                       " undone_by TEXT)"),
        QStringLiteral("CREATE INDEX merges_survivor ON merges(survivor_id)"),
        QStringLiteral("CREATE TABLE merge_records ("
                       " merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,"
                       " customer_id INTEGER NOT NULL,"
                       " code TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " snapshot TEXT NOT NULL,"
                       " PRIMARY KEY (merge_id, customer_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX merge_records_customer ON merge_records(customer_id)"),
        QStringLiteral("CREATE TABLE merge_moves ("
                       " merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,"
                       " entity TEXT NOT NULL,"
                       " row_key TEXT NOT NULL,"
                       " from_customer_id INTEGER NOT NULL,"
                       " detail TEXT,"
                       " PRIMARY KEY (merge_id, entity, row_key)) WITHOUT ROWID"),
        // "Not the same customer": the pair is stored once, smaller id first. It follows its customers (a
        // deleted customer takes its rejections along; a merge re-points them to the survivor).
        QStringLiteral("CREATE TABLE dedupe_rejections ("
                       " left_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " right_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " created_at TEXT NOT NULL,"
                       " user_id INTEGER,"
                       " PRIMARY KEY (left_id, right_id),"
                       " CHECK (left_id < right_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX dedupe_rejections_right ON dedupe_rejections(right_id)"),
    };
    return SchemaMigrator::execAll(db, statements);
}

} // namespace MergeSchema
