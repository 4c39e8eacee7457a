#include "AuditExporter.h"

#include "AuditAccess.h"
#include "AuditLog.h"
#include "CsvWriter.h"
#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

Result<qint64> AuditExporter::exportCsv(QSqlDatabase& db, const AuditQuery& query, const QString& path)
{
    using R = Result<qint64>;
    if (!AuditAccess::mayExportAudit(Database::actingUserOf(db)))
        return R::failure(tr("Only an administrator may export the audit log."), ErrorKind::Usage);
    AuditLog log(db);
    const auto rows = log.list(query);
    if (!rows)
        return R::failure(rows.error());
    QSaveFile file(path); // the old file stays until the new one is complete
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvWriter csv(file);
    // Column names are the stable keys (as in `dossier-cli audit --json`), so scripts can read the file.
    bool written = csv.writeRow({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user_id"),
                                 QStringLiteral("login"), QStringLiteral("action"), QStringLiteral("entity"),
                                 QStringLiteral("entity_id"), QStringLiteral("code"), QStringLiteral("field"),
                                 QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("detail")});
    for (auto it = rows->rbegin(); written && it != rows->rend(); ++it)
        written = csv.writeRow({QString::number(it->id), it->at.toUTC().toString(Qt::ISODateWithMs),
                                QString::number(it->userId), it->login, it->action, it->entity,
                                QString::number(it->entityId), it->entityCode, it->field, it->oldValue, it->newValue,
                                it->detail});
    if (!written || !csv.flush()) {
        file.cancelWriting();
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), csv.errorString()));
    }
    if (!file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status s = log.record(AuditActions::exportData, QStringLiteral("audit"), 0, QFileInfo(path).fileName(),
                              QStringLiteral("audit log: %1 rows").arg(rows->size()));
        !s)
        return R::failure(s.error());
    return qint64(rows->size());
}
