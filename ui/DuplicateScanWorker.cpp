#include "DuplicateScanWorker.h"

#include "Archive.h"
#include "DuplicateFinder.h"

#include <QSet>

DuplicateScanWorker::DuplicateScanWorker(QString archivePath, QObject* parent)
    : ArchiveWorker(std::move(archivePath), parent)
{
}

bool DuplicateScanWorker::work(Archive& archive, QString& error)
{
    DuplicateScanOptions options;
    options.progress = [this](qint64 done, qint64 total) {
        return report(total > 0 ? double(done) / double(total) : 0.0, done);
    };
    auto scan = DuplicateFinder(archive.database().connection()).scan(options);
    if (!scan) {
        error = scan.error();
        return false;
    }
    m_scan = std::move(scan).value();
    QSet<qint64> ids;
    for (const DuplicateGroup& group : m_scan.groups)
        for (const qint64 id : group.customerIds)
            ids.insert(id);
    for (const DuplicatePair& pair : m_scan.pairs) {
        ids.insert(pair.leftId);
        ids.insert(pair.rightId);
    }
    const auto rows = archive.customers().rows(QVector<qint64>(ids.begin(), ids.end()));
    if (!rows) {
        error = rows.error();
        return false;
    }
    for (const CustomerListRow& row : *rows)
        m_labels.insert(row.id, {row.code, row.name});
    return !cancelRequested();
}
