#include "CustomerTaskList.h"

#include "Archive.h"
#include "TaskDialog.h"
#include "UserName.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CustomerTaskList::CustomerTaskList(QWidget* parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_add = new QPushButton(tr("Add Task…"), this);
    m_add->setObjectName(QStringLiteral("addTaskButton"));
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("taskDoneButton"));
    m_done->setToolTip(tr("Mark the selected task done and log it as a follow-up"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("customerTasks"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Due"), tr("Task"), tr("For")});
    const QFontMetrics fm(font());
    m_list->setColumnWidth(Due, fm.horizontalAdvance(QStringLiteral("2024-12-31")) + 24);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_list->setMaximumHeight(fm.lineSpacing() * 5 + 12);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b52b27;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_heading, 1);
    row->addWidget(m_done);
    row->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &CustomerTaskList::addTask);
    connect(m_done, &QPushButton::clicked, this, &CustomerTaskList::completeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CustomerTaskList::updateButtons);
    setCustomerId(0);
}

void CustomerTaskList::setArchive(Archive* archive)
{
    m_archive = archive;
    setCustomerId(0);
}

void CustomerTaskList::setCustomerId(qint64 customerId)
{
    m_customerId = customerId;
    m_error->hide();
    setEnabled(m_archive && customerId > 0);
    reload();
}

void CustomerTaskList::reload()
{
    m_list->clear();
    int open = 0;
    if (m_archive && m_customerId > 0) {
        const auto tasks = m_archive->tasks().forCustomer(m_customerId);
        if (!tasks) {
            m_error->setText(tasks.error());
            m_error->show();
        } else {
            const QDate today = QDate::currentDate();
            // An unassigned task is the owner's: show whose it is, in grey.
            const auto customer = m_archive->customers().findById(m_customerId);
            const QString owner = customer ? customer->owner : QString();
            for (const Task& task : *tasks) {
                if (task.isDone())
                    continue;
                auto* item = new QTreeWidgetItem(m_list);
                item->setText(Due, task.dueDate.toString(Qt::ISODate));
                item->setText(Title, task.title);
                item->setToolTip(Title, task.title);
                item->setText(Assignee, task.assignee.isEmpty() ? owner : task.assignee);
                if (task.assignee.isEmpty())
                    item->setForeground(Assignee, palette().brush(QPalette::Disabled, QPalette::Text));
                item->setData(Due, Qt::UserRole, task.id);
                if (task.dueDate < today)
                    item->setForeground(Due, QColor(0xb5, 0x2b, 0x27)); // overdue
                ++open;
            }
        }
    }
    m_heading->setText(tr("Open tasks (%1)").arg(open));
    m_list->setVisible(open > 0);
    updateButtons();
}

void CustomerTaskList::updateButtons()
{
    m_add->setEnabled(m_archive && m_customerId > 0);
    m_done->setEnabled(m_archive && m_list->currentItem() != nullptr);
}

void CustomerTaskList::addTask()
{
    if (!m_archive || m_customerId <= 0)
        return;
    TaskDialog dialog(*m_archive, m_customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit tasksChanged(m_customerId);
}

bool CustomerTaskList::completeSelected()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!m_archive || !item)
        return false;
    TaskRepository::Completion how;
    how.by = UserName::current();
    const auto logged = m_archive->tasks().complete(item->data(Due, Qt::UserRole).toLongLong(), how);
    if (!logged) {
        m_error->setText(logged.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    const qint64 id = m_customerId;
    reload();
    emit tasksChanged(id);
    emit followUpLogged(id);
    return true;
}
