#include "CustomerDetailPane.h"
#include "CustomerListModel.h"
#include "CustomerTaskList.h"
#include "DueNotifier.h"
#include "FilterBar.h"
#include "FollowUpTimeline.h"
#include "MainWindow.h"
#include "ReminderPanel.h"
#include "TaskDialog.h"
#include "UiTestArchive.h"
#include "WaitFor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace {
const QDate today(2026, 3, 16);

Task task(qint64 customerId, const QString& title, const QDate& due, const QString& assignee = QString())
{
    Task t;
    t.customerId = customerId;
    t.title = title;
    t.dueDate = due;
    t.assignee = assignee;
    return t;
}

QStringList column(QTreeWidget* view, int col)
{
    QStringList texts;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        texts.append(view->topLevelItem(i)->text(col));
    return texts;
}

bool refreshed(ReminderPanel& panel)
{
    return waitFor([&] { return !panel.isBusy(); });
}
} // namespace

TEST(ReminderPanel, TabsShowTheCountsAndItemsOfEachList)
{
    UiTestArchive archive;
    const Customer hx = archive.add(QStringLiteral("华夏科技"), CustomerStage::Active, QStringLiteral("wangfang"));
    ASSERT_TRUE(archive->tasks().add(task(hx.id, QStringLiteral("催款"), today.addDays(-2))));
    ASSERT_TRUE(archive->tasks().add(task(hx.id, QStringLiteral("寄样品"), today)));
    ASSERT_TRUE(archive->tasks().add(task(hx.id, QStringLiteral("回访"), today.addDays(3))));
    ASSERT_TRUE(archive->tasks().add(task(hx.id, QStringLiteral("下周"), today.addDays(7))));

    ReminderPanel panel;
    panel.setToday(today);
    QSignalSpy done(&panel, &ReminderPanel::refreshed);
    panel.setArchive(archive.get());
    ASSERT_TRUE(waitFor([&] { return done.count() > 0 && !panel.isBusy(); }));
    QTabWidget* tabs = panel.tabs();
    EXPECT_TRUE(tabs->tabText(ReminderPanel::Overdue).contains(QStringLiteral("(1)")));
    EXPECT_TRUE(tabs->tabText(ReminderPanel::Today).contains(QStringLiteral("(1)")));
    EXPECT_TRUE(tabs->tabText(ReminderPanel::ThisWeek).contains(QStringLiteral("(1)")));
    EXPECT_EQ(column(panel.list(ReminderPanel::Overdue), ReminderPanel::What), QStringList{QStringLiteral("催款")});
    EXPECT_EQ(column(panel.list(ReminderPanel::ThisWeek), ReminderPanel::What), QStringList{QStringLiteral("回访")});
    EXPECT_EQ(column(panel.list(ReminderPanel::Today), ReminderPanel::Customer).value(0),
              hx.code + QStringLiteral(" 华夏科技"));
}

TEST(ReminderPanel, DoubleClickOpensTheCustomerAndDoneLogsTheFollowUp)
{
    UiTestArchive archive;
    const Customer hx = archive.add(QStringLiteral("华夏科技"), CustomerStage::Active, QStringLiteral("wangfang"));
    ASSERT_TRUE(archive->tasks().add(task(hx.id, QStringLiteral("寄样品"), today)));
    Contact person;
    person.name = QStringLiteral("张伟");
    person.birthday = QDate(1980, 3, 16);
    Customer withBirthday = hx;
    ASSERT_TRUE(archive->saveCustomer(withBirthday, {person}));

    ReminderPanel panel;
    panel.setToday(today);
    panel.setArchive(archive.get());
    ASSERT_TRUE(refreshed(panel));
    panel.tabs()->setCurrentIndex(ReminderPanel::Today);
    QTreeWidget* view = panel.list(ReminderPanel::Today);
    ASSERT_EQ(view->topLevelItemCount(), 2);

    QSignalSpy opened(&panel, &ReminderPanel::customerActivated);
    emit view->itemDoubleClicked(view->topLevelItem(0), 0);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toLongLong(), hx.id);

    auto* doneButton = panel.findChild<QPushButton*>(QStringLiteral("reminderDone"));
    ASSERT_NE(doneButton, nullptr);
    view->setCurrentItem(view->topLevelItem(1)); // the birthday: nothing to complete
    EXPECT_EQ(view->currentItem()->text(ReminderPanel::Kind), DueKinds::displayName(DueKind::Birthday));
    EXPECT_FALSE(doneButton->isEnabled());
    view->setCurrentItem(view->topLevelItem(0));
    EXPECT_TRUE(doneButton->isEnabled());

    QSignalSpy completed(&panel, &ReminderPanel::taskCompleted);
    doneButton->click();
    ASSERT_EQ(completed.count(), 1);
    ASSERT_TRUE(refreshed(panel));
    EXPECT_EQ(view->topLevelItemCount(), 1);
    const auto timeline = archive->interactions().forCustomer(hx.id);
    ASSERT_EQ(timeline->size(), 1);
    EXPECT_TRUE(timeline->first().content.contains(QStringLiteral("寄样品")));
}

