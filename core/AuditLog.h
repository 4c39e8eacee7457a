#pragma once

#include "AuditEntry.h"
#include "AuditQuery.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Writes and reads the append-only audit log (schema version 10). Writers call record() inside the
// transaction of the change they describe, so a change and its audit row are committed together or not at all.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase& db) : m_db(db) {}

    // Appends one row. An empty entry.login takes the author from the connection's acting user
    // (Database::actingUserOf); a failed sign-in passes the login that was tried (and userId 0).
    // An empty entry.at is now. Never put a password in any member.
    Status record(AuditEntry entry);
    // Shorthand for a row about a record: record({.action, .entity, .entityId, .entityCode, .detail}).
    Status record(const QString& action, const QString& entity, qint64 entityId, const QString& entityCode,
                  const QString& detail = {});

    Result<QList<AuditEntry>> list(const AuditQuery& query); // newest first
    QStringList logins();                                    // everybody who appears in the log, sorted
    QStringList actions();                                   // actions that appear in the log, sorted

private:
    QSqlDatabase& m_db;
};
