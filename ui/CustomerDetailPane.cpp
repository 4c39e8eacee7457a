#include "CustomerDetailPane.h"

#include "CustomerEditor.h"
#include "CustomerTaskList.h"
#include "FollowUpTimeline.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

CustomerDetailPane::CustomerDetailPane(QWidget* parent) : QWidget(parent)
{
    m_editor = new CustomerEditor(this);
    m_timeline = new FollowUpTimeline(this);
    m_tasks = new CustomerTaskList(this);
    m_tasks->setObjectName(QStringLiteral("customerTaskList"));
    connect(m_tasks, &CustomerTaskList::followUpLogged, m_timeline, &FollowUpTimeline::reload);

    auto* timelineBox = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 6, 0, 0);
    timelineLayout->addWidget(m_tasks);
    auto* heading = new QLabel(tr("Follow-ups"), timelineBox);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    timelineLayout->addWidget(heading);
    timelineLayout->addWidget(m_timeline, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(timelineBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void CustomerDetailPane::setArchive(Archive* archive)
{
    m_editor->setArchive(archive);
    m_timeline->setArchive(archive);
    m_tasks->setArchive(archive);
}

bool CustomerDetailPane::showCustomer(qint64 customerId)
{
    if (customerId <= 0) {
        m_editor->clear();
        m_timeline->setCustomerId(0);
        m_tasks->setCustomerId(0);
        return true;
    }
    const bool loaded = m_editor->loadCustomer(customerId);
    m_timeline->setCustomerId(loaded ? customerId : 0);
    m_tasks->setCustomerId(loaded ? customerId : 0);
    return loaded;
}

qint64 CustomerDetailPane::customerId() const
{
    return m_editor->hasCustomer() ? m_editor->customerId() : 0;
}
