#pragma once

#include "CustomerFilter.h"
#include "ImportTarget.h"
#include "Result.h"

#include <QCoreApplication>
#include <functional>

class Archive;

struct ExportOptions {
    ImportTarget target = ImportTarget::Customers;
    CustomerFilter filter;                        // which customers; orders/follow-ups: those of these customers
    QString csvEncoding = QStringLiteral("utf-8"); // CSV only: "utf-8" (written with a BOM, for Excel) or "gb18030"
};

// Writes customers, orders or follow-ups to a .csv or .xlsx file (format from the extension). Columns are
// ImportFields::forTarget(target) with their translated headers (customers: plus one column per custom field),
// so that importing the file again gives back the same content. The file appears complete or not at all.
class ArchiveExporter {
    Q_DECLARE_TR_FUNCTIONS(ArchiveExporter)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels (no file is left)
    static Result<qint64> exportTo(Archive& archive, const QString& path, const ExportOptions& options,
                                   const Progress& progress = {}); // rows written
};
