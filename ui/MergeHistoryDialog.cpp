#include "MergeHistoryDialog.h"

#include "Archive.h"
#include "CustomerMerger.h"
#include "MergeRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// The list shows the recent past; older merges stay recorded and can be undone from the command line.
constexpr int shownMerges = 500;

QString timeText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString mergedText(const MergeInfo& info)
{
    QStringList parts;
    for (int i = 0; i < info.mergedCodes.size(); ++i)
        parts.append(QStringLiteral("%1 %2").arg(info.mergedCodes[i], info.mergedNames.value(i)));
    return parts.join(QStringLiteral("; "));
}
} // namespace

MergeHistoryDialog::MergeHistoryDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setObjectName(QStringLiteral("mergeHistoryDialog"));
    setWindowTitle(tr("Undo Merge"));

    auto* intro = new QLabel(tr("Undoing a merge brings the merged records back with their contacts, follow-ups, "
                                "orders and tags, and gives the kept customer its fields back. It is refused when "
                                "the kept customer has been edited since."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setHorizontalHeaderLabels({tr("Merged at"), tr("By"), tr("Kept"), tr("Merged records"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mergeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Merge"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &MergeHistoryDialog::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MergeHistoryDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 420);
    reload();
}

void MergeHistoryDialog::reload()
{
    const qint64 selected = m_table->currentRow() >= 0 ? m_merges.value(m_table->currentRow()).id : 0;
    auto merges = MergeRepository(m_archive.database().connection()).list(shownMerges);
    m_merges = merges ? *merges : QList<MergeInfo>{};
    if (!merges)
        showMessage(merges.error(), true);

    m_table->setRowCount(int(m_merges.size()));
    for (int row = 0; row < m_merges.size(); ++row) {
        const MergeInfo& info = m_merges[row];
        const bool undone = info.undoneAt.isValid();
        const QStringList cells = {timeText(info.mergedAt), info.userLogin,
                                   QStringLiteral("%1 %2").arg(info.survivorCode, info.survivorName), mergedText(info),
                                   undone ? tr("undone %1").arg(timeText(info.undoneAt)) : QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (undone)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(MergedColumn, std::min(m_table->columnWidth(MergedColumn), 320));
    int row = 0;
    for (int i = 0; i < m_merges.size(); ++i)
        if (m_merges[i].id == selected)
            row = i;
    if (!m_merges.isEmpty())
        m_table->selectRow(row);
    updateButtons();
}

void MergeHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_undo->setEnabled(row >= 0 && row < m_merges.size() && !m_merges[row].undoneAt.isValid());
}

void MergeHistoryDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString MergeHistoryDialog::messageText() const
{
    return m_message->text();
}

bool MergeHistoryDialog::undoMerge(qint64 mergeId)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto undone = CustomerMerger(m_archive.database()).unmerge(mergeId);
    QApplication::restoreOverrideCursor();
    if (!undone) {
        showMessage(tr("Not undone: %1").arg(undone.error()), true);
        return false;
    }
    showMessage(tr("Merge undone: %1 are records of their own again; %2 has its fields back.")
                    .arg(undone->mergedCodes.join(QStringLiteral(", ")), undone->survivorCode),
                false);
    reload();
    emit archiveChanged();
    return true;
}

void MergeHistoryDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_merges.size())
        return;
    const MergeInfo& info = m_merges[row];
    const auto answer = QMessageBox::question(
        this, tr("Undo Merge"),
        tr("Undo the merge of %1 into %2 from %3?")
            .arg(info.mergedCodes.join(QStringLiteral(", ")), info.survivorCode, timeText(info.mergedAt)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        undoMerge(info.id);
}
