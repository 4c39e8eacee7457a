#pragma once

#include "RecycleBinEntry.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Deleting a customer moves it here: the customer and everything that hangs off it are frozen as JSON
// (CustomerFreezer) and removed, in one transaction with the audit row and the search index update.
// Restore puts everything back under the same id and code; purge removes an entry for good (admin only).
class RecycleBin {
    Q_DECLARE_TR_FUNCTIONS(RecycleBin)

public:
    explicit RecycleBin(QSqlDatabase& db) : m_db(db) {}

    Result<RecycleBinEntry> moveToBin(qint64 customerId);
    Result<QList<RecycleBinEntry>> list(); // newest first
    // The newest entry holding this code; NotFound when none.
    Result<RecycleBinEntry> findByCode(const QString& code);
    // Returns the restored customer's id. ErrorKind::Duplicate when the code is now used by another customer.
    Result<qint64> restore(qint64 entryId);
    // Refused (ErrorKind::Usage) unless the acting user may purge (AuditAccess::mayPurge).
    Status purge(qint64 entryId);

    // How the audit rows of a delete, restore and purge name their entry: the detail starts with it, and
    // anything added follows after a ';'. CustomerHistory pairs a restore with the delete it undoes by it.
    static QString auditReference(qint64 entryId);

private:
    Result<RecycleBinEntry> find(qint64 entryId, QString* snapshot);

    QSqlDatabase& m_db;
};
