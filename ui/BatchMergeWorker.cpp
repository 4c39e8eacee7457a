#include "BatchMergeWorker.h"

#include "Archive.h"
#include "BackupManager.h"
#include "CustomerMerger.h"
#include "MergeFields.h"
#include "Transaction.h"

BatchMergeWorker::BatchMergeWorker(QString archivePath, QList<QList<qint64>> groups, ActingUser user, QObject* parent)
    : ArchiveWorker(std::move(archivePath), parent), m_groups(std::move(groups)), m_user(std::move(user))
{
}

bool BatchMergeWorker::work(Archive& archive, QString& error)
{
    // The worker's own connection acts for the user who started the batch (recorded with every merge).
    archive.database().setActingUser(m_user);
    QSqlDatabase& db = archive.database().connection();
    if (const auto backup = BackupManager::beforeMerge(archive.database()); !backup) {
        error = tr("No backup could be made before merging, so nothing was merged: %1").arg(backup.error());
        return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        error = tr("The archive is busy or read-only; nothing was merged.");
        return false;
    }
    CustomerMerger merger(archive.database());
    for (int i = 0; i < m_groups.size(); ++i) {
        if (!report(double(i) / double(m_groups.size()), i)) {
            error = tr("Cancelled; nothing was merged.");
            return false;
        }
        QList<Customer> records;
        QString missing;
        for (const qint64 id : m_groups[i]) {
            const auto customer = archive.customers().findById(id);
            if (customer)
                records.append(*customer);
            else
                missing = customer.error();
        }
        if (!missing.isEmpty() || records.size() < 2) {
            m_skipped.append(missing.isEmpty() ? tr("A group has fewer than two records left.") : missing);
            continue;
        }
        const Customer keep = records.takeAt(MergeFields::defaultSurvivor(records));
        QList<qint64> from;
        for (const Customer& c : records)
            from.append(c.id);
        // Each merge is a savepoint of the batch: a refused group rolls back alone.
        const auto merged = merger.merge(keep.id, from);
        if (!merged) {
            m_skipped.append(QStringLiteral("%1: %2").arg(keep.code, merged.error()));
            continue;
        }
        ++m_mergedGroups;
        m_mergedRecords += int(from.size());
        m_mergedAway += from;
    }
    if (!report(1.0, m_groups.size()) || !transaction.commit()) {
        error = cancelRequested() ? tr("Cancelled; nothing was merged.")
                                  : tr("The archive refused the merges; nothing was merged.");
        return false;
    }
    return true;
}
