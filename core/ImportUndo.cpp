#include "ImportUndo.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "AuditLog.h"
#include "ImportBatchRepository.h"
#include "RecordSnapshot.h"
#include "Transaction.h"

#include <QSet>

namespace {
// Before changing anything: every customer the batch touched must still be as the batch left it.
Status checkUnchangedSince(Archive& archive, const QList<ImportChange>& changes)
{
    QSet<qint64> checked;
    auto conflict = [&](qint64 id) {
        const auto customer = archive.customers().findById(id);
        return Status::failure(ImportUndo::tr("Customer %1 was changed after the import; undoing it would throw that "
                                              "change away. Nothing was undone.")
                                   .arg(customer ? customer->code : QString::number(id)),
                               ErrorKind::Conflict);
    };
    for (const ImportChange& change : changes) { // newest first: the first seen per customer is its last state
        if (change.entity != QLatin1String("customer") || change.lastEntityId != change.entityId)
            continue;
        if (checked.contains(change.entityId))
            continue;
        checked.insert(change.entityId);
        const auto version = archive.customers().versionOf(change.entityId);
        if (!version && version.errorKind() == ErrorKind::NotFound)
            continue; // deleted since: nothing of it to undo or protect
        if (!version)
            return Status::failure(version.error());
        if (*version != change.versionAfter)
            return conflict(change.entityId);
    }
    // Runs of inserted customers: any edited since, other than by this batch's own later updates, stops the undo.
    for (const ImportChange& change : changes) {
        if (change.entity != QLatin1String("customer") || change.lastEntityId == change.entityId || !change.inserted)
            continue;
        const auto edited = archive.customers().editedIdsBetween(change.entityId, change.lastEntityId);
        if (!edited)
            return Status::failure(edited.error());
        for (const qint64 id : *edited)
            if (!checked.contains(id))
                return conflict(id);
    }
    return {};
}

Status undoChange(Archive& archive, const ImportChange& change)
{
    if (change.entity == QLatin1String("customer")) {
        if (change.inserted)
            return archive.customers().removeRange(change.entityId, change.lastEntityId);
        Customer before;
        QList<Contact> contacts;
        if (!RecordSnapshot::readCustomer(change.before, &before, &contacts))
            return Status::failure(ImportUndo::tr("The import's record of customer %1 is damaged.").arg(change.entityId));
        const auto version = archive.customers().versionOf(change.entityId);
        if (!version)
            return version.errorKind() == ErrorKind::NotFound ? Status() : Status::failure(version.error());
        before.version = *version;
        const auto saved = archive.saveCustomer(before, contacts);
        return saved ? Status() : Status::failure(saved.error());
    }
    if (change.entity == QLatin1String("order")) {
        if (change.inserted)
            return archive.orders().removeRange(change.entityId, change.lastEntityId);
        Order before;
        if (!RecordSnapshot::readOrder(change.before, &before))
            return Status::failure(ImportUndo::tr("The import's record of order %1 is damaged.").arg(change.entityId));
        return archive.orders().update(before);
    }
    return archive.interactions().removeRange(change.entityId, change.lastEntityId);
}
} // namespace

Result<ImportBatchInfo> ImportUndo::undo(Archive& archive, qint64 batchId)
{
    if (Status allowed = AccessPolicy(archive.database().actingUser()).check(Permission::Import); !allowed)
        return Result<ImportBatchInfo>::failure(allowed.error(), allowed.errorKind());
    QSqlDatabase& db = archive.database().connection();
    ImportBatchRepository batches(db);
    const auto info = batches.find(batchId);
    if (!info)
        return info;
    if (info->undoneAt.isValid())
        return Result<ImportBatchInfo>::failure(
            tr("Import %1 was already undone on %2.").arg(batchId).arg(info->undoneAt.toLocalTime().toString(Qt::ISODate)),
            ErrorKind::Conflict);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Result<ImportBatchInfo>::failure(tr("The archive is busy or read-only; nothing was undone."));
    const auto changes = batches.changes(batchId);
    if (!changes)
        return Result<ImportBatchInfo>::failure(changes.error());
    if (Status s = checkUnchangedSince(archive, *changes); !s)
        return Result<ImportBatchInfo>::failure(s.error(), s.errorKind());
    for (const ImportChange& change : *changes)
        if (Status s = undoChange(archive, change); !s)
            return Result<ImportBatchInfo>::failure(tr("Undoing import %1 failed: %2 Nothing was undone.").arg(batchId).arg(s.error()));
    if (Status s = batches.markUndone(batchId); !s)
        return Result<ImportBatchInfo>::failure(s.error());
    // Undo removes the batch's inserted rows for good (it is an undo, not a delete): the audit row says so.
    if (Status s = AuditLog(db).record(AuditActions::importUndo, QStringLiteral("import"), batchId, info->fileName,
                                       QStringLiteral("%1 records removed, %2 restored").arg(info->imported).arg(info->updated));
        !s)
        return Result<ImportBatchInfo>::failure(s.error());
    if (!transaction.commit())
        return Result<ImportBatchInfo>::failure(tr("The archive refused the undo; nothing was undone."));
    return batches.find(batchId);
}

Result<QList<ImportBatchInfo>> ImportUndo::batches(Archive& archive)
{
    return ImportBatchRepository(archive.database().connection()).list();
}
