#include "AuditLogDialog.h"
#include "CustomerHistory.h"
#include "CustomerHistoryDialog.h"
#include "CustomerListModel.h"
#include "MainWindow.h"
#include "RecycleBin.h"
#include "RecycleBinDialog.h"
#include "UiTestArchive.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <gtest/gtest.h>

namespace {
// Answers the next modal message box with `button`.
void answerNextBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

int rowOfField(Archive& archive, qint64 customerId, const QString& field)
{
    const auto rows = CustomerHistory(archive).forCustomer(customerId);
    for (int i = 0; i < rows->size(); ++i)
        if (rows->at(i).field == field)
            return i;
    return -1;
}
} // namespace

TEST(AuditUi, HistoryDialogRestoresTheSelectedOldValue)
{
    UiTestArchive archive;
    Customer c = archive.add(QStringLiteral("华夏科技"));
    c.city = QStringLiteral("上海");
    c = *archive->customers().update(c);

    CustomerHistoryDialog dialog(*archive, c.id);
    const int row = rowOfField(*archive, c.id, QStringLiteral("city"));
    ASSERT_GE(row, 0);
    auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restoreValueButton"));
    ASSERT_NE(restore, nullptr);
    EXPECT_FALSE(restore->isEnabled()); // nothing selected yet
    dialog.selectRow(row);
    EXPECT_TRUE(restore->isEnabled());
    qint64 changed = 0;
    QObject::connect(&dialog, &CustomerHistoryDialog::customerChanged, [&](qint64 id) { changed = id; });
    restore->click();
    EXPECT_EQ(changed, c.id);
    EXPECT_EQ(archive->customers().findById(c.id)->city, QString());
    EXPECT_EQ(dialog.rowCount(), int(CustomerHistory(*archive).forCustomer(c.id)->size()));
}

TEST(AuditUi, HistoryRestoreAfterSomeoneElsesEditWarnsAndChangesNothing)
{
    UiTestArchive archive;
    Customer c = archive.add(QStringLiteral("华夏科技"));
    c.city = QStringLiteral("上海");
    c = *archive->customers().update(c);
    CustomerHistoryDialog dialog(*archive, c.id);
    dialog.selectRow(rowOfField(*archive, c.id, QStringLiteral("city")));
    c.notes = QStringLiteral("别人刚改过");
    ASSERT_TRUE(archive->customers().update(c)); // after the dialog read the version
    answerNextBox(QMessageBox::Ok);
    EXPECT_FALSE(dialog.restoreSelected());
    EXPECT_EQ(archive->customers().findById(c.id)->city, QStringLiteral("上海"));
}

TEST(AuditUi, RecycleBinDialogRestoresAndPurges)
{
    UiTestArchive archive;
    const Customer a = archive.add(QStringLiteral("华夏科技"));
    const Customer b = archive.add(QStringLiteral("东方贸易"));
    RecycleBin bin(archive->database().connection());
    ASSERT_TRUE(bin.moveToBin(a.id));
    ASSERT_TRUE(bin.moveToBin(b.id));

    RecycleBinDialog dialog(*archive);
    ASSERT_EQ(dialog.rowCount(), 2);
    dialog.selectRow(1); // oldest: 华夏科技
    EXPECT_TRUE(dialog.restoreSelected());
    EXPECT_EQ(archive->customers().findById(a.id)->name, QStringLiteral("华夏科技"));
    ASSERT_EQ(dialog.rowCount(), 1);
    dialog.selectRow(0);
    EXPECT_TRUE(dialog.purgeSelected(false));
    EXPECT_EQ(dialog.rowCount(), 0);
    EXPECT_TRUE(bin.list()->isEmpty());
}

TEST(AuditUi, PurgeIsHiddenFromNonAdminsAndExportFromNonAdmins)
{
    UiTestArchive archive;
    archive->database().setActingUser({2, QStringLiteral("lisi"), QStringLiteral("sales")});
    RecycleBinDialog bin(*archive);
    EXPECT_FALSE(bin.findChild<QPushButton*>(QStringLiteral("purgeButton"))->isVisibleTo(&bin));
    AuditLogDialog log(*archive);
    EXPECT_FALSE(log.findChild<QPushButton*>(QStringLiteral("auditExportButton"))->isVisibleTo(&log));
    archive->database().setActingUser({1, QStringLiteral("boss"), QStringLiteral("admin")});
    AuditLogDialog adminLog(*archive);
    EXPECT_TRUE(adminLog.findChild<QPushButton*>(QStringLiteral("auditExportButton"))->isVisibleTo(&adminLog));
}

TEST(AuditUi, AuditLogDialogFiltersByActionAndText)
{
    UiTestArchive archive;
    Customer c = archive.add(QStringLiteral("华夏科技"));
    archive.add(QStringLiteral("东方贸易"));
    c.city = QStringLiteral("杭州");
    ASSERT_TRUE(archive->customers().update(c));
    AuditLogDialog dialog(*archive);
    const int all = dialog.rowCount();
    EXPECT_GE(all, 3);
    auto* action = dialog.findChild<QComboBox*>(QStringLiteral("auditActionFilter"));
    action->setCurrentIndex(action->findData(QStringLiteral("update")));
    const int updates = dialog.rowCount();
    EXPECT_GE(updates, 1);
    EXPECT_LT(updates, all);
    dialog.findChild<QLineEdit*>(QStringLiteral("auditText"))->setText(QStringLiteral("杭州"));
    EXPECT_EQ(dialog.rowCount(), 1);
}

TEST(AuditUi, DeleteInTheMainWindowMovesTheCustomerToTheRecycleBinAfterConfirmation)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("华夏科技"));
    archive.add(QStringLiteral("东方贸易"));
    MainWindow window;
    window.setArchive(archive.release());
    window.show();
    const qint64 first = window.currentCustomerId();
    ASSERT_GT(first, 0);
    auto* remove = window.findChild<QAction*>(QStringLiteral("deleteCustomerAction"));
    ASSERT_NE(remove, nullptr);
    ASSERT_TRUE(remove->isEnabled());

    answerNextBox(QMessageBox::Cancel);
    remove->trigger();
    EXPECT_EQ(window.customerModel()->rowCount(), 2);

    answerNextBox(QMessageBox::Yes);
    remove->trigger();
    EXPECT_EQ(window.customerModel()->rowCount(), 1);
    EXPECT_FALSE(window.archive()->customers().findById(first));
    EXPECT_EQ(RecycleBin(window.archive()->database().connection()).list()->size(), 1);
}
