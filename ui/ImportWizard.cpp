#include "ImportWizard.h"

#include "Archive.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"

ImportWizard::ImportWizard(Archive& archive, QWidget* parent) : QWizard(parent), m_archive(archive)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    // Modern style: each page has a title and a one-line explanation in the banner.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::NoDefaultButton, false);

    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_runPage = new ImportRunPage(this);
    m_resultPage = new ImportResultPage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(FilePageId);
    resize(960, 680);
}

ImportWizard::~ImportWizard() = default;

Status ImportWizard::openSource(const QString& path, const TabularOptions& options)
{
    m_source.reset();
    m_sourcePath.clear();
    auto opened = TabularSource::open(path, options);
    if (!opened)
        return Status::failure(opened.error());
    m_source = std::move(opened).value();
    m_sourcePath = path;
    m_tabular = options;
    return {};
}

QStringList ImportWizard::customFieldNames() const
{
    if (m_options.target != ImportTarget::Customers)
        return {};
    QStringList names;
    auto definitions = m_archive.customFields().definitions();
    if (definitions)
        for (const CustomFieldDefinition& definition : *definitions)
            names.append(definition.name);
    return names;
}

Result<ImportPreview> ImportWizard::preview(const ColumnMapping& mapping)
{
    if (!m_source)
        return Result<ImportPreview>::failure(tr("No file is open."));
    // Every preview starts again from the first row of the chosen sheet.
    if (const Status selected = m_source->selectSheet(m_options.sheet); !selected)
        return Result<ImportPreview>::failure(selected.error());
    ImportOptions options = m_options;
    options.mapping = mapping;
    options.mapping.target = options.target;
    options.dryRun = true; // a preview never stores anything anyway; say so
    return Importer(m_archive).preview(*m_source, options, PreviewRows);
}

void ImportWizard::setOutcome(Outcome outcome)
{
    m_outcome = std::move(outcome);
    if (m_outcome.finished && !m_outcome.dryRun && m_outcome.report.batch > 0) {
        m_changedArchive = true;
        emit archiveChanged();
    }
}

void ImportWizard::importForReal()
{
    m_previewPage->setDryRun(false);
    // Back past the run page (QWizard allows it programmatically even behind commit pages), then the import.
    while (currentId() != PreviewPageId && currentId() != -1) {
        const int before = currentId();
        back();
        if (currentId() == before)
            return;
    }
    next();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancelImport(/*closeWhenStopped=*/true);
        return;
    }
    QWizard::reject();
}
