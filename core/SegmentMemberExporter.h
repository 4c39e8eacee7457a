#pragma once

#include "Result.h"
#include "SegmentReport.h"

#include <QCoreApplication>
#include <functional>

// Writes the members of a report's segments (one table: segment, code, name, owner, last order, orders,
// revenue, R, F, M) to a .csv or .xlsx file, format from the extension, through CsvWriter / XlsxTableWriter
// like ArchiveExporter. The file appears complete or not at all; an existing file is replaced only then.
class SegmentMemberExporter {
    Q_DECLARE_TR_FUNCTIONS(SegmentMemberExporter)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels (no file is left)
    // csvEncoding: "utf-8" (with BOM, for Excel) or "gb18030". Returns the member rows written.
    static Result<qint64> exportTo(const SegmentReport& report, const QString& path,
                                   const QString& csvEncoding = QStringLiteral("utf-8"),
                                   const Progress& progress = {});
    static QStringList headers();
};
