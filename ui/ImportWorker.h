#pragma once

#include "ArchiveWorker.h"
#include "ImportOptions.h"
#include "ImportReport.h"
#include "TabularSource.h"

// Importer::run on a worker thread: opens the archive and the source file there (neither may be shared with
// the GUI thread's objects), and hands back the report.
class ImportWorker : public ArchiveWorker {
    Q_OBJECT

public:
    ~ImportWorker() override { stop(); } // before the members work() uses are destroyed
    ImportWorker(QString archivePath, QString sourcePath, TabularOptions tabular, ImportOptions options,
                 QObject* parent = nullptr);

    const ImportOptions& options() const { return m_options; }
    const ImportReport& importReport() const { return m_report; } // valid after a successful finish

protected:
    bool work(Archive& archive, QString& error) override;

private:
    QString m_sourcePath;
    TabularOptions m_tabular;
    ImportOptions m_options;
    ImportReport m_report;
};
