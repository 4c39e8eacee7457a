#include "CustomerListModel.h"
#include "DedupeRejectionRepository.h"
#include "DuplicateGroupModel.h"
#include "DuplicatesWindow.h"
#include "MainWindow.h"
#include "MergeComparisonModel.h"
#include "MergeHistoryDialog.h"
#include "MergeRepository.h"
#include "UiTestArchive.h"
#include "WaitFor.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace {
// Three records of one person and a pair that is only "worth a look", as a scan would report them.
struct Fixture {
    UiTestArchive archive;
    Customer zhang, zhangTraditional, zhangPinyin, li, liOther;

    Fixture()
    {
        Customer a;
        a.name = QStringLiteral("张伟");
        a.city = QStringLiteral("北京");
        a.kind = CustomerKind::Individual;
        Contact k;
        k.name = QStringLiteral("张伟");
        k.mobile = QStringLiteral("13800138000");
        k.isPrimary = true;
        zhang = *archive->saveCustomer(a, {k});
        Customer b = a;
        b.name = QStringLiteral("張偉");
        b.city = QStringLiteral("北京市");
        b.address = QStringLiteral("海淀区中关村大街1号");
        zhangTraditional = *archive->saveCustomer(b, {k});
        Customer c = a;
        c.name = QStringLiteral("Zhang Wei");
        c.city.clear();
        zhangPinyin = *archive->saveCustomer(c, {});
        li = archive.add(QStringLiteral("李娜"));
        liOther = archive.add(QStringLiteral("李娜娜"));
    }

    QHash<qint64, QPair<QString, QString>> labels() const
    {
        QHash<qint64, QPair<QString, QString>> l;
        for (const Customer* c : {&zhang, &zhangTraditional, &zhangPinyin, &li, &liOther})
            l.insert(c->id, {c->code, c->name});
        return l;
    }

    DuplicateScan scan() const
    {
        DuplicateScan s;
        s.records = 5;
        DuplicateGroup group;
        group.customerIds = {zhang.id, zhangTraditional.id, zhangPinyin.id};
        group.score = 0.97;
        s.groups = {group};
        s.pairs = {{zhang.id, zhangTraditional.id, 0.99}, {zhang.id, zhangPinyin.id, 0.97}, {li.id, liOther.id, 0.3}};
        return s;
    }
};

int rowOf(const MergeComparisonModel& model, const QString& key)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.fieldKey(row) == key)
            return row;
    return -1;
}

int columnOf(const MergeComparisonModel& model, qint64 id)
{
    for (int column = 0; column < model.candidates().size(); ++column)
        if (model.candidates()[column].customer.id == id)
            return column;
    return -1;
}
} // namespace

TEST(DuplicatesWindow, GroupsAreSortedByScoreAndTheComparisonHighlightsDifferences)
{
    Fixture f;
    DuplicatesWindow window(*f.archive);
    window.showScan(f.scan(), f.labels());
    DuplicateGroupModel& groups = *window.groupModel();
    ASSERT_EQ(groups.rowCount(), 2); // the group of three, then the pair worth a look
    EXPECT_GT(groups.group(0).score, groups.group(1).score);
    EXPECT_TRUE(groups.isLikely(0));
    EXPECT_FALSE(groups.isLikely(1));
    EXPECT_EQ(groups.likelyCount(), 1);
    EXPECT_TRUE(groups.data(groups.index(0, DuplicateGroupModel::NamesColumn)).toString().contains(QStringLiteral("張偉")));

    const MergeComparisonModel& comparison = *window.comparisonModel();
    ASSERT_EQ(comparison.candidates().size(), 3);
    EXPECT_EQ(comparison.columnCount(), 4); // three records and the result
    // The record entered first is kept by default.
    EXPECT_EQ(comparison.survivorId(), f.zhang.id);
    const int city = rowOf(comparison, QStringLiteral("city"));
    const int kind = rowOf(comparison, QStringLiteral("kind"));
    ASSERT_GE(city, 0);
    ASSERT_GE(kind, 0);
    EXPECT_TRUE(comparison.rowDiffers(city));
    EXPECT_FALSE(comparison.rowDiffers(kind));
    EXPECT_TRUE(comparison.data(comparison.index(city, 0), Qt::BackgroundRole).isValid());
    EXPECT_FALSE(comparison.data(comparison.index(kind, 0), Qt::BackgroundRole).isValid());
    // Default: the most recently updated non-empty value (张伟's copy entered second holds 北京市).
    EXPECT_EQ(comparison.data(comparison.index(city, comparison.resultColumn())).toString(), QStringLiteral("北京市"));
    EXPECT_EQ(comparison.data(comparison.index(city, columnOf(comparison, f.zhangTraditional.id)), Qt::CheckStateRole),
              Qt::Checked);
}

