#include "ImportResultPage.h"

#include "ImportProblemModel.h"
#include "ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel* countLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ImportResultPage::ImportResultPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Import Finished"));
    setFinalPage(true);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_countsBox = new QWidget(this);
    m_rows = countLabel(m_countsBox, QStringLiteral("rowsCount"));
    m_imported = countLabel(m_countsBox, QStringLiteral("importedCount"));
    m_updated = countLabel(m_countsBox, QStringLiteral("updatedCount"));
    m_skipped = countLabel(m_countsBox, QStringLiteral("skippedCount"));
    m_rejected = countLabel(m_countsBox, QStringLiteral("rejectedCount"));
    auto* counts = new QFormLayout(m_countsBox);
    counts->setContentsMargins(0, 0, 0, 0);
    counts->addRow(tr("Rows read:"), m_rows);
    counts->addRow(tr("Added:"), m_imported);
    counts->addRow(tr("Updated:"), m_updated);
    counts->addRow(tr("Skipped (already there):"), m_skipped);
    counts->addRow(tr("Not imported:"), m_rejected);

    m_problemsTitle = new QLabel(tr("Problems:"), this);
    m_problems = new ImportProblemModel(this);
    m_problemView = new QTableView(this);
    m_problemView->setObjectName(QStringLiteral("problemView"));
    m_problemView->setModel(m_problems);
    m_problemView->verticalHeader()->hide();
    m_problemView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_problemView->verticalHeader()->setDefaultSectionSize(m_problemView->fontMetrics().height() + 8);
    m_problemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->setWordWrap(false);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->horizontalHeader()->setHighlightSections(false);

    m_saveProblems = new QPushButton(tr("Save &Error List…"), this);
    m_saveProblems->setObjectName(QStringLiteral("saveProblemsButton"));
    m_importNow = new QPushButton(tr("&Import Now"), this);
    m_importNow->setObjectName(QStringLiteral("importNowButton"));
    m_importNow->setToolTip(tr("Import the file with the same settings."));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("resultNote"));
    m_note->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_saveProblems);
    buttons->addWidget(m_importNow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_countsBox);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problemView, 1);
    layout->addLayout(buttons);

    connect(m_saveProblems, &QPushButton::clicked, this, &ImportResultPage::saveProblemsInteractively);
    connect(m_importNow, &QPushButton::clicked, m_wizard, &ImportWizard::importForReal);
}

void ImportResultPage::initializePage()
{
    const ImportWizard::Outcome& outcome = m_wizard->outcome();
    const ImportReport& report = outcome.report;
    const QLocale locale;

    m_countsBox->setVisible(outcome.finished);
    m_problems->setProblems(outcome.finished ? report.problems : QList<ImportProblem>{});
    const bool anyProblems = !report.problems.isEmpty() && outcome.finished;
    m_problemsTitle->setVisible(anyProblems);
    m_problemView->setVisible(anyProblems);
    m_saveProblems->setVisible(anyProblems);
    m_importNow->setVisible(outcome.finished && outcome.dryRun);
    m_note->clear();

    if (!outcome.finished) {
        setTitle(outcome.cancelled ? tr("Import Stopped") : tr("Import Failed"));
        setSubTitle(QString());
        m_headline->setText(outcome.cancelled
                                ? tr("The import was stopped. Nothing was stored; the archive is as it was before.")
                                : tr("<span style='color:#b00020'>The import failed: %1</span><br>Nothing was "
                                     "stored; the archive is as it was before.")
                                      .arg(outcome.error.toHtmlEscaped()));
        return;
    }

    m_rows->setText(locale.toString(report.rows));
    m_imported->setText(locale.toString(report.imported));
    m_updated->setText(locale.toString(report.updated));
    m_skipped->setText(locale.toString(report.skipped));
    m_rejected->setText(locale.toString(report.rejected));
    if (outcome.dryRun) {
        setTitle(tr("Check Finished"));
        setSubTitle(tr("Nothing was stored. The counts say what an import would do."));
        m_headline->setText(report.rejected > 0
                                ? tr("%n row(s) would not be imported; the list below says why.", "", int(report.rejected))
                                : tr("Every row can be imported."));
        m_note->setText(tr("Fix the file and start again, or import the rows that are fine now."));
    } else {
        setTitle(tr("Import Finished"));
        setSubTitle(tr("From %1").arg(QFileInfo(m_wizard->sourcePath()).fileName()));
        m_headline->setText(report.rejected > 0
                                ? tr("%n row(s) were not imported; the list below says why.", "", int(report.rejected))
                                : tr("Every row was imported."));
        if (report.batch > 0)
            m_note->setText(tr("You can undo this import with File > Undo Import."));
    }
    m_problemView->resizeColumnsToContents();
    for (int c = 0; c < ImportProblemModel::ReasonColumn; ++c)
        m_problemView->setColumnWidth(c, std::min(m_problemView->columnWidth(c) + 12, 240));
}

QString ImportResultPage::headlineText() const
{
    return m_headline->text();
}

QString ImportResultPage::countText(const char* name) const
{
    const auto* label = m_countsBox->findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("Count"));
    return label ? label->text() : QString();
}

bool ImportResultPage::saveProblems(const QString& path)
{
    const Status written = Importer::writeProblems(m_wizard->outcome().report, path);
    if (!written) {
        m_note->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(written.error().toHtmlEscaped()));
        return false;
    }
    m_note->setText(tr("Error list saved to %1.").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    return true;
}

void ImportResultPage::saveProblemsInteractively()
{
    const QFileInfo source(m_wizard->sourcePath());
    const QString suggested = source.absoluteDir().filePath(tr("%1 errors.csv").arg(source.completeBaseName()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Error List"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    saveProblems(path);
}
