#include "CustomerDetailPane.h"
#include "CustomerEditor.h"
#include "CustomerListModel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "RecentArchives.h"
#include "UiTestArchive.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include "WaitFor.h"

#include <gtest/gtest.h>

namespace {
QAction* action(MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// A menu, toolbar or context menu as a list: an action's object name (its text when it has none), "-" for a
// separator, "menu:<name>" for a submenu.
QStringList entries(const QList<QAction*>& actions)
{
    QStringList names;
    for (const QAction* action : actions) {
        if (action->isSeparator())
            names.append(QStringLiteral("-"));
        else if (action->menu())
            names.append(QStringLiteral("menu:") + action->menu()->objectName());
        else
            names.append(action->objectName().isEmpty() ? action->text() : action->objectName());
    }
    return names;
}

// Clicks `button` in the message box that the next modal call opens.
void answerNextBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

} // namespace

TEST(MainWindow, OpensTheArchiveWithTheFirstCustomerSelected)
{
    UiTestArchive archive;
    archive.addMany(250);
    const QString path = archive.path;
    MainWindow window;
    window.setArchive(archive.release());
    window.show();

    EXPECT_EQ(window.customerModel()->rowCount(), 250);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("ui-test.sqlite")));
    EXPECT_TRUE(window.countText().contains(QStringLiteral("250")));
    EXPECT_EQ(window.currentCustomerId(), window.customerModel()->idAt(0));
    EXPECT_EQ(window.detailPane()->customerId(), window.customerModel()->idAt(0));
    EXPECT_EQ(window.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("客户0000"));
    EXPECT_EQ(RecentArchives::list().value(0), QFileInfo(path).canonicalFilePath());

    // Picking another row shows that customer.
    window.selectCustomer(window.customerModel()->idAt(5));
    EXPECT_EQ(window.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("客户0005"));
}

