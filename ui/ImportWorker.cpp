#include "ImportWorker.h"

#include "Archive.h"
#include "BackupManager.h"
#include "Importer.h"

ImportWorker::ImportWorker(QString archivePath, QString sourcePath, TabularOptions tabular, ImportOptions options,
                           QObject* parent)
    : ArchiveWorker(std::move(archivePath), parent), m_sourcePath(std::move(sourcePath)),
      m_tabular(std::move(tabular)), m_options(std::move(options))
{
}

bool ImportWorker::work(Archive& archive, QString& error)
{
    auto source = TabularSource::open(m_sourcePath, m_tabular);
    if (!source) {
        error = source.error();
        return false;
    }
    if (const Status selected = (*source)->selectSheet(m_options.sheet); !selected) {
        error = selected.error();
        return false;
    }
    if (const auto backup = m_options.dryRun ? Result<QString>(QString()) : BackupManager::beforeImport(archive.database()); !backup) {
        error = backup.error();
        return false;
    }
    Importer importer(archive);
    auto result = importer.run(**source, m_options, [this](double fraction, qint64 rows) { return report(fraction, rows); });
    if (!result) {
        error = result.error();
        return false;
    }
    m_report = std::move(result).value();
    return true;
}
