#pragma once

#include "ExistingIdentifiers.h"
#include "ImportReport.h"
#include "ImportRowConverter.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// Issue 10's check on entry for imports: a new customer in the file that shares a phone, e-mail or ID number
// with a customer already in the archive is imported, and the report says which existing customer it is
// likely the same as, with its row — to compare and merge in the duplicates window. Only customer imports
// into an archive that already has customers load anything.
class ImportDuplicateNotes {
    Q_DECLARE_TR_FUNCTIONS(ImportDuplicateNotes)

public:
    static Result<ImportDuplicateNotes> prepare(QSqlDatabase& db, ImportTarget target);

    // Called for every row stored as a new customer.
    void check(qint64 row, const ImportedCustomer& imported);
    qsizetype count() const { return m_found.size(); }
    // Warnings for the report (row, column, value, "likely the same as C000123 张伟 …"), in row order.
    Result<QList<ImportProblem>> problems(QSqlDatabase& db) const;

private:
    struct Found {
        qint64 row = 0;
        ExistingIdentifiers::Match match;
    };
    std::optional<ExistingIdentifiers> m_existing;
    QList<Found> m_found;
};
