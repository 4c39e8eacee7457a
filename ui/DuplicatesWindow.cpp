#include "DuplicatesWindow.h"

#include "Archive.h"
#include "BackupManager.h"
#include "BatchMergeWorker.h"
#include "CustomerMerger.h"
#include "DedupeRejectionRepository.h"
#include "DuplicateGroupModel.h"
#include "DuplicateScanOptions.h"
#include "DuplicateScanWorker.h"
#include "MergeComparisonModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

DuplicatesWindow::DuplicatesWindow(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setObjectName(QStringLiteral("duplicatesWindow"));
    setWindowTitle(tr("Duplicate Customers"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);

    m_scanButton = new QPushButton(tr("&Scan for Duplicates"), this);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_status = new QLabel(tr("Scan the archive to find records that are probably the same customer."), this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_scanButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);

    m_groups = new DuplicateGroupModel(this);
    m_groupView = new QTableView(this);
    m_groupView->setObjectName(QStringLiteral("groupView"));
    m_groupView->setModel(m_groups);
    m_groupView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->verticalHeader()->hide();
    m_groupView->setWordWrap(false);
    m_groupView->horizontalHeader()->setStretchLastSection(true);
    m_groupView->horizontalHeader()->setHighlightSections(false);

    m_comparison = new MergeComparisonModel(this);
    m_comparisonView = new QTableView(this);
    m_comparisonView->setObjectName(QStringLiteral("comparisonView"));
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonView->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparisonView->setWordWrap(false);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_comparisonView->horizontalHeader()->setStretchLastSection(true);
    m_comparisonView->horizontalHeader()->setHighlightSections(false);

    m_groupTitle = new QLabel(this);
    m_groupTitle->setObjectName(QStringLiteral("groupTitle"));
    m_groupTitle->setWordWrap(true);
    m_survivorCombo = new QComboBox(this);
    m_survivorCombo->setObjectName(QStringLiteral("survivorCombo"));
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep the record:"), this));
    keepRow->addWidget(m_survivorCombo, 1);
    auto* legend = new QLabel(tr("Yellow rows differ; the checked value is kept (click another to choose it). "
                                 "Contacts, follow-ups, orders, tasks and tags of every record move to the kept one; "
                                 "the other codes stay findable as its aliases."),
                              this);
    legend->setWordWrap(true);
    m_rejectButton = new QPushButton(tr("&Not the Same Customer"), this);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_mergeButton = new QPushButton(tr("&Merge"), this);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setDefault(true);
    auto* groupButtons = new QHBoxLayout;
    groupButtons->addStretch(1);
    groupButtons->addWidget(m_rejectButton);
    groupButtons->addWidget(m_mergeButton);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_groupTitle);
    rightLayout->addLayout(keepRow);
    rightLayout->addWidget(m_comparisonView, 1);
    rightLayout->addWidget(legend);
    rightLayout->addLayout(groupButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_groupView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({420, 860});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_batchButton = buttons->addButton(tr("Merge &All Likely Groups…"), QDialogButtonBox::ActionRole);
    m_batchButton->setObjectName(QStringLiteral("batchButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1280, 720);

    connect(m_scanButton, &QPushButton::clicked, this, &DuplicatesWindow::startScan);
    connect(m_cancelButton, &QPushButton::clicked, this, &DuplicatesWindow::cancel);
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicatesWindow::mergeSelectedGroup);
    connect(m_rejectButton, &QPushButton::clicked, this, &DuplicatesWindow::rejectSelectedGroup);
    connect(m_batchButton, &QPushButton::clicked, this, [this] { mergeAllLikely(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuplicatesWindow::onGroupChanged);
    connect(m_groups, &QAbstractItemModel::rowsRemoved, this, &DuplicatesWindow::updateButtons);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &DuplicatesWindow::updateButtons);
    // A click anywhere in a record's cell chooses its value (the check box alone is a small target).
    connect(m_comparisonView, &QTableView::clicked, this,
            [this](const QModelIndex& index) { m_comparison->choose(index.row(), index.column()); });
    connect(m_survivorCombo, &QComboBox::currentIndexChanged, this, [this](int column) {
        m_comparison->setSurvivorColumn(column);
        m_comparisonView->resizeColumnsToContents();
    });
    updateButtons();
}

DuplicatesWindow::~DuplicatesWindow() = default; // the workers cancel and wait

void DuplicatesWindow::startScan()
{
    if (isBusy())
        return;
    m_scanWorker = std::make_unique<DuplicateScanWorker>(m_archive.path());
    connect(m_scanWorker.get(), &ArchiveWorker::finished, this, &DuplicatesWindow::onScanFinished);
    connect(m_scanWorker.get(), &ArchiveWorker::progressChanged, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    setBusy(true, tr("Scanning for duplicates…"));
    m_scanWorker->start();
}

void DuplicatesWindow::cancel()
{
    if (m_scanWorker && m_scanWorker->isRunning())
        m_scanWorker->cancel();
    if (m_batchWorker && m_batchWorker->isRunning())
        m_batchWorker->cancel();
}

bool DuplicatesWindow::isBusy() const
{
    return (m_scanWorker && m_scanWorker->isRunning()) || (m_batchWorker && m_batchWorker->isRunning());
}

QString DuplicatesWindow::statusText() const
{
    return m_status->text();
}

void DuplicatesWindow::setBusy(bool busy, const QString& status)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_status->setText(status);
    updateButtons();
}

void DuplicatesWindow::updateButtons()
{
    const bool busy = isBusy();
    const bool hasGroup = m_groupView->currentIndex().isValid() && m_comparison->rowCount() > 0;
    m_scanButton->setEnabled(!busy);
    m_mergeButton->setEnabled(!busy && hasGroup);
    m_rejectButton->setEnabled(!busy && hasGroup);
    m_survivorCombo->setEnabled(!busy && hasGroup);
    m_batchButton->setEnabled(!busy && m_groups->likelyCount() > 0);
}

void DuplicatesWindow::onScanFinished()
{
    const DuplicateScanWorker& worker = *m_scanWorker;
    QString status;
    if (worker.succeeded()) {
        showScan(worker.result(), worker.labels());
        const DuplicateScan& scan = worker.result();
        status = tr("%1 records checked in %2 s: %3 group(s) likely the same, %4 shown in all.")
                     .arg(QLocale().toString(scan.records))
                     .arg(QLocale().toString(scan.seconds, 'f', 1))
                     .arg(m_groups->likelyCount())
                     .arg(m_groups->rowCount());
    } else if (worker.cancelled()) {
        status = tr("Scan cancelled.");
    } else {
        status = tr("The scan failed: %1").arg(worker.errorText());
    }
    setBusy(false, status);
}

void DuplicatesWindow::showScan(const DuplicateScan& scan, const QHash<qint64, QPair<QString, QString>>& labels)
{
    m_groups->setScan(scan, labels, DuplicateScanOptions::LikelySame);
    m_groupView->resizeColumnsToContents();
    if (m_groups->rowCount() > 0)
        selectGroup(0);
    else
        m_comparison->clear();
    updateButtons();
}

void DuplicatesWindow::selectGroup(int row)
{
    if (row < 0 || row >= m_groups->rowCount())
        return;
    m_groupView->setCurrentIndex(m_groups->index(row, 0));
    m_groupView->selectRow(row);
    onGroupChanged();
}

void DuplicatesWindow::onGroupChanged()
{
    const int row = m_groupView->currentIndex().row();
    if (row < 0 || row >= m_groups->rowCount()) {
        m_comparison->clear();
        m_groupTitle->clear();
        fillSurvivorCombo();
        updateButtons();
        return;
    }
    const DuplicateGroup& group = m_groups->group(row);
    const auto candidates = MergeComparisonModel::load(m_archive, QList<qint64>(group.customerIds.begin(), group.customerIds.end()));
    if (!candidates) {
        // A record of the group was deleted or merged since the scan.
        m_status->setText(tr("This group is out of date: %1").arg(candidates.error()));
        m_comparison->clear();
    } else {
        m_comparison->setCandidates(*candidates);
    }
    m_groupTitle->setText(m_groups->isLikely(row)
                              ? tr("Likely the same customer (score %1%)").arg(QLocale().toString(group.score * 100.0, 'f', 0))
                              : tr("Worth a look (score %1%)").arg(QLocale().toString(group.score * 100.0, 'f', 0)));
    fillSurvivorCombo();
    m_comparisonView->resizeColumnsToContents();
    updateButtons();
}

void DuplicatesWindow::fillSurvivorCombo()
{
    const QSignalBlocker blocker(m_survivorCombo);
    m_survivorCombo->clear();
    for (const MergeCandidate& c : m_comparison->candidates())
        m_survivorCombo->addItem(QStringLiteral("%1 %2").arg(c.customer.code, c.customer.name), c.customer.id);
    m_survivorCombo->setCurrentIndex(m_comparison->survivorColumn());
}

bool DuplicatesWindow::mergeSelectedGroup()
{
    const int row = m_groupView->currentIndex().row();
    if (isBusy() || row < 0 || m_comparison->rowCount() == 0)
        return false;
    const QList<qint64> merged = m_comparison->mergedIds();
    const QString keptCode = m_comparison->result().code;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (const auto backup = BackupManager::beforeMerge(m_archive.database()); !backup) {
        QApplication::restoreOverrideCursor();
        m_status->setText(tr("Not merged: no backup could be made first (%1).").arg(backup.error()));
        return false;
    }
    const auto mergeId = CustomerMerger(m_archive.database()).merge(m_comparison->survivorId(), merged, m_comparison->choices());
    QApplication::restoreOverrideCursor();
    if (!mergeId) {
        m_status->setText(tr("Not merged: %1").arg(mergeId.error()));
        return false;
    }
    m_status->setText(tr("Merged %n record(s) into %1 (merge %2). Edit > Undo Merge… undoes it.", "", int(merged.size()))
                          .arg(keptCode)
                          .arg(*mergeId));
    m_groups->removeRow(row);
    m_groups->removeGroupsWith(merged);
    emit archiveChanged();
    selectGroup(std::min(row, m_groups->rowCount() - 1));
    if (m_groups->rowCount() == 0)
        onGroupChanged();
    return true;
}

bool DuplicatesWindow::rejectSelectedGroup()
{
    const int row = m_groupView->currentIndex().row();
    if (isBusy() || row < 0)
        return false;
    const DuplicateGroup& group = m_groups->group(row);
    const Status s = DedupeRejectionRepository(m_archive.database().connection())
                         .addAll(QList<qint64>(group.customerIds.begin(), group.customerIds.end()),
                                 m_archive.database().actingUser().id);
    if (!s) {
        m_status->setText(s.error());
        return false;
    }
    m_status->setText(tr("Remembered: these %n records are different customers; they will not be proposed again.", "",
                         int(group.customerIds.size())));
    m_groups->removeRow(row);
    selectGroup(std::min(row, m_groups->rowCount() - 1));
    if (m_groups->rowCount() == 0)
        onGroupChanged();
    return true;
}

void DuplicatesWindow::mergeAllLikely(bool askFirst)
{
    if (isBusy())
        return;
    const QList<QList<qint64>> groups = m_groups->likelyGroups();
    if (groups.isEmpty())
        return;
    const int records = m_groups->recordsIn(groups);
    if (askFirst) {
        const auto answer = QMessageBox::question(
            this, tr("Merge All Likely Groups"),
            tr("Merge %1 groups likely to be the same customer? %2 records become %1; in each group the record "
               "entered first is kept, with the most recent value of every field. Each merge can be undone with "
               "Edit > Undo Merge….")
                .arg(QLocale().toString(groups.size()))
                .arg(QLocale().toString(records)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_batchWorker = std::make_unique<BatchMergeWorker>(m_archive.path(), groups, m_archive.database().actingUser());
    connect(m_batchWorker.get(), &ArchiveWorker::finished, this, &DuplicatesWindow::onBatchFinished);
    connect(m_batchWorker.get(), &ArchiveWorker::progressChanged, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    setBusy(true, tr("Merging %1 groups…").arg(QLocale().toString(groups.size())));
    m_batchWorker->start();
}

void DuplicatesWindow::onBatchFinished()
{
    const BatchMergeWorker& worker = *m_batchWorker;
    QString status;
    if (worker.succeeded()) {
        status = tr("Merged %1 groups (%2 records merged away).")
                     .arg(QLocale().toString(worker.mergedGroups()))
                     .arg(QLocale().toString(worker.mergedRecords()));
        if (!worker.skipped().isEmpty())
            status += QLatin1Char(' ') + tr("%n group(s) skipped: %1", "", int(worker.skipped().size()))
                                             .arg(worker.skipped().first());
        // The merged groups leave the list (each lost a record); skipped ones stay for review.
        m_groups->removeGroupsWith(worker.mergedAwayIds());
        emit archiveChanged();
    } else if (worker.cancelled()) {
        status = tr("Cancelled; nothing was merged.");
    } else {
        status = tr("Nothing was merged: %1").arg(worker.errorText());
    }
    setBusy(false, status);
    if (m_groups->rowCount() > 0)
        selectGroup(0);
    else
        onGroupChanged();
}
