#include "ExportWorker.h"

ExportWorker::ExportWorker(QString archivePath, QString targetPath, ExportOptions options, QObject* parent)
    : ArchiveWorker(std::move(archivePath), parent), m_targetPath(std::move(targetPath)), m_options(std::move(options))
{
}

bool ExportWorker::work(Archive& archive, QString& error)
{
    auto written = ArchiveExporter::exportTo(archive, m_targetPath, m_options, [this](qint64 done, qint64 total) {
        return report(total > 0 ? double(done) / double(total) : 0.0, done);
    });
    if (!written) {
        error = written.error();
        return false;
    }
    m_rows = *written;
    return true;
}
