#pragma once

#include "AuditQuery.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Writes audit rows to a CSV file (UTF-8 with BOM, for Excel). Admins only (AuditAccess::mayExportAudit); the
// export is itself recorded in the audit log.
class AuditExporter {
    Q_DECLARE_TR_FUNCTIONS(AuditExporter)

public:
    // Rows written. ErrorKind::Usage when the acting user may not export the audit log (no file is written).
    static Result<qint64> exportCsv(QSqlDatabase& db, const AuditQuery& query, const QString& path);
};
