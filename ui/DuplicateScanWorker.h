#pragma once

#include "ArchiveWorker.h"
#include "DuplicateScan.h"

#include <QHash>
#include <QPair>

// Runs a full duplicate scan (core/DuplicateFinder) on a worker thread with its own connection to the archive,
// with progress and Cancel, and reads the code and name of every record it names (for the group list).
class DuplicateScanWorker : public ArchiveWorker {
    Q_OBJECT

public:
    explicit DuplicateScanWorker(QString archivePath, QObject* parent = nullptr);
    ~DuplicateScanWorker() override { stop(); } // before the members work() uses are destroyed

    // Valid after a successful finish.
    const DuplicateScan& result() const { return m_scan; }
    const QHash<qint64, QPair<QString, QString>>& labels() const { return m_labels; } // id -> (code, name)

protected:
    bool work(Archive& archive, QString& error) override;

private:
    DuplicateScan m_scan;
    QHash<qint64, QPair<QString, QString>> m_labels;
};
