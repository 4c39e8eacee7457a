#include "UndoImportDialog.h"

#include "Archive.h"
#include "ImportTarget.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString targetName(const QString& key)
{
    switch (ImportTargets::fromKey(key).value_or(ImportTarget::Customers)) {
    case ImportTarget::Customers: return UndoImportDialog::tr("Customers");
    case ImportTarget::Orders: return UndoImportDialog::tr("Orders");
    case ImportTarget::Interactions: return UndoImportDialog::tr("Follow-ups");
    }
    return key;
}

QString timeText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

UndoImportDialog::UndoImportDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setObjectName(QStringLiteral("undoImportDialog"));
    setWindowTitle(tr("Undo Import"));

    auto* intro = new QLabel(tr("Undoing an import removes what it added and puts back what it changed. It is "
                                "refused when a record of the import has been edited since."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setHorizontalHeaderLabels({tr("Imported at"), tr("File"), tr("Rows"), tr("Added"), tr("Updated"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("undoMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Import"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &UndoImportDialog::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UndoImportDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

void UndoImportDialog::reload()
{
    const qint64 selected = m_table->currentRow() >= 0 ? m_batches.value(m_table->currentRow()).id : 0;
    auto batches = ImportUndo::batches(m_archive);
    m_batches = batches ? *batches : QList<ImportBatchInfo>{};
    if (!batches)
        showMessage(batches.error(), true);

    const QLocale locale;
    m_table->setRowCount(int(m_batches.size()));
    for (int row = 0; row < m_batches.size(); ++row) {
        const ImportBatchInfo& batch = m_batches[row];
        const bool undone = batch.undoneAt.isValid();
        const QString file = QFileInfo(QDir::fromNativeSeparators(batch.fileName)).fileName();
        const QStringList cells = {timeText(batch.createdAt),
                                   file.isEmpty() ? batch.fileName : file,
                                   targetName(batch.target),
                                   locale.toString(batch.imported),
                                   locale.toString(batch.updated),
                                   undone ? tr("undone %1").arg(timeText(batch.undoneAt)) : QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == ImportedColumn || c == UpdatedColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == FileColumn)
                item->setToolTip(batch.fileName);
            if (undone)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(FileColumn, std::min(m_table->columnWidth(FileColumn), 280));
    int row = 0;
    for (int i = 0; i < m_batches.size(); ++i)
        if (m_batches[i].id == selected)
            row = i;
    if (!m_batches.isEmpty())
        m_table->selectRow(row);
    updateButtons();
}

void UndoImportDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_undo->setEnabled(row >= 0 && row < m_batches.size() && !m_batches[row].undoneAt.isValid());
}

void UndoImportDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString UndoImportDialog::messageText() const
{
    return m_message->text();
}

bool UndoImportDialog::undoBatch(qint64 batchId)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto undone = ImportUndo::undo(m_archive, batchId);
    QApplication::restoreOverrideCursor();
    if (!undone) {
        showMessage(tr("Not undone: %1").arg(undone.error()), true);
        return false;
    }
    m_changed = true;
    showMessage(tr("The import of %1 was undone: %2 added record(s) removed, %3 updated record(s) restored.")
                    .arg(QFileInfo(QDir::fromNativeSeparators(undone->fileName)).fileName())
                    .arg(undone->imported)
                    .arg(undone->updated),
                false);
    reload();
    emit archiveChanged();
    return true;
}

void UndoImportDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size())
        return;
    const ImportBatchInfo& batch = m_batches[row];
    const auto answer = QMessageBox::question(
        this, tr("Undo Import"),
        tr("Undo the import of %1 from %2? %3 added record(s) will be removed and %4 updated record(s) restored.")
            .arg(QFileInfo(QDir::fromNativeSeparators(batch.fileName)).fileName(), timeText(batch.createdAt))
            .arg(batch.imported)
            .arg(batch.updated),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        undoBatch(batch.id);
}
