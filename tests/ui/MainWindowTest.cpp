#include "CustomerDetailPane.h"
#include "CustomerEditor.h"
#include "CustomerListModel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "RecentArchives.h"
#include "UiTestArchive.h"

#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include "WaitFor.h"

#include <gtest/gtest.h>

namespace {
QAction* action(MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
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
