#include "AuditSchema.h"

#include "SchemaMigrator.h"

#include "SqlValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace AuditSchema {

Status create(QSqlDatabase& db)
{
    // Field history is not a table of its own: a customer's history is its audit rows (entity 'customer',
    // entity_id), found through audit_log_entity. One writer, one append-only guard, one place to read.
    // The triggers refuse UPDATE and DELETE of audit rows to every program using this schema, including ours;
    // another SQLite tool can still drop them (see docs/security.md).
    const QStringList statements = {
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_id INTEGER,"
                       " login TEXT NOT NULL DEFAULT '',"
                       " action TEXT NOT NULL,"
                       " entity TEXT NOT NULL DEFAULT '',"
                       " entity_id INTEGER,"
                       " entity_code TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL DEFAULT '',"
                       " old_value TEXT,"
                       " new_value TEXT,"
                       " detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TABLE recycle_bin ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL,"
                       " code TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " deleted_at TEXT NOT NULL,"
                       " deleted_by INTEGER,"
                       " deleted_by_login TEXT NOT NULL DEFAULT '',"
                       " snapshot TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX recycle_bin_code ON recycle_bin(code)"),
    };
    if (Status s = SchemaMigrator::execAll(db, statements); !s)
        return s;
    // Changes made before this version were not traced; the first row says so with its date.
    return SqlValue::run(db,
                         QStringLiteral("INSERT INTO audit_log(at, action, entity, detail)"
                                        " VALUES (?, 'audit-start', 'archive', 'audit log started')"),
                         {SqlValue::fromDateTime(QDateTime::currentDateTimeUtc())});
}

} // namespace AuditSchema
