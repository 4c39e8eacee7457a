#include "ReminderPanel.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "DueWorker.h"
#include "UserName.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int CustomerIdRole = Qt::UserRole;
constexpr int TaskIdRole = Qt::UserRole + 1;
constexpr int defaultIntervalMs = 5 * 60 * 1000;

QString tabTitle(ReminderPanel::Tab tab, qsizetype count)
{
    switch (tab) {
    case ReminderPanel::Overdue: return ReminderPanel::tr("Overdue (%1)").arg(count);
    case ReminderPanel::Today: return ReminderPanel::tr("Today (%1)").arg(count);
    case ReminderPanel::ThisWeek: return ReminderPanel::tr("This Week (%1)").arg(count);
    }
    return {};
}
} // namespace

ReminderPanel::ReminderPanel(QWidget* parent) : QWidget(parent)
{
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("reminderUser"));
    m_user->setToolTip(tr("Whose reminders to show"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("reminderRefresh"));
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("reminderDone"));
    m_done->setToolTip(tr("Mark the selected task done and log it as a follow-up"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reminderStatus"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reminderTabs"));
    m_tabs->setDocumentMode(true);
    const QFontMetrics fm(font());
    for (Tab tab : {Overdue, Today, ThisWeek}) {
        auto* view = new QTreeWidget(m_tabs);
        view->setObjectName(QStringLiteral("reminderList%1").arg(int(tab)));
        view->setRootIsDecorated(false);
        view->setUniformRowHeights(true);
        view->setAlternatingRowColors(true);
        view->setHeaderLabels({tr("Date"), tr("Kind"), tr("Customer"), tr("What"), tr("User")});
        view->setColumnWidth(Date, fm.horizontalAdvance(QStringLiteral("2024-12-31")) + 24);
        view->setColumnWidth(Kind, fm.horizontalAdvance(QStringLiteral("跟进计划")) + 24);
        view->setColumnWidth(Customer, fm.horizontalAdvance(QStringLiteral("C000000 北京华夏科技有限公司")) + 24);
        view->setColumnWidth(What, fm.horizontalAdvance(QStringLiteral("寄送报价单并确认交货日期")) + 24);
        connect(view, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
            emit customerActivated(item->data(Date, CustomerIdRole).toLongLong());
        });
        connect(view, &QTreeWidget::currentItemChanged, this, &ReminderPanel::updateButtons);
        m_lists3[tab] = view;
        m_tabs->addTab(view, tabTitle(tab, 0));
    }

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("User:"), this));
    top->addWidget(m_user);
    top->addWidget(m_status, 1);
    top->addWidget(m_done);
    top->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(defaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderPanel::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ReminderPanel::refresh);
    connect(m_done, &QPushButton::clicked, this, &ReminderPanel::completeSelected);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReminderPanel::updateButtons);
    connect(m_user, &QComboBox::currentIndexChanged, this, &ReminderPanel::refresh);
    setArchive(nullptr);
}

ReminderPanel::~ReminderPanel() = default;

void ReminderPanel::setArchive(Archive* archive)
{
    m_archive = archive;
    if (m_worker && m_worker->isRunning()) {
        m_worker->cancel();
        m_worker->wait();
    }
    m_worker.reset();
    m_lists = {};
    reloadUsers();
    fill();
    setEnabled(archive != nullptr);
    if (archive) {
        m_timer->start();
        refresh();
    } else {
        m_timer->stop();
    }
}

void ReminderPanel::reloadUsers()
{
    const QSignalBlocker blocker(m_user);
    const QString previous = m_user->currentData().toString();
    m_user->clear();
    m_user->setEnabled(true);
    // A user who sees only their own customers sees only their own reminders.
    if (m_archive && AccessPolicy(m_archive->database().actingUser()).scope(Permission::View) != CustomerScope::All) {
        const QString login = m_archive->database().actingUser().login;
        m_user->addItem(login, login);
        m_user->setEnabled(false);
        return;
    }
    m_user->addItem(tr("Everybody"), QString());
    if (!m_archive)
        return;
    const QStringList logins = m_archive->users().logins();
    for (const QString& login : logins)
        m_user->addItem(login, login);
    // Start with the signed-in user when the archive knows them.
    const QString wanted = previous.isEmpty() ? UserName::current() : previous;
    const int index = m_user->findData(wanted);
    m_user->setCurrentIndex(index >= 0 ? index : 0);
}

