#pragma once

#include "ArchiveExporter.h"
#include "ArchiveWorker.h"

// ArchiveExporter::exportTo on a worker thread with its own connection to the archive.
class ExportWorker : public ArchiveWorker {
    Q_OBJECT

public:
    ~ExportWorker() override { stop(); } // before the members work() uses are destroyed
    ExportWorker(QString archivePath, QString targetPath, ExportOptions options, QObject* parent = nullptr);

    const QString& targetPath() const { return m_targetPath; }
    qint64 rowsWritten() const { return m_rows; } // valid after a successful finish

protected:
    bool work(Archive& archive, QString& error) override;

private:
    QString m_targetPath;
    ExportOptions m_options;
    qint64 m_rows = 0;
};
