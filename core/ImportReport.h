#pragma once

#include <QList>
#include <QString>

// One finding about one cell or row of an imported file.
struct ImportProblem {
    enum class Severity { Rejected, Warning };
    qint64 row = 0;   // row number as the user sees it in the file
    QString column;   // source column header (or field name when the column is missing)
    QString value;    // the cell text
    QString reason;   // translated, user-readable
    Severity severity = Severity::Rejected;
};

// The outcome of an import (or a dry run).
struct ImportReport {
    qint64 rows = 0;     // data rows read (header and blank rows not counted)
    qint64 imported = 0; // new records
    qint64 updated = 0;  // existing records changed (same code / order number)
    qint64 skipped = 0;  // existing records left alone (--on-existing skip)
    qint64 rejected = 0; // rows not imported, each with at least one Rejected problem
    qint64 batch = 0;    // import batch id for undo; 0 for a dry run or when nothing was stored
    qint64 headerRow = 0;
    QList<ImportProblem> problems; // rejected rows and flagged values, in row order
};