QDate ReminderPanel::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

QString ReminderPanel::user() const
{
    return m_user->currentData().toString();
}

void ReminderPanel::setUser(const QString& login)
{
    const int index = m_user->findData(login);
    if (index >= 0)
        m_user->setCurrentIndex(index);
}

void ReminderPanel::setRefreshInterval(int msec)
{
    m_timer->setInterval(msec);
}

bool ReminderPanel::isBusy() const
{
    return m_worker && m_worker->isRunning();
}

void ReminderPanel::refresh()
{
    if (!m_archive)
        return;
    if (isBusy()) {
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    m_worker = std::make_unique<DueWorker>(m_archive->path(), today(), user());
    connect(m_worker.get(), &ArchiveWorker::finished, this, &ReminderPanel::onFinished);
    m_status->setText(tr("Checking…"));
    m_worker->start();
}

void ReminderPanel::onFinished()
{
    if (m_worker->succeeded()) {
        m_lists = m_worker->lists();
        m_status->setText(tr("As of %1").arg(QLocale().toString(m_worker->today(), QLocale::ShortFormat)));
        fill();
        emit refreshed(m_lists);
    } else if (!m_worker->cancelled()) {
        m_status->setText(tr("Cannot read the reminders: %1").arg(m_worker->errorText()));
    }
    // Not from inside the worker's own signal: refresh() replaces (and deletes) the worker.
    if (m_refreshPending)
        QMetaObject::invokeMethod(this, &ReminderPanel::refresh, Qt::QueuedConnection);
}

QTreeWidget* ReminderPanel::list(Tab tab) const
{
    return m_lists3[tab];
}

void ReminderPanel::fill()
{
    const QList<DueItem>* groups[] = {&m_lists.overdue, &m_lists.today, &m_lists.thisWeek};
    for (Tab tab : {Overdue, Today, ThisWeek}) {
        QTreeWidget* view = m_lists3[tab];
        view->clear();
        QList<QTreeWidgetItem*> items;
        for (const DueItem& due : *groups[tab]) {
            auto* item = new QTreeWidgetItem;
            item->setText(Date, QLocale().toString(due.date, QLocale::ShortFormat));
            item->setText(Kind, DueKinds::displayName(due.kind));
            item->setText(Customer, due.code + QLatin1Char(' ') + due.name);
            item->setText(What, due.text.simplified());
            item->setToolTip(What, due.text);
            item->setText(User, due.user);
            item->setData(Date, CustomerIdRole, due.customerId);
            item->setData(Date, TaskIdRole, due.taskId);
            items.append(item);
        }
        view->addTopLevelItems(items);
        m_tabs->setTabText(tab, tabTitle(tab, groups[tab]->size()));
    }
    updateButtons();
}

QTreeWidgetItem* ReminderPanel::currentItem() const
{
    auto* view = qobject_cast<QTreeWidget*>(m_tabs->currentWidget());
    return view ? view->currentItem() : nullptr;
}

void ReminderPanel::updateButtons()
{
    const QTreeWidgetItem* item = currentItem();
    m_done->setEnabled(m_archive && item && item->data(Date, TaskIdRole).toLongLong() > 0);
}

bool ReminderPanel::completeSelected()
{
    QTreeWidgetItem* item = currentItem();
    if (!m_archive || !item)
        return false;
    const qint64 taskId = item->data(Date, TaskIdRole).toLongLong();
    if (taskId <= 0)
        return false;
    TaskRepository::Completion how;
    how.by = UserName::current();
    const auto logged = m_archive->tasks().complete(taskId, how);
    if (!logged) {
        m_status->setText(logged.error());
        return false;
    }
    delete item; // gone at once; the refresh confirms it
    emit taskCompleted(logged->customerId);
    refresh();
    return true;
}
