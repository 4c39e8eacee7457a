#include "SmartListDialog.h"

#include "Archive.h"
#include "SavedFilterRepository.h"
#include "SmartConditionRow.h"
#include "SmartFilterFields.h"
#include "SmartFilterSql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

SmartListDialog::SmartListDialog(Archive& archive, QString user, const SmartFilter& initial, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_user(std::move(user))
{
    setWindowTitle(tr("Smart Lists"));
    setObjectName(QStringLiteral("smartListDialog"));

    // Saved lists: load or delete.
    m_savedCombo = new QComboBox(this);
    m_savedCombo->setObjectName(QStringLiteral("savedListCombo"));
    m_load = new QPushButton(tr("&Load"), this);
    m_load->setObjectName(QStringLiteral("loadListButton"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteListButton"));
    auto* savedRow = new QHBoxLayout;
    auto* savedLabel = new QLabel(tr("Sa&ved lists:"), this);
    savedLabel->setBuddy(m_savedCombo);
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_savedCombo, 1);
    savedRow->addWidget(m_load);
    savedRow->addWidget(m_delete);

    // Conditions.
    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("matchCombo"));
    m_match->addItem(tr("all conditions (AND)"), int(SmartFilter::Match::All));
    m_match->addItem(tr("any condition (OR)"), int(SmartFilter::Match::Any));
    auto* matchRow = new QHBoxLayout;
    auto* matchLabel = new QLabel(tr("Customers matching"), this);
    matchRow->addWidget(matchLabel);
    matchRow->addWidget(m_match);
    matchRow->addStretch(1);
    auto* rowsHost = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(rowsHost);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(rowsHost);
    scroll->setMinimumHeight(180);
    auto* addButton = new QPushButton(tr("&Add Condition"), this);
    addButton->setObjectName(QStringLiteral("addConditionButton"));
    auto* conditions = new QGroupBox(tr("Conditions"), this);
    auto* conditionsLayout = new QVBoxLayout(conditions);
    conditionsLayout->addLayout(matchRow);
    conditionsLayout->addWidget(scroll, 1);
    conditionsLayout->addWidget(addButton, 0, Qt::AlignLeft);

    // Save under a name.
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("listNameEdit"));
    m_shared = new QCheckBox(tr("S&hare with the team"), this);
    m_shared->setObjectName(QStringLiteral("sharedCheck"));
    auto* save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveListButton"));
    auto* saveRow = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    saveRow->addWidget(nameLabel);
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(m_shared);
    saveRow->addWidget(save);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* apply = buttons->addButton(tr("A&pply to List"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setDefault(true);
    auto* clear = buttons->addButton(tr("&Show All Customers"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, [this] {
        setFilter(SmartFilter());
        QDialog::accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(savedRow);
    layout->addWidget(conditions, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(addButton, &QPushButton::clicked, this, &SmartListDialog::addRow);
    connect(save, &QPushButton::clicked, this, &SmartListDialog::saveList);
    connect(m_load, &QPushButton::clicked, this, [this] { loadList(m_savedCombo->currentIndex()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteList(m_savedCombo->currentIndex()); });
    connect(m_savedCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_delete->setEnabled(index >= 0 && index < m_saved.size() && m_saved[index].owner == m_user);
        m_load->setEnabled(index >= 0 && index < m_saved.size());
    });

    reloadSaved();
    setFilter(initial);
    // A loaded list keeps its name, so "save" after a change updates it.
    for (const SavedFilter& saved : m_saved)
        if (!initial.isEmpty() && saved.definition == initial && saved.owner == m_user) {
            m_name->setText(saved.name);
            m_shared->setChecked(saved.shared);
        }
}

SmartConditionRow* SmartListDialog::addRow()
{
    auto* row = new SmartConditionRow(this);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row); // before the stretch
    m_rows.append(row);
    connect(row, &SmartConditionRow::removeRequested, this, [this, row] { removeRow(row); });
    return row;
}

void SmartListDialog::removeRow(SmartConditionRow* row)
{
    m_rows.removeOne(row);
    row->deleteLater();
}

SmartFilter SmartListDialog::filter() const
{
    SmartFilter f;
    f.match = SmartFilter::Match(m_match->currentData().toInt());
    // A row whose value was never typed is a row not filled in yet, not a condition on "".
    for (const SmartConditionRow* row : m_rows)
        if (const SmartFilterCondition c = row->condition(); !SmartFilterFields::needsValue(c.op) || !c.value.isEmpty())
            f.conditions.append(c);
    return f;
}

void SmartListDialog::setFilter(const SmartFilter& filter)
{
    for (SmartConditionRow* row : m_rows)
        row->deleteLater();
    m_rows.clear();
    m_match->setCurrentIndex(std::max(0, m_match->findData(int(filter.match))));
    for (const SmartFilterCondition& condition : filter.conditions)
        addRow()->setCondition(condition);
    if (m_rows.isEmpty())
        addRow();
    m_error->clear();
}

QString SmartListDialog::listName() const
{
    return m_name->text().trimmed();
}

void SmartListDialog::reloadSaved(const QString& selectName)
{
    const auto lists = SavedFilterRepository(m_archive.database().connection()).visibleTo(m_user);
    m_saved = lists ? *lists : QList<SavedFilter>();
    const QSignalBlocker blocker(m_savedCombo);
    m_savedCombo->clear();
    for (const SavedFilter& saved : m_saved) {
        QString text = saved.name;
        if (saved.owner != m_user)
            text = tr("%1 (shared by %2)").arg(saved.name, saved.owner);
        else if (saved.shared)
            text = tr("%1 (shared)").arg(saved.name);
        m_savedCombo->addItem(text, saved.id);
    }
    int index = 0;
    for (int i = 0; i < m_saved.size(); ++i)
        if (m_saved[i].name == selectName && m_saved[i].owner == m_user)
            index = i;
    m_savedCombo->setCurrentIndex(m_saved.isEmpty() ? -1 : index);
    m_load->setEnabled(!m_saved.isEmpty());
    m_delete->setEnabled(!m_saved.isEmpty() && m_saved[index].owner == m_user);
}

bool SmartListDialog::saveList()
{
    SavedFilter list;
    list.name = listName();
    list.owner = m_user;
    list.shared = m_shared->isChecked();
    list.definition = filter();
    const auto saved = SavedFilterRepository(m_archive.database().connection()).save(list);
    if (!saved) {
        m_error->setText(saved.error());
        return false;
    }
    m_error->clear();
    reloadSaved(saved->name);
    emit savedListsChanged();
    return true;
}

void SmartListDialog::loadList(int index)
{
    if (index < 0 || index >= m_saved.size())
        return;
    const SavedFilter list = m_saved[index];
    setFilter(list.definition);
    // Someone else's shared list loads as a starting point; saving makes it the user's own copy.
    m_name->setText(list.name);
    m_shared->setChecked(list.owner == m_user && list.shared);
}

bool SmartListDialog::deleteList(int index)
{
    if (index < 0 || index >= m_saved.size())
        return false;
    const SavedFilter list = m_saved[index];
    const Status removed = SavedFilterRepository(m_archive.database().connection()).remove(list.id, m_user);
    if (!removed) {
        m_error->setText(removed.error());
        return false;
    }
    reloadSaved();
    emit savedListsChanged();
    return true;
}

void SmartListDialog::accept()
{
    if (const auto checked = SmartFilterSql::translate(filter()); !checked) {
        m_error->setText(checked.error());
        return;
    }
    QDialog::accept();
}