TEST(ReminderPanel, ChoosingAUserShowsOnlyTheirItems)
{
    UiTestArchive archive;
    const Customer wangs = archive.add(QStringLiteral("王的客户"), CustomerStage::Active, QStringLiteral("wangfang"));
    const Customer lis = archive.add(QStringLiteral("李的客户"), CustomerStage::Active, QStringLiteral("lijun"));
    ASSERT_TRUE(archive->tasks().add(task(wangs.id, QStringLiteral("王的任务"), today)));
    ASSERT_TRUE(archive->tasks().add(task(lis.id, QStringLiteral("李的任务"), today)));

    ReminderPanel panel;
    panel.setToday(today);
    panel.setArchive(archive.get());
    ASSERT_TRUE(refreshed(panel));
    panel.setUser(QString()); // everybody
    ASSERT_TRUE(refreshed(panel));
    EXPECT_EQ(panel.list(ReminderPanel::Today)->topLevelItemCount(), 2);
    panel.setUser(QStringLiteral("lijun"));
    ASSERT_TRUE(waitFor([&] { return !panel.isBusy() && panel.list(ReminderPanel::Today)->topLevelItemCount() == 1; }));
    EXPECT_EQ(column(panel.list(ReminderPanel::Today), ReminderPanel::What), QStringList{QStringLiteral("李的任务")});
}

TEST(DueNotifier, AnnouncesEachDueItemOnceAndNothingAhead)
{
    DueItem call{DueKind::Task, today, 1, QStringLiteral("K1"), QStringLiteral("华夏科技"), QStringLiteral("回电"),
                 QStringLiteral("wangfang"), 11, 0, QString()};
    DueItem old = call;
    old.taskId = 12;
    old.date = today.addDays(-3);
    DueItem ahead = call;
    ahead.taskId = 13;
    ahead.date = today.addDays(2);
    DueLists lists;
    lists.today = {call};
    lists.overdue = {old};
    lists.thisWeek = {ahead};

    DueNotifier notifier;
    EXPECT_EQ(notifier.takeNew(lists).size(), 2);
    EXPECT_TRUE(notifier.takeNew(lists).isEmpty()); // the next check finds nothing new
    DueItem later = call;
    later.taskId = 14;
    lists.today.append(later);
    const QList<DueItem> fresh = notifier.takeNew(lists);
    ASSERT_EQ(fresh.size(), 1);
    EXPECT_EQ(fresh.first().taskId, 14);
    EXPECT_TRUE(notifier.notify(lists).isEmpty());
    notifier.forget();
    const QString text = notifier.notify(lists);
    EXPECT_TRUE(text.contains(QStringLiteral("华夏科技")) && text.contains(QStringLiteral("回电"))) << text.toStdString();
}

TEST(ReminderPanel, MainWindowOpensTheCustomerOfAReminderEvenWhenFilteredOut)
{
    UiTestArchive archive;
    archive.addMany(30);
    const Customer hx = archive.add(QStringLiteral("华夏科技"), CustomerStage::Active, QStringLiteral("wangfang"));
    ASSERT_TRUE(archive->tasks().add(task(hx.id, QStringLiteral("寄样品"), QDate::currentDate())));
    MainWindow window;
    window.reminderPanel()->setUser(QString());
    window.setArchive(archive.release());
    window.show();
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("reminderDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    ReminderPanel* panel = window.reminderPanel();
    ASSERT_TRUE(waitFor([&] { return !panel->isBusy() && panel->list(ReminderPanel::Today)->topLevelItemCount() == 1; }));

    window.findChild<QLineEdit*>(QStringLiteral("quickSearch"))->setText(QStringLiteral("客户0001"));
    window.filterBar()->flushPendingSearch();
    ASSERT_LT(window.customerModel()->rowOfId(hx.id), 0);
    QTreeWidget* today = panel->list(ReminderPanel::Today);
    emit today->itemDoubleClicked(today->topLevelItem(0), 0);
    EXPECT_EQ(window.currentCustomerId(), hx.id);
    EXPECT_EQ(window.detailPane()->customerId(), hx.id);

    // The detail pane lists the open task; Done there logs the follow-up and the reminders follow.
    CustomerTaskList* tasks = window.detailPane()->tasks();
    ASSERT_EQ(tasks->view()->topLevelItemCount(), 1);
    tasks->view()->setCurrentItem(tasks->view()->topLevelItem(0));
    ASSERT_TRUE(tasks->completeSelected());
    EXPECT_EQ(tasks->view()->topLevelItemCount(), 0);
    EXPECT_EQ(window.detailPane()->timeline()->findChild<QTreeWidget*>(QStringLiteral("followUpList"))->topLevelItemCount(), 1);
    ASSERT_TRUE(waitFor([&] { return !panel->isBusy() && today->topLevelItemCount() == 0; }));
}

TEST(TaskDialog, AddsATaskForTheCustomersOwnerByDefault)
{
    UiTestArchive archive;
    const Customer hx = archive.add(QStringLiteral("华夏科技"), CustomerStage::Active, QStringLiteral("wangfang"));
    TaskDialog dialog(*archive, hx.id);
    EXPECT_EQ(dialog.assigneeCombo()->currentText(), QStringLiteral("wangfang"));
    EXPECT_EQ(dialog.dueEdit()->date(), QDate::currentDate().addDays(1));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()); // no title yet
    dialog.titleEdit()->setText(QStringLiteral("寄送报价单"));
    dialog.dueEdit()->setDate(QDate(2026, 4, 1));
    EXPECT_TRUE(ok->isEnabled());
    ok->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto tasks = archive->tasks().forCustomer(hx.id);
    ASSERT_EQ(tasks->size(), 1);
    EXPECT_EQ(tasks->first().title, QStringLiteral("寄送报价单"));
    EXPECT_EQ(tasks->first().dueDate, QDate(2026, 4, 1));
    EXPECT_EQ(tasks->first().assignee, QStringLiteral("wangfang"));
}
