#include "RecycleBinDialog.h"

#include "Archive.h"
#include "AuditAccess.h"
#include "RecycleBin.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RecycleBinDialog::RecycleBinDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setWindowTitle(tr("Recycle Bin"));
    setObjectName(QStringLiteral("recycleBinDialog"));
    resize(760, 460);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("recycleBinTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Deleted"), tr("Deleted by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_purge = buttons->addButton(tr("Delete for Good…"), QDialogButtonBox::ActionRole);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    // core refuses anyway; only administrators (or a personal archive) see the button.
    m_purge->setVisible(AuditAccess::mayPurge(archive.database().actingUser()));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RecycleBinDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, [this] { purgeSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecycleBinDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Deleted customers wait here with their contacts, follow-ups, orders and tasks "
                                    "until they are restored or deleted for good."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    reload();
}

int RecycleBinDialog::rowCount() const
{
    return m_table->rowCount();
}

void RecycleBinDialog::selectRow(int row)
{
    m_table->selectRow(row);
}

void RecycleBinDialog::reload()
{
    const auto entries = RecycleBin(m_archive.database().connection()).list();
    m_entries = entries ? *entries : QList<RecycleBinEntry>{};
    if (!entries)
        m_status->setText(entries.error());
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        const RecycleBinEntry& e = m_entries.at(r);
        const QStringList cells = {e.code, e.name, e.deletedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   e.deletedBy.isEmpty() ? QStringLiteral("—") : e.deletedBy};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const RecycleBinEntry* RecycleBinDialog::selected() const
{
    const int row = m_table->currentRow();
    if (m_table->selectedItems().isEmpty() || row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

void RecycleBinDialog::updateButtons()
{
    m_restore->setEnabled(selected() != nullptr);
    m_purge->setEnabled(selected() != nullptr);
}

bool RecycleBinDialog::restoreSelected()
{
    const RecycleBinEntry* entry = selected();
    if (!entry)
        return false;
    const RecycleBinEntry chosen = *entry;
    const auto restored = RecycleBin(m_archive.database().connection()).restore(chosen.id);
    if (!restored) {
        QMessageBox::warning(this, tr("Restore"), restored.error());
        return false;
    }
    m_status->setText(tr("%1 (%2) is back in the customer list.").arg(chosen.name, chosen.code));
    reload();
    emit customerRestored(*restored);
    return true;
}

bool RecycleBinDialog::purgeSelected(bool confirm)
{
    const RecycleBinEntry* entry = selected();
    if (!entry)
        return false;
    const RecycleBinEntry chosen = *entry;
    if (confirm &&
        QMessageBox::question(this, tr("Delete for Good"),
                              tr("Delete %1 (%2) for good? It cannot be restored afterwards; the audit log keeps "
                                 "the record of it.")
                                  .arg(chosen.name, chosen.code),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    if (Status s = RecycleBin(m_archive.database().connection()).purge(chosen.id); !s) {
        QMessageBox::warning(this, tr("Delete for Good"), s.error());
        return false;
    }
    m_status->setText(tr("%1 (%2) was deleted for good.").arg(chosen.name, chosen.code));
    reload();
    return true;
}
