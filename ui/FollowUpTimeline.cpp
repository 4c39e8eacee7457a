#include "FollowUpTimeline.h"

#include "Archive.h"
#include "OptionalDateEdit.h"
#include "UserName.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

FollowUpTimeline::FollowUpTimeline(QWidget* parent) : QWidget(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("followUpList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Time"), tr("Type"), tr("Author"), tr("Content"), tr("Next Follow-up")});
    const QFontMetrics fm(font());
    m_list->setColumnWidth(Time, fm.horizontalAdvance(QStringLiteral("2024-12-31 23:59")) + 24);
    m_list->setColumnWidth(Type, fm.horizontalAdvance(QStringLiteral("Meeting")) + 24);
    m_list->setColumnWidth(Author, fm.horizontalAdvance(QStringLiteral("zhangwei")) + 24);
    m_list->setColumnWidth(NextDate, std::max(fm.horizontalAdvance(QStringLiteral("2024-12-31")),
                                              fm.horizontalAdvance(tr("Next Follow-up"))) + 24);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Content, QHeaderView::Stretch);
    m_list->header()->setMinimumSectionSize(40);

    auto* form = new QGroupBox(tr("Add Follow-up"), this);
    m_type = new QComboBox(form);
    m_type->setObjectName(QStringLiteral("followUpType"));
    for (InteractionType type : InteractionTypes::all)
        m_type->addItem(InteractionTypes::displayName(type), int(type));
    m_content = new QPlainTextEdit(form);
    m_content->setObjectName(QStringLiteral("followUpContent"));
    m_content->setPlaceholderText(tr("What was discussed, what was agreed"));
    m_content->setTabChangesFocus(true);
    m_content->setFixedHeight(fm.lineSpacing() * 2 + 14);
    m_nextDate = new OptionalDateEdit(form);
    m_nextDate->setObjectName(QStringLiteral("followUpNextDate"));
    m_nextDate->setToolTip(tr("Optional: when to follow up next"));
    m_add = new QPushButton(tr("Add"), form);
    m_add->setObjectName(QStringLiteral("addFollowUpButton"));
    m_error = new QLabel(form);
    m_error->setStyleSheet(QStringLiteral("color: #b52b27;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type);
    typeRow->addSpacing(12);
    typeRow->addWidget(new QLabel(tr("Next follow-up:"), form));
    typeRow->addWidget(m_nextDate);
    typeRow->addStretch(1);
    typeRow->addWidget(m_add);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addLayout(typeRow);
    formLayout->addWidget(m_content);
    formLayout->addWidget(m_error);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(form);

    connect(m_content, &QPlainTextEdit::textChanged, this, &FollowUpTimeline::updateAddButton);
    connect(m_add, &QPushButton::clicked, this, &FollowUpTimeline::addFollowUp);
    setCustomerId(0);
}

void FollowUpTimeline::setArchive(Archive* archive)
{
    m_archive = archive;
    setCustomerId(0);
}

void FollowUpTimeline::setCustomerId(qint64 customerId)
{
    if (customerId != m_customerId) {
        m_content->clear();
        m_nextDate->clearDate();
        m_error->hide();
    }
    m_customerId = customerId;
    setEnabled(m_archive && customerId > 0);
    reload();
}

void FollowUpTimeline::reload()
{
    m_list->clear();
    updateAddButton();
    if (!m_archive || m_customerId <= 0)
        return;
    auto interactions = m_archive->interactions().forCustomer(m_customerId);
    if (!interactions) {
        m_error->setText(interactions.error());
        m_error->show();
        return;
    }
    QList<QTreeWidgetItem*> items;
    for (const Interaction& interaction : *interactions) {
        auto* item = new QTreeWidgetItem;
        item->setText(Time, interaction.happenedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(Type, InteractionTypes::displayName(interaction.type));
        item->setText(Author, interaction.author);
        // One line per entry keeps the timeline scannable; the full text is in the tooltip.
        item->setText(Content, interaction.content.simplified());
        item->setToolTip(Content, interaction.content);
        item->setText(NextDate, interaction.nextDate.isValid() ? interaction.nextDate.toString(Qt::ISODate) : QString());
        item->setData(Time, Qt::UserRole, interaction.id);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
}

void FollowUpTimeline::updateAddButton()
{
    m_add->setEnabled(m_archive && m_customerId > 0 && !m_content->toPlainText().trimmed().isEmpty());
}

void FollowUpTimeline::focusContent()
{
    m_content->setFocus(Qt::OtherFocusReason);
}

bool FollowUpTimeline::addFollowUp()
{
    const QString content = m_content->toPlainText().trimmed();
    if (!m_archive || m_customerId <= 0 || content.isEmpty())
        return false;
    Interaction interaction;
    interaction.customerId = m_customerId;
    interaction.type = InteractionType(m_type->currentData().toInt());
    interaction.happenedAt = QDateTime::currentDateTimeUtc();
    interaction.author = UserName::current();
    interaction.content = content;
    interaction.nextDate = m_nextDate->optionalDate();
    auto stored = m_archive->interactions().insert(interaction);
    if (!stored) {
        m_error->setText(stored.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_content->clear();
    m_nextDate->clearDate();
    reload();
    emit followUpAdded(*stored);
    return true;
}
