#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"
#include "Result.h"
#include "TabularSource.h"

#include <QCoreApplication>
#include <functional>

class Archive;

// What the import wizard shows before anything is stored.
struct ImportPreview {
    qint64 headerRow = 0;    // 1-based
    QStringList headers;
    ColumnMapping mapping;   // the options' mapping, or the automatic one
    QList<SourceRow> rows;   // the first data rows
    QList<ImportProblem> problems; // for those rows, as the import would report them
};

// Imports customers (with their primary contact), orders or follow-ups from a table. The whole import is
// one transaction and one batch: cancelling or any failure leaves the archive exactly as before, and a
// finished import can be undone later (see ImportUndo). Every rejected row and every flagged value is in
// the report with row number, column, value and reason.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    // fraction of the file read (0..1) and data rows so far; return false to cancel.
    using Progress = std::function<bool(double fraction, qint64 rows)>;

    explicit Importer(Archive& archive) : m_archive(archive) {}

    Result<ImportPreview> preview(TabularSource& source, const ImportOptions& options, int rowCount = 100);
    Result<ImportReport> run(TabularSource& source, const ImportOptions& options, const Progress& progress = {});

    // The report's problems as CSV (row, column, value, reason, severity), UTF-8 with BOM.
    static Status writeProblems(const ImportReport& report, const QString& path);

private:
    Archive& m_archive;
};
