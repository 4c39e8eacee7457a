#pragma once

#include "ExistingIdentifiers.h"
#include "ImportReport.h"
#include "ImportRowConverter.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// Issue 10's check on entry for imports: a new customer in the file that shares a phone, e-mail or ID number
// with a customer already in the archive is imported, and the report says which existing customer it is
// likely the same as, with its row — to compare and merge in the duplicates window. A new customer that
// shares one with an earlier row of the same file (the same customer entered twice in one sheet) is flagged
// with that row. Only customer imports check anything; only an archive with customers loads its identifiers.
class ImportDuplicateNotes {
    Q_DECLARE_TR_FUNCTIONS(ImportDuplicateNotes)

public:
    static Result<ImportDuplicateNotes> prepare(QSqlDatabase& db, ImportTarget target);

    // Called for every row stored as a new customer.
    void check(qint64 row, const ImportedCustomer& imported);
    qsizetype count() const { return m_found.size() + m_repeats.size(); }
    // Warnings for the report (row, column, value, "likely the same as C000123 张伟 …"), in row order.
    Result<QList<ImportProblem>> problems(QSqlDatabase& db) const;

private:
    struct Found {
        qint64 row = 0;
        ExistingIdentifiers::Match match;
    };
    struct Repeat {
        qint64 row = 0;
        qint64 earlierRow = 0;
        ExistingIdentifiers::Identifier identifier;
    };
    bool m_customers = false; // a customer import
    std::optional<ExistingIdentifiers> m_existing;
    QList<Found> m_found;
    QHash<size_t, qint64> m_firstRowOf; // identifier key -> the first new row of this file holding it
    QList<Repeat> m_repeats;
};