TEST(MainWindow, ActionsHaveTheirShortcuts)
{
    UiTestArchive archive;
    MainWindow window;
    window.setArchive(archive.release());
    EXPECT_EQ(action(window, "newCustomerAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    EXPECT_TRUE(action(window, "newCustomerAction")->isEnabled());
    EXPECT_EQ(action(window, "saveCustomerAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    EXPECT_EQ(action(window, "findAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    EXPECT_NE(action(window, "openArchiveAction"), nullptr);
    EXPECT_NE(action(window, "settingsAction"), nullptr);
}

// Where each command is: users find them by place, and a refactoring of the window must not move them.
TEST(MainWindow, MenusToolbarAndListContextMenuHoldTheirCommandsInOrder)
{
    MainWindow window;
    const QList<QAction*> menus = window.menuBar()->actions();
    QStringList titles;
    for (const QAction* menu : menus)
        titles.append(menu->text());
    EXPECT_EQ(titles, QStringList({"&File", "&Edit", "&Customer", "&Tools", "&Help"}));
    ASSERT_EQ(menus.size(), 5);
    const auto menuEntries = [&](int index) { return entries(menus[index]->menu()->actions()); };
    EXPECT_EQ(menuEntries(0), QStringList({"newArchiveAction", "openArchiveAction", "menu:recentMenu", "-", "importAction",
                                           "exportAction", "undoImportAction", "-", "backupAction", "restoreAction",
                                           "checkArchiveAction", "-", "quitAction"}));
    EXPECT_EQ(menuEntries(1), QStringList({"findAction", "smartListsAction", "clearFiltersAction", "undoMergeAction"}));
    EXPECT_EQ(menuEntries(2), QStringList({"newCustomerAction", "editCustomerAction", "saveCustomerAction", "-",
                                           "addFollowUpAction", "-", "historyAction", "deleteCustomerAction",
                                           "claimAction"}));
    EXPECT_EQ(menuEntries(3), QStringList({"segmentsAction", "Reminders", "lifecycleAction", "qualityAction",
                                           "segmentReportAction", "recycleBinAction", "auditLogAction",
                                           "findDuplicatesAction", "handoverAction", "usersAction", "settingsAction"}));
    EXPECT_EQ(menuEntries(4), QStringList({"aboutAction", "About &Qt"}));

    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_NE(toolBar, nullptr);
    EXPECT_EQ(entries(toolBar->actions()), QStringList({"newCustomerAction", "editCustomerAction", "saveCustomerAction",
                                                        "addFollowUpAction", "-", "openArchiveAction"}));
    EXPECT_EQ(entries(window.customerView()->actions()),
              QStringList({"editCustomerAction", "addFollowUpAction", "deleteCustomerAction"}));
}

// Shortcuts users learned, and which commands follow the selection or the open archive.
TEST(MainWindow, ShortcutsAndEnabledStatesFollowTheArchiveAndSelection)
{
    MainWindow window;
    const auto shortcut = [&](const char* name) { return action(window, name)->shortcut(); };
    EXPECT_EQ(shortcut("openArchiveAction"), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(shortcut("quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    EXPECT_EQ(shortcut("importAction"), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_EQ(shortcut("editCustomerAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_EQ(shortcut("addFollowUpAction"), QKeySequence(Qt::CTRL | Qt::Key_L));
    EXPECT_EQ(shortcut("smartListsAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    EXPECT_EQ(shortcut("deleteCustomerAction"), QKeySequence(QKeySequence::Delete));
    EXPECT_EQ(action(window, "deleteCustomerAction")->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("reminderDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));

    // No archive: nothing that needs one is enabled.
    for (const char* name : {"newCustomerAction", "editCustomerAction", "historyAction", "deleteCustomerAction",
                             "importAction", "segmentsAction", "segmentReportAction", "recycleBinAction",
                             "auditLogAction", "findDuplicatesAction", "undoMergeAction", "usersAction", "backupAction"})
        EXPECT_FALSE(action(window, name)->isEnabled()) << name;
    EXPECT_TRUE(action(window, "openArchiveAction")->isEnabled());

    UiTestArchive archive;
    archive.addMany(3);
    window.setArchive(archive.release());
    for (const char* name : {"newCustomerAction", "editCustomerAction", "historyAction", "deleteCustomerAction",
                             "importAction", "segmentsAction", "segmentReportAction", "recycleBinAction",
                             "auditLogAction", "findDuplicatesAction", "undoMergeAction", "usersAction", "backupAction"})
        EXPECT_TRUE(action(window, name)->isEnabled()) << name;
    EXPECT_FALSE(action(window, "saveCustomerAction")->isEnabled()) << "nothing edited yet";
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("x"));
    EXPECT_TRUE(action(window, "saveCustomerAction")->isEnabled());
}

TEST(MainWindow, OpenRecentOpensTheChosenArchiveAndForgetsOneThatIsGone)
{
    UiTestArchive first;
    first.add(QStringLiteral("华夏科技"));
    UiTestArchive second; // (also starts with empty settings)
    second.add(QStringLiteral("东方贸易"));
    second.add(QStringLiteral("南方建材"));
    const QString secondPath = QFileInfo(second.path).canonicalFilePath();
    second.release(); // closed: only the menu opens it again
    QTemporaryDir elsewhere;
    const QString gonePath = elsewhere.filePath(QStringLiteral("gone.sqlite"));
    RecentArchives::add(gonePath);
    RecentArchives::add(secondPath);
    MainWindow window;
    window.setArchive(first.release());
    ASSERT_EQ(window.customerModel()->rowCount(), 1);

    auto* recent = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    ASSERT_NE(recent, nullptr);
    emit recent->aboutToShow();
    const auto entry = [&](const QString& path) -> QAction* {
        for (QAction* action : recent->actions())
            if (action->toolTip() == QDir::toNativeSeparators(path))
                return action;
        return nullptr;
    };
    QStringList texts;
    for (const QAction* action : recent->actions())
        texts.append(action->isSeparator() ? QStringLiteral("-") : action->text());
    EXPECT_EQ(texts, QStringList({"&1  ui-test.sqlite", "&2  ui-test.sqlite", "&3  gone.sqlite", "-", "Clear List"}))
        << "most recent first, numbered, the full path in the tooltip";

    ASSERT_NE(entry(secondPath), nullptr);
    entry(secondPath)->trigger();
    EXPECT_EQ(QFileInfo(window.archive()->path()).canonicalFilePath(), secondPath);
    EXPECT_EQ(window.customerModel()->rowCount(), 2);

    emit recent->aboutToShow();
    ASSERT_NE(entry(gonePath), nullptr);
    answerNextBox(QMessageBox::Ok); // "cannot open": the archive shown stays
    entry(gonePath)->trigger();
    EXPECT_EQ(QFileInfo(window.archive()->path()).canonicalFilePath(), secondPath);
    EXPECT_FALSE(RecentArchives::list().contains(gonePath)) << "a file that is gone leaves the list";
    EXPECT_EQ(RecentArchives::list().size(), 2);

    emit recent->aboutToShow();
    recent->actions().constLast()->trigger(); // Clear List
    EXPECT_TRUE(RecentArchives::list().isEmpty());
}

TEST(MainWindow, SearchBoxFiltersTheListAfterTheDebounce)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("阿里巴巴"), CustomerStage::Active, QStringLiteral("wangfang"));
    archive.add(QStringLiteral("百度"), CustomerStage::Lead, QStringLiteral("lina"), QStringLiteral("13900139000"));
    archive.add(QStringLiteral("北京银行"), CustomerStage::Active);
    MainWindow window;
    window.setArchive(archive.release());
    window.show();
    ASSERT_EQ(window.customerModel()->rowCount(), 3);

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("quickSearch"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("1390013"));
    EXPECT_EQ(window.customerModel()->rowCount(), 3) << "debounced: not on every keystroke";
    EXPECT_TRUE(waitFor([&] { return window.customerModel()->rowCount() == 1; }, 2000));
    EXPECT_EQ(window.customerModel()->data(window.customerModel()->index(0, CustomerListModel::Name)).toString(),
              QStringLiteral("百度"));
    EXPECT_TRUE(window.countText().contains(QStringLiteral("1")));
    EXPECT_TRUE(window.countText().contains(QStringLiteral("3")));
    EXPECT_EQ(window.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("百度"))
        << "the detail pane follows the filtered list";

    search->clear();
    window.filterBar()->flushPendingSearch();
    EXPECT_EQ(window.customerModel()->rowCount(), 3);

    auto* stage = window.findChild<QComboBox*>(QStringLiteral("stageFilter"));
    stage->setCurrentIndex(stage->findData(CustomerStages::toKey(CustomerStage::Active)));
    EXPECT_EQ(window.customerModel()->rowCount(), 2);
    EXPECT_EQ(window.countText(), QStringLiteral("Showing 2 of 3 customers"));

    auto* owner = window.findChild<QComboBox*>(QStringLiteral("ownerFilter"));
    ASSERT_GE(owner->findData(QStringLiteral("wangfang")), 0) << "owners come from the archive";
    owner->setCurrentIndex(owner->findData(QStringLiteral("wangfang")));
    EXPECT_EQ(window.customerModel()->rowCount(), 1);
}

TEST(MainWindow, FindActionFocusesTheSearchBox)
{
    UiTestArchive archive;
    MainWindow window;
    window.setArchive(archive.release());
    window.show();
    action(window, "findAction")->trigger();
    // The window's focus widget: offscreen windows are never active, so the application's focus stays empty.
    EXPECT_EQ(window.focusWidget(), window.findChild<QLineEdit*>(QStringLiteral("quickSearch")));
}

TEST(MainWindow, SavingInTheDetailPaneUpdatesTheList)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("百度"));
    archive.add(QStringLiteral("阿里"));
    MainWindow window;
    window.setArchive(archive.release());
    window.show();
    ASSERT_EQ(window.customerModel()->data(window.customerModel()->index(0, CustomerListModel::Name)).toString(),
              QStringLiteral("阿里"));

    auto* name = window.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    name->selectAll();
    name->insert(QStringLiteral("字节跳动"));
    EXPECT_TRUE(action(window, "saveCustomerAction")->isEnabled());
    action(window, "saveCustomerAction")->trigger();
    EXPECT_TRUE(waitFor([&] {
        return window.customerModel()->data(window.customerModel()->index(1, CustomerListModel::Name)).toString() ==
               QStringLiteral("字节跳动");
    }, 2000));
    EXPECT_EQ(window.detailPane()->customerId(), window.currentCustomerId()) << "still on the saved customer";
    EXPECT_FALSE(window.detailPane()->editor()->isModified());
    EXPECT_EQ(window.archive()->customers().findById(window.currentCustomerId())->name, QStringLiteral("字节跳动"));
}

TEST(MainWindow, OpeningAnotherArchiveSwitchesAndAFailureKeepsTheCurrentOne)
{
    UiTestArchive first;
    first.add(QStringLiteral("百度"));
    UiTestArchive second;
    second.addMany(3);
    const QString secondPath = second.path;
    second.archive.reset(); // closed, as another program would have left it

    MainWindow window;
    window.setArchive(first.release());
    QString error;
    ASSERT_TRUE(window.openArchive(secondPath, Database::OpenMode::MustExist, &error)) << error.toStdString();
    EXPECT_EQ(window.customerModel()->rowCount(), 3);

    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("notes.sqlite")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("this is not an archive");
    junk.close();
    EXPECT_FALSE(window.openArchive(junk.fileName(), Database::OpenMode::MustExist, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(window.customerModel()->rowCount(), 3);
    EXPECT_TRUE(window.windowTitle().contains(QFileInfo(secondPath).fileName()));
}

TEST(MainWindow, RestoresTheLayoutItSaved)
{
    UiTestArchive archive;
    {
        MainWindow window;
        window.setArchive(archive.release());
        window.resize(1000, 700);
        window.show();
        window.customerView()->horizontalHeader()->resizeSection(CustomerListModel::Code, 123);
        window.close();
    }
    MainWindow again;
    EXPECT_LE(again.minimumSizeHint().width(), 1000) << "fits a 1366 pixel laptop screen with room to spare";
    EXPECT_EQ(again.size(), QSize(1000, 700));
    EXPECT_EQ(again.customerView()->horizontalHeader()->sectionSize(CustomerListModel::Code), 123);
}
