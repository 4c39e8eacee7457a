#include "ImportUndo.h"

#include "Archive.h"
#include "ImportBatchRepository.h"
#include "RecordSnapshot.h"
#include "Transaction.h"

#include <QSet>

namespace {
// Before changing anything: every customer the batch touched must still be as the batch left it.
Status checkUnchangedSince(Archive& archive, const QList<ImportChange>& changes)
{
    QSet<qint64> checked;
    for (const ImportChange& change : changes) { // newest first: the first seen per customer is its last state
        if (change.entity != QLatin1String("customer") || checked.contains(change.entityId))
            continue;
        checked.insert(change.entityId);
        const auto version = archive.customers().versionOf(change.entityId);
        if (!version && version.errorKind() == ErrorKind::NotFound)
            continue; // deleted since: nothing of it to undo or protect
        if (!version)
            return Status::failure(version.error());
        if (*version != change.versionAfter) {
            const auto customer = archive.customers().findById(change.entityId);
            return Status::failure(ImportUndo::tr("Customer %1 was changed after the import; undoing it would throw that "
                                                  "change away. Nothing was undone.")
                                       .arg(customer ? customer->code : QString::number(change.entityId)),
                                   ErrorKind::Conflict);
        }
    }
    return {};
}

Status undoChange(Archive& archive, const ImportChange& change)
{
    if (change.entity == QLatin1String("customer")) {
        if (change.inserted)
            return archive.customers().remove(change.entityId);
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
            return archive.orders().remove(change.entityId);
        Order before;
        if (!RecordSnapshot::readOrder(change.before, &before))
            return Status::failure(ImportUndo::tr("The import's record of order %1 is damaged.").arg(change.entityId));
        return archive.orders().update(before);
    }
    return archive.interactions().remove(change.entityId);
}
} // namespace

Result<ImportBatchInfo> ImportUndo::undo(Archive& archive, qint64 batchId)
{
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
    if (!transaction.commit())
        return Result<ImportBatchInfo>::failure(tr("The archive refused the undo; nothing was undone."));
    return batches.find(batchId);
}

Result<QList<ImportBatchInfo>> ImportUndo::batches(Archive& archive)
{
    return ImportBatchRepository(archive.database().connection()).list();
}
