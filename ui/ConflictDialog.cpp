#include "ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QColor differsColor(255, 236, 179); // amber: the values differ
constexpr int keyRole = Qt::UserRole + 1;
} // namespace

ConflictDialog::ConflictDialog(const CustomerConflict& conflict, QWidget* parent)
    : QDialog(parent), m_conflict(conflict)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("%1 (%2) was saved by someone else (now version %3) while you were editing it. Nothing of yours has "
           "been saved yet. Choose for each highlighted field which value to keep; your choice is saved on top of "
           "the stored version.")
            .arg(conflict.stored().name, conflict.stored().code)
            .arg(conflict.stored().version),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Stored"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    const QSet<QString> suggested = conflict.suggestedKeepMine();
    for (const CustomerConflict::Field& field : conflict.fields()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* label = new QTableWidgetItem(field.label);
        label->setData(keyRole, field.key);
        m_table->setItem(row, FieldColumn, label);
        m_table->setItem(row, MineColumn, new QTableWidgetItem(field.mine));
        m_table->setItem(row, StoredColumn, new QTableWidgetItem(field.stored));
        if (!field.differs)
            continue;
        for (int column : {FieldColumn, MineColumn, StoredColumn}) {
            m_table->item(row, column)->setBackground(differsColor);
            m_table->item(row, column)->setData(Qt::UserRole, true); // "differs", for tests and accessibility
        }
        auto* choice = new QComboBox(m_table);
        choice->setObjectName(QStringLiteral("keep:") + field.key);
        choice->addItem(tr("Mine"), true);
        choice->addItem(tr("Stored"), false);
        choice->setCurrentIndex(suggested.contains(field.key) ? 0 : 1);
        m_table->setCellWidget(row, KeepColumn, choice);
    }
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StoredColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* allMine = buttons->addButton(tr("Keep All &Mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("keepAllMineButton"));
    QPushButton* allStored = buttons->addButton(tr("Keep All &Stored"), QDialogButtonBox::ActionRole);
    allStored->setObjectName(QStringLiteral("keepAllStoredButton"));
    QPushButton* save = buttons->addButton(tr("Save These Values"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveChoicesButton"));
    save->setDefault(true);
    buttons->addButton(tr("Keep Editing"), QDialogButtonBox::RejectRole);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(allStored, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

void ConflictDialog::chooseAll(bool mine)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto* choice = qobject_cast<QComboBox*>(m_table->cellWidget(row, KeepColumn)))
            choice->setCurrentIndex(mine ? 0 : 1);
}

void ConflictDialog::setKeepMine(const QString& key, bool mine)
{
    if (auto* choice = m_table->findChild<QComboBox*>(QStringLiteral("keep:") + key))
        choice->setCurrentIndex(mine ? 0 : 1);
}

QSet<QString> ConflictDialog::keepMine() const
{
    QSet<QString> keys;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto* choice = qobject_cast<QComboBox*>(m_table->cellWidget(row, KeepColumn)); choice && choice->currentData().toBool())
            keys.insert(m_table->item(row, FieldColumn)->data(keyRole).toString());
    return keys;
}
