#include "CustomerHistoryDialog.h"

#include "Archive.h"
#include "AuditText.h"
#include "CustomerHistory.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CustomerHistoryDialog::CustomerHistoryDialog(Archive& archive, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerHistoryDialog"));
    resize(900, 520);
    m_title = new QLabel(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Field"), tr("Old value"), tr("New value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("Restore This Value"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreValueButton"));
    m_restore->setToolTip(tr("Put the old value of the selected change back (saved as a new change)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &CustomerHistoryDialog::restoreSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CustomerHistoryDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

int CustomerHistoryDialog::rowCount() const
{
    return m_table->rowCount();
}

void CustomerHistoryDialog::selectRow(int row)
{
    m_table->selectRow(row);
}

void CustomerHistoryDialog::reload()
{
    const auto customer = m_archive.customers().findById(m_customerId);
    if (customer) {
        m_version = customer->version;
        setWindowTitle(tr("History of %1 (%2)").arg(customer->name, customer->code));
        m_title->setText(tr("Every change to %1, newest first. Restoring a value saves it as a new change.")
                             .arg(customer->name));
    }
    const auto rows = CustomerHistory(m_archive).forCustomer(m_customerId);
    m_rows = rows ? *rows : QList<AuditEntry>{};
    if (!rows)
        m_title->setText(rows.error());
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const AuditEntry& e = m_rows.at(r);
        const QStringList cells = {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   AuditText::who(e),
                                   AuditText::action(e.action),
                                   AuditText::field(e.field),
                                   AuditText::value(e.field, e.oldValue),
                                   AuditText::value(e.field, e.newValue)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    updateButtons();
}

void CustomerHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = !m_table->selectedItems().isEmpty() && row >= 0 && row < m_rows.size();
    m_restore->setEnabled(selected && CustomerHistory::isRestorable(m_rows.at(row)));
}

bool CustomerHistoryDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !CustomerHistory::isRestorable(m_rows.at(row)))
        return false;
    const auto restored = CustomerHistory(m_archive).restoreValue(m_rows.at(row).id, m_version);
    if (!restored) {
        QMessageBox::warning(this, tr("Restore Value"),
                             restored.errorKind() == ErrorKind::Conflict
                                 ? tr("%1\n\nThe history now shows the newer change; look at it before restoring again.")
                                       .arg(restored.error())
                                 : restored.error());
        reload();
        return false;
    }
    reload();
    emit customerChanged(m_customerId);
    return true;
}
