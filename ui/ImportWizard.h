#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"
#include "Importer.h"
#include "TabularSource.h"

#include <QWizard>
#include <memory>

class Archive;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportResultPage;
class ImportRunPage;

// File > Import…: file and target → column mapping → preview with every problem marked → import on a worker
// thread → result. The pages build up one ImportOptions here; the GUI thread only ever reads the first rows
// (preview), the whole file is read by ImportWorker with its own connection.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, RunPageId, ResultPageId };
    static constexpr int PreviewRows = 100;

    explicit ImportWizard(Archive& archive, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Archive& archive() const { return m_archive; }

    // The file as chosen on the first page, opened in the GUI thread for its sheet names and the preview.
    Status openSource(const QString& path, const TabularOptions& options);
    TabularSource* source() const { return m_source.get(); }
    const QString& sourcePath() const { return m_sourcePath; }
    const TabularOptions& tabularOptions() const { return m_tabular; }

    ImportOptions& options() { return m_options; }
    const ImportOptions& options() const { return m_options; }
    QStringList customFieldNames() const; // customers only; empty for other targets

    // The first rows as the import would see them with `mapping` (empty = automatic).
    Result<ImportPreview> preview(const ColumnMapping& mapping);

    // Set by the run page, shown by the result page.
    struct Outcome {
        bool finished = false;  // the import ran to its end (it may still have rejected rows)
        bool cancelled = false;
        bool dryRun = false;
        QString error;
        ImportReport report;
    };
    const Outcome& outcome() const { return m_outcome; }
    void setOutcome(Outcome outcome);
    // Something was stored by this wizard (the main window reloads its list).
    bool changedArchive() const { return m_changedArchive; }

    // After a dry run: the same import for real.
    void importForReal();

    ImportFilePage* filePage() const { return m_filePage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportRunPage* runPage() const { return m_runPage; }
    ImportResultPage* resultPage() const { return m_resultPage; }

    // Cancel while importing stops the import (everything rolls back) and closes when it has.
    void reject() override;

signals:
    void archiveChanged();

private:
    Archive& m_archive;
    std::unique_ptr<TabularSource> m_source;
    QString m_sourcePath;
    TabularOptions m_tabular;
    ImportOptions m_options;
    Outcome m_outcome;
    bool m_changedArchive = false;

    ImportFilePage* m_filePage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
    ImportRunPage* m_runPage = nullptr;
    ImportResultPage* m_resultPage = nullptr;
};
