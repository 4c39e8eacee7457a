#include "DuplicateEntryDialog.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "SensitiveMask.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DuplicateEntryDialog::DuplicateEntryDialog(Archive& archive, const QVector<DuplicatePair>& likely, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("duplicateEntryDialog"));
    setWindowTitle(tr("Possible Duplicate"));
    auto* intro = new QLabel(tr("This customer may already be in the archive:"), this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("duplicateTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Phone"), tr("Match")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const AccessPolicy policy(archive.database().actingUser());
    for (const DuplicatePair& pair : likely) {
        auto customer = archive.customers().findById(pair.rightId);
        if (!customer)
            continue; // deleted since the check: nothing to open
        QString phone;
        if (auto contacts = archive.contacts().forCustomer(customer->id); contacts && !contacts->isEmpty()) {
            Contact primary = contacts->first();
            for (const Contact& c : *contacts)
                if (c.isPrimary)
                    primary = c;
            if (policy.masksSensitiveOf(policy.ownerIdOf(customer->owner)))
                SensitiveMask::maskContact(primary);
            phone = !primary.mobile.isEmpty() ? primary.mobile : primary.phone;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* code = new QTableWidgetItem(customer->code);
        code->setData(Qt::UserRole, customer->id);
        m_table->setItem(row, CodeColumn, code);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(customer->name));
        m_table->setItem(row, PhoneColumn, new QTableWidgetItem(phone));
        m_table->setItem(row, MatchColumn, new QTableWidgetItem(QStringLiteral("%1%").arg(qRound(pair.probability * 100))));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Save Anyway"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAnywayButton"));
    QPushButton* open = buttons->addButton(tr("Open Existing"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openExistingButton"));
    open->setDefault(true); // the safer choice: no second copy
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(save, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SaveAnyway;
        accept();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OpenExisting;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, open, &QPushButton::click);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("“Open Existing” shows that record instead; what you typed here is not saved."), this));
    layout->addWidget(buttons);
    resize(560, 300);
}

qint64 DuplicateEntryDialog::selectedCustomerId() const
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : 0;
    const QTableWidgetItem* item = m_table->item(row, CodeColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}
