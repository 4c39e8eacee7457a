#pragma once

#include "AuditEntry.h"
#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

class Archive;

// A customer's history: its audit rows (create, field changes, delete, restore), and "restore this value",
// which is an ordinary save through Archive::saveCustomer: validated, version-checked and itself audited.
class CustomerHistory {
    Q_DECLARE_TR_FUNCTIONS(CustomerHistory)

public:
    explicit CustomerHistory(Archive& archive) : m_archive(archive) {}

    // Newest first. Rows of an earlier customer that had the same id (SQLite reuses the highest id after a
    // delete) are left out: rows before this customer's creation row or before an earlier customer's delete or
    // purge, rows other customers left under the id while this one was in the recycle bin, and rows older than
    // this customer's creation time.
    Result<QList<AuditEntry>> forCustomer(qint64 customerId);
    // Puts back the old value of the field change `entryId`. expectedVersion is the version the user saw
    // (0: the current one); a newer stored version fails with ErrorKind::Conflict and nothing changes.
    Result<Customer> restoreValue(qint64 entryId, int expectedVersion = 0);
    // Whether restoreValue can put this row's old value back (a field change).
    static bool isRestorable(const AuditEntry& entry);

private:
    Archive& m_archive;
};
