#include "ImportRunPage.h"

#include "Archive.h"
#include "ImportWizard.h"
#include "ImportWorker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ImportRunPage::ImportRunPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    // No way back to a half-done import; the result page follows by itself.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importRunStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("&Stop Import"), this);
    m_cancel->setObjectName(QStringLiteral("stopImportButton"));
    auto* cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(cancelRow);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelImport(false); });
}

ImportRunPage::~ImportRunPage()
{
    // The worker's destructor cancels and waits: no thread outlives the wizard.
    delete m_worker;
}

void ImportRunPage::initializePage()
{
    delete m_worker;
    m_done = false;
    m_closeWhenStopped = false;
    const ImportOptions& options = m_wizard->options();
    setSubTitle(options.dryRun ? tr("Reading and checking every row. Nothing is stored.")
                               : tr("Reading the file and storing the rows. Stopping undoes everything."));
    m_status->setText(tr("Starting…"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_cancel->setEnabled(true);
    m_cancel->setText(options.dryRun ? tr("&Stop") : tr("&Stop Import"));

    m_worker = new ImportWorker(m_wizard->archive().path(), m_wizard->sourcePath(), m_wizard->tabularOptions(), options);
    connect(m_worker, &ImportWorker::progressChanged, this, &ImportRunPage::onProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportRunPage::onFinished);
    m_worker->start();
    emit completeChanged();
}

void ImportRunPage::cleanupPage()
{
    // Only reached by going back programmatically (after a dry run); the worker has ended by then.
    delete m_worker;
    m_worker = nullptr;
    m_done = false;
}

bool ImportRunPage::isRunning() const
{
    return m_worker && !m_done;
}

void ImportRunPage::cancelImport(bool closeWhenStopped)
{
    if (!isRunning())
        return;
    m_closeWhenStopped = m_closeWhenStopped || closeWhenStopped;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(m_wizard->options().dryRun ? tr("Stopping…")
                                                 : tr("Stopping… everything stored so far is being rolled back."));
}

void ImportRunPage::onProgress(double fraction, qint64 rows)
{
    if (m_worker && m_worker->cancelRequested())
        return;
    if (fraction >= 1.0 && !m_worker->options().dryRun) {
        // Every row is stored; the indexes (the search index too) are built before the commit, which takes
        // minutes for a million rows: show that work goes on rather than a bar standing at 100 %.
        m_progress->setRange(0, 0);
        m_status->setText(tr("All %1 rows stored; building the indexes…").arg(QLocale().toString(rows)));
        return;
    }
    m_progress->setValue(qBound(0, int(fraction * 1000), 1000));
    m_status->setText(tr("%1 rows read…").arg(QLocale().toString(rows)));
}

void ImportRunPage::onFinished()
{
    m_done = true;
    m_progress->setRange(0, 1000);
    ImportWizard::Outcome outcome;
    outcome.dryRun = m_worker->options().dryRun;
    if (m_worker->succeeded()) {
        outcome.finished = true;
        outcome.report = m_worker->importReport();
        m_progress->setValue(1000);
    } else if (m_worker->cancelled()) {
        outcome.cancelled = true;
    } else {
        outcome.error = m_worker->errorText();
    }
    m_cancel->setEnabled(false);
    m_wizard->setOutcome(outcome);
    emit completeChanged();
    emit importFinished();
    if (m_closeWhenStopped) {
        m_wizard->reject(); // not running any more: closes
        return;
    }
    // Queued: QWizard must not switch pages inside the signal that finished this one.
    QTimer::singleShot(0, m_wizard, [wizard = m_wizard, this] {
        if (wizard->currentPage() == this)
            wizard->next();
    });
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}
