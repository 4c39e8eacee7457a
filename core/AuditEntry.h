#pragma once

#include <QDateTime>
#include <QString>

// One row of the audit log: who did what to which record, and for a field change its old and new value.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;       // UTC; set by AuditLog::record when empty
    qint64 userId = 0;  // 0 = nobody signed in (personal archive) or a failed sign-in
    QString login;      // empty on record(): taken from the connection's acting user
    QString action;     // one of AuditActions
    QString entity;     // "customer", "user", "import", "archive"
    qint64 entityId = 0;
    QString entityCode; // the customer code, the user login, the file name ...
    QString field;      // for field changes: the customer field key (see CustomerAudit)
    QString oldValue;   // null = no value (e.g. a create)
    QString newValue;
    QString detail;     // free text; never a password

    bool operator==(const AuditEntry&) const = default;
};

// The action keys stored in audit_log.action (stable: filters, exports and other programs read them).
namespace AuditActions {
inline const QString signIn = QStringLiteral("sign-in");
inline const QString signInFailed = QStringLiteral("sign-in-failed");
inline const QString create = QStringLiteral("create");
inline const QString update = QStringLiteral("update");
inline const QString remove = QStringLiteral("delete"); // moved to the recycle bin
inline const QString restore = QStringLiteral("restore");
inline const QString purge = QStringLiteral("purge");
inline const QString merge = QStringLiteral("merge");
inline const QString unmerge = QStringLiteral("unmerge");
inline const QString import = QStringLiteral("import");
inline const QString importUndo = QStringLiteral("import-undo");
inline const QString exportData = QStringLiteral("export");
inline const QString permission = QStringLiteral("permission");
inline const QString viewSensitive = QStringLiteral("view-sensitive");
inline const QString auditStart = QStringLiteral("audit-start");
} // namespace AuditActions