TEST(DuplicatesWindow, MergeUsesTheChosenSurvivorAndValues)
{
    Fixture f;
    DuplicatesWindow window(*f.archive);
    QSignalSpy changed(&window, &DuplicatesWindow::archiveChanged);
    window.showScan(f.scan(), f.labels());
    MergeComparisonModel& comparison = *window.comparisonModel();
    // Keep the traditional-character record; take the city of the first one.
    window.survivorCombo()->setCurrentIndex(columnOf(comparison, f.zhangTraditional.id));
    EXPECT_EQ(comparison.survivorId(), f.zhangTraditional.id);
    const int city = rowOf(comparison, QStringLiteral("city"));
    ASSERT_TRUE(comparison.setData(comparison.index(city, columnOf(comparison, f.zhang.id)), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(comparison.data(comparison.index(city, comparison.resultColumn())).toString(), QStringLiteral("北京"));

    ASSERT_TRUE(window.mergeSelectedGroup()) << window.statusText().toStdString();
    EXPECT_EQ(changed.count(), 1);
    const auto kept = f.archive->customers().findById(f.zhangTraditional.id);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->city, QStringLiteral("北京"));
    EXPECT_EQ(kept->address, QStringLiteral("海淀区中关村大街1号"));
    EXPECT_EQ(f.archive->customers().findById(f.zhang.id).errorKind(), ErrorKind::NotFound);
    EXPECT_EQ(f.archive->customers().findById(f.zhangPinyin.id).errorKind(), ErrorKind::NotFound);
    EXPECT_EQ(f.archive->contacts().forCustomer(f.zhangTraditional.id)->size(), 2);
    // The merged group left the list; the pair worth a look is shown next.
    ASSERT_EQ(window.groupModel()->rowCount(), 1);
    EXPECT_EQ(window.comparisonModel()->survivorId(), f.li.id);
    EXPECT_TRUE(window.statusText().contains(f.zhangTraditional.code)) << window.statusText().toStdString();
}

TEST(DuplicatesWindow, NotTheSameCustomerIsRemembered)
{
    Fixture f;
    DuplicatesWindow window(*f.archive);
    window.showScan(f.scan(), f.labels());
    window.selectGroup(1);
    ASSERT_TRUE(window.rejectSelectedGroup());
    EXPECT_TRUE(*DedupeRejectionRepository(f.archive->database().connection()).contains(f.li.id, f.liOther.id));
    EXPECT_EQ(window.groupModel()->rowCount(), 1);
    EXPECT_EQ(f.archive->customers().count(), 5); // nothing merged
}

TEST(DuplicatesWindow, BatchMergesEveryLikelyGroupOnAWorkerAsTheSignedInUser)
{
    Fixture f;
    f.archive->database().setActingUser({5, QStringLiteral("zhaoli"), QStringLiteral("manager")});
    // A second likely group.
    const Customer wang = f.archive.add(QStringLiteral("王芳"), CustomerStage::Lead, QString(), QStringLiteral("13900139000"));
    const Customer wang2 = f.archive.add(QStringLiteral("王芳"), CustomerStage::Lead, QString(), QStringLiteral("13900139000"));
    DuplicateScan scan = f.scan();
    DuplicateGroup second;
    second.customerIds = {wang.id, wang2.id};
    second.score = 0.9;
    scan.groups.append(second);
    auto labels = f.labels();
    labels.insert(wang.id, {wang.code, wang.name});
    labels.insert(wang2.id, {wang2.code, wang2.name});

    DuplicatesWindow window(*f.archive);
    QSignalSpy changed(&window, &DuplicatesWindow::archiveChanged);
    window.showScan(scan, labels);
    ASSERT_EQ(window.groupModel()->likelyCount(), 2);
    window.mergeAllLikely(false);
    ASSERT_TRUE(waitFor([&] { return !window.isBusy(); }));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(f.archive->customers().count(), 7 - 3);
    const auto merges = MergeRepository(f.archive->database().connection()).list();
    ASSERT_EQ(merges->size(), 2);
    for (const MergeInfo& m : *merges)
        EXPECT_EQ(m.userLogin, QStringLiteral("zhaoli"));
    EXPECT_EQ(window.groupModel()->rowCount(), 1); // the pair worth a look stays for review
    EXPECT_FALSE(window.groupModel()->isLikely(0));
}

TEST(MergeHistoryDialog, ListsMergesAndUndoesThemOrSaysWhyNot)
{
    Fixture f;
    DuplicatesWindow window(*f.archive);
    window.showScan(f.scan(), f.labels());
    ASSERT_TRUE(window.mergeSelectedGroup());

    MergeHistoryDialog dialog(*f.archive);
    QSignalSpy changed(&dialog, &MergeHistoryDialog::archiveChanged);
    ASSERT_EQ(dialog.merges().size(), 1);
    const MergeInfo merge = dialog.merges().first();
    EXPECT_EQ(merge.survivorCode, f.zhang.code);
    // The kept customer under its name now (the merge gave it the most recent record's name).
    EXPECT_EQ(dialog.table()->item(0, MergeHistoryDialog::KeptColumn)->text(),
              QStringLiteral("%1 %2").arg(f.zhang.code, f.archive->customers().findById(f.zhang.id)->name));
    EXPECT_TRUE(dialog.table()->item(0, MergeHistoryDialog::MergedColumn)->text().contains(f.zhangPinyin.code));

    // Edited after the merge: refused with the reason, nothing changes.
    Customer edited = *f.archive->customers().findById(f.zhang.id);
    edited.level = QStringLiteral("A");
    const auto saved = f.archive->customers().update(edited);
    ASSERT_TRUE(saved);
    EXPECT_FALSE(dialog.undoMerge(merge.id));
    EXPECT_TRUE(dialog.messageText().contains(f.zhang.code)) << dialog.messageText().toStdString();
    EXPECT_EQ(changed.count(), 0);

    // A merge nobody touched since undoes: the records are back.
    Fixture g;
    DuplicatesWindow other(*g.archive);
    other.showScan(g.scan(), g.labels());
    ASSERT_TRUE(other.mergeSelectedGroup());
    MergeHistoryDialog fresh(*g.archive);
    QSignalSpy freshChanged(&fresh, &MergeHistoryDialog::archiveChanged);
    ASSERT_TRUE(fresh.undoMerge(fresh.merges().first().id)) << fresh.messageText().toStdString();
    EXPECT_EQ(freshChanged.count(), 1);
    EXPECT_TRUE(fresh.merges().first().undoneAt.isValid());
    EXPECT_EQ(g.archive->customers().count(), 5);
    EXPECT_EQ(g.archive->customers().findById(g.zhangPinyin.id)->name, QStringLiteral("Zhang Wei"));
}

TEST(DuplicatesWindow, MainWindowOffersTheDuplicatesWindowAndUndoMerge)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("张伟"));
    MainWindow window;
    window.setArchive(archive.release());
    auto* find = window.findChild<QAction*>(QStringLiteral("findDuplicatesAction"));
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoMergeAction"));
    ASSERT_NE(find, nullptr);
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(find->isEnabled());
    EXPECT_TRUE(undo->isEnabled());
    find->trigger();
    auto* duplicates = window.findChild<DuplicatesWindow*>();
    ASSERT_NE(duplicates, nullptr);
    EXPECT_TRUE(duplicates->isVisible());
    // Scanning runs on a worker and ends (with the finder's result, whatever it is) without blocking.
    duplicates->startScan();
    EXPECT_TRUE(duplicates->isBusy() || !duplicates->statusText().isEmpty());
    ASSERT_TRUE(waitFor([&] { return !duplicates->isBusy(); }, 60000));
    EXPECT_FALSE(duplicates->statusText().contains(QStringLiteral("failed"))) << duplicates->statusText().toStdString();
}
