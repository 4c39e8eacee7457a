#include "CustomerListModel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "QualityDashboard.h"
#include "SavedFilterRepository.h"
#include "SmartConditionRow.h"
#include "SmartListDialog.h"
#include "SqlValue.h"
#include "StaleRecordsNotice.h"
#include "UiTestArchive.h"
#include "WaitFor.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace {
// Scores by hand from docs/quality.md with the default rules (a company needs industry, province, city,
// address, owner, contact, phone, email; 12 months):
//  好公司: all 8 fields, valid contact, follow-up now          -> 50 + 30 + 20 = 100
//  坏号码: owner, contact with an unparseable mobile only      -> 50*3/8 = 18.75 + 20 + 10 = 48.75 -> 49
//  旧客户: name only, updated two years ago, never contacted   -> 0 + 30 + 0 = 30
struct Fixture {
    UiTestArchive archive;
    Customer good, badPhone, old;

    Fixture()
    {
        Customer c;
        c.name = QStringLiteral("好公司");
        c.industry = QStringLiteral("软件");
        c.province = QStringLiteral("广东省");
        c.city = QStringLiteral("深圳市");
        c.address = QStringLiteral("科技园");
        c.owner = QStringLiteral("wang");
        Contact k;
        k.name = QStringLiteral("陈明");
        k.mobile = QStringLiteral("13800138000");
        k.email = QStringLiteral("chen@163.com");
        good = *archive->saveCustomer(c, {k});
        Interaction call;
        call.customerId = good.id;
        call.happenedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        EXPECT_TRUE(archive->interactions().insert(call).ok());

        Customer b;
        b.name = QStringLiteral("坏号码");
        b.owner = QStringLiteral("wang");
        Contact bk;
        bk.name = QStringLiteral("林涛");
        bk.mobile = QStringLiteral("12345");
        badPhone = *archive->saveCustomer(b, {bk});

        Customer o;
        o.name = QStringLiteral("旧客户");
        old = *archive->saveCustomer(o, {});
        EXPECT_TRUE(SqlValue::run(archive->database().connection(),
                                  QStringLiteral("UPDATE customers SET updated_at = ? WHERE id = ?"),
                                  {SqlValue::fromDateTime(QDateTime::currentDateTimeUtc().addYears(-2)), old.id})
                        .ok());
    }
};

QList<double> bars(QChart* chart)
{
    QList<double> values;
    const auto series = chart->series();
    if (series.size() == 1)
        if (auto* bars = qobject_cast<QBarSeries*>(series.first()); bars && bars->count() == 1)
            for (int i = 0; i < bars->barSets().first()->count(); ++i)
                values << bars->barSets().first()->at(i);
    return values;
}

int rowWithData(QTableWidget* table, const QVariant& data)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole) == data)
            return row;
    return -1;
}
} // namespace

TEST(QualityDashboard, ShowsDistributionProblemsOwnersAndTheWorkList)
{
    Fixture f;
    QualityDashboard dashboard(*f.archive);
    ASSERT_TRUE(waitFor([&] { return !dashboard.isBusy(); }));
    ASSERT_TRUE(dashboard.hasSummary()) << dashboard.errorText().toStdString();

    // One customer in each of the buckets 30-39, 40-49 and 90-100.
    EXPECT_EQ(bars(dashboard.histogramChart()), (QList<double>{0, 0, 0, 1, 1, 0, 0, 0, 0, 1}));

    const int notContacted = rowWithData(dashboard.problemTable(), QStringLiteral("not_contacted"));
    ASSERT_GE(notContacted, 0);
    EXPECT_EQ(dashboard.problemTable()->item(notContacted, 1)->data(Qt::UserRole).toDouble(), 2.0);
    const int wang = rowWithData(dashboard.ownerTable(), QStringLiteral("wang"));
    ASSERT_GE(wang, 0);
    EXPECT_DOUBLE_EQ(dashboard.ownerTable()->item(wang, 2)->data(Qt::UserRole).toDouble(), (100.0 + 49.0) / 2.0);

    // Work list: lowest first; one problem narrows it.
    QTableWidget* list = dashboard.attentionTable();
    ASSERT_EQ(list->rowCount(), 3);
    EXPECT_EQ(list->item(0, 1)->text(), QStringLiteral("旧客户"));
    EXPECT_EQ(list->item(0, 3)->data(Qt::UserRole).toDouble(), 30.0);
    dashboard.showNeedsAttention(QStringLiteral("invalid_phone"));
    EXPECT_EQ(dashboard.tabs()->currentIndex(), 1);
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->item(0, 1)->text(), QStringLiteral("坏号码"));
    EXPECT_EQ(list->item(0, 3)->data(Qt::UserRole).toDouble(), 49.0);
}

