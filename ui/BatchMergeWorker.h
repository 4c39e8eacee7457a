#pragma once

#include "ActingUser.h"
#include "ArchiveWorker.h"

#include <QList>
#include <QStringList>

// Merges many duplicate groups on a worker thread (the "merge every likely group" batch), each with the
// defaults a reviewer would start from: the record entered first is kept, fields as MergeFields::defaults.
// All in one transaction: Cancel (or a failure of the archive) leaves nothing merged. A group that cannot be
// merged any more (a record deleted since the scan) is skipped and reported; the others go on.
// Every merge is recorded as its own merge and can be undone one by one.
class BatchMergeWorker : public ArchiveWorker {
    Q_OBJECT

public:
    BatchMergeWorker(QString archivePath, QList<QList<qint64>> groups, ActingUser user, QObject* parent = nullptr);
    ~BatchMergeWorker() override { stop(); } // before the members work() uses are destroyed

    // Valid after a successful finish.
    int mergedGroups() const { return m_mergedGroups; }
    int mergedRecords() const { return m_mergedRecords; } // records merged away
    const QList<qint64>& mergedAwayIds() const { return m_mergedAway; }
    const QStringList& skipped() const { return m_skipped; } // one reason per skipped group

protected:
    bool work(Archive& archive, QString& error) override;

private:
    QList<QList<qint64>> m_groups;
    ActingUser m_user;
    int m_mergedGroups = 0;
    int m_mergedRecords = 0;
    QList<qint64> m_mergedAway;
    QStringList m_skipped;
};