TEST(QualityDashboard, DoubleClickOpensTheCustomerInTheMainWindowEvenWhenFilteredOut)
{
    Fixture f;
    const qint64 oldId = f.old.id;
    MainWindow window;
    window.setArchive(f.archive.release());
    window.customerModel()->setFilter([] {
        CustomerFilter filter;
        filter.owner = QStringLiteral("wang"); // hides 旧客户
        return filter;
    }());
    ASSERT_LT(window.customerModel()->rowOfId(oldId), 0);

    QAction* action = window.findChild<QAction*>(QStringLiteral("qualityAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    QualityDashboard* dashboard = window.qualityDashboard();
    ASSERT_NE(dashboard, nullptr);
    EXPECT_FALSE(dashboard->isModal());
    ASSERT_TRUE(waitFor([&] { return dashboard->hasSummary(); }));
    dashboard->showNeedsAttention(QStringLiteral("stale"));
    ASSERT_EQ(dashboard->attentionTable()->rowCount(), 1);
    emit dashboard->attentionTable()->cellDoubleClicked(0, 1);
    EXPECT_EQ(window.currentCustomerId(), oldId);
}

TEST(StaleRecordsNotice, RemindsOnOpeningAtMostOncePerInterval)
{
    Fixture f;
    const QString path = f.archive.path;
    MainWindow window;
    window.show();
    window.setArchive(f.archive.release());
    StaleRecordsNotice* notice = window.staleNotice();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->staleCount(), 1);
    EXPECT_FALSE(notice->text().isEmpty());

    // Reopening the same archive the same day: no second reminder.
    ASSERT_TRUE(window.openArchive(path, Database::OpenMode::MustExist));
    EXPECT_FALSE(notice->isVisible());

    // Eight days later (the default interval is 7) it comes back; Review opens the stale work list.
    QSettings().setValue(StaleRecordsNotice::settingsKey(path), QDate::currentDate().addDays(-8));
    ASSERT_TRUE(window.openArchive(path, Database::OpenMode::MustExist));
    ASSERT_TRUE(notice->isVisible());
    QPushButton* review = notice->findChild<QPushButton*>(QStringLiteral("staleNoticeReview"));
    ASSERT_NE(review, nullptr);
    review->click();
    ASSERT_NE(window.qualityDashboard(), nullptr);
    EXPECT_EQ(window.qualityDashboard()->attentionProblem(), QStringLiteral("stale"));
    EXPECT_FALSE(notice->isVisible());
}

TEST(SmartLists, BuiltSavedAndPickedFromTheFilterBar)
{
    UiTestArchive archive;
    archive.addMany(20); // provinces rotate over 5: 4 in 广东省
    Archive& a = *archive;
    {
        SmartListDialog dialog(a, QStringLiteral("wang"), SmartFilter());
        ASSERT_EQ(dialog.rows().size(), 1);
        SmartConditionRow* row = dialog.rows().first();
        row->fieldCombo()->setCurrentIndex(row->fieldCombo()->findData(QStringLiteral("province")));
        row->operatorCombo()->setCurrentIndex(row->operatorCombo()->findData(QStringLiteral("equals")));
        row->valueEdit()->setText(QStringLiteral("广东省"));
        dialog.nameEdit()->setText(QStringLiteral("广东客户"));
        dialog.sharedCheck()->setChecked(true);
        ASSERT_TRUE(dialog.saveList()) << dialog.errorLabel()->text().toStdString();
        ASSERT_EQ(dialog.savedLists().size(), 1);
    }
    // Another user sees the shared list.
    const auto forLi = SavedFilterRepository(a.database().connection()).visibleTo(QStringLiteral("li"));
    ASSERT_TRUE(forLi.ok());
    ASSERT_EQ(forLi->size(), 1);
    EXPECT_TRUE(forLi->first().shared);

    MainWindow window;
    window.setArchive(archive.release());
    ASSERT_EQ(window.customerModel()->rowCount(), 20);
    QComboBox* combo = window.filterBar()->findChild<QComboBox*>(QStringLiteral("smartListFilter"));
    ASSERT_NE(combo, nullptr);
    const int index = combo->findText(QStringLiteral("广东客户"));
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
    EXPECT_EQ(window.customerModel()->rowCount(), 4);

    // An unsaved definition applied from the builder: OR of two provinces.
    SmartFilter either;
    either.match = SmartFilter::Match::Any;
    either.conditions = {{QStringLiteral("province"), QStringLiteral("equals"), QStringLiteral("广东省")},
                         {QStringLiteral("province"), QStringLiteral("equals"), QStringLiteral("北京市")}};
    window.filterBar()->setSmartFilter(either);
    EXPECT_EQ(window.customerModel()->rowCount(), 8);
    // Clear Filters drops the smart list too.
    window.findChild<QAction*>(QStringLiteral("clearFiltersAction"))->trigger();
    EXPECT_EQ(window.customerModel()->rowCount(), 20);
}

TEST(SmartLists, InvalidConditionKeepsTheDialogOpenWithTheReason)
{
    UiTestArchive archive;
    SmartListDialog dialog(*archive, QStringLiteral("wang"), SmartFilter());
    SmartConditionRow* row = dialog.rows().first();
    row->fieldCombo()->setCurrentIndex(row->fieldCombo()->findData(QStringLiteral("birthday")));
    row->operatorCombo()->setCurrentIndex(row->operatorCombo()->findData(QStringLiteral("before")));
    row->valueEdit()->setText(QStringLiteral("去年"));
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("去年"))) << dialog.errorLabel()->text().toStdString();

    // Choices (stage) offer their values instead of free text.
    row->fieldCombo()->setCurrentIndex(row->fieldCombo()->findData(QStringLiteral("stage")));
    EXPECT_TRUE(row->choiceCombo()->isVisible());
    EXPECT_FALSE(row->valueEdit()->isVisible());
    row->choiceCombo()->setCurrentIndex(row->choiceCombo()->findData(QStringLiteral("lost")));
    EXPECT_EQ(dialog.filter().conditions.first().value, QStringLiteral("lost"));
}
