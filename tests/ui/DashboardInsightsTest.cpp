#include "ChurnDetector.h"
#include "CustomerDetailPane.h"
#include "CustomerListModel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "RfmCalculator.h"
#include "RfmSegmenter.h"
#include "SegmentDashboard.h"
#include "SegmentSnapshotRepository.h"
#include "UiTestArchive.h"
#include "WaitFor.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateEdit>
#include <QLocale>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <climits>
#include <gtest/gtest.h>

namespace {
const QDate today = QDate::currentDate();

Customer addCustomer(UiTestArchive& archive, const QString& name, const QString& province, const QString& industry)
{
    Customer c;
    c.name = name;
    c.province = province;
    c.industry = industry;
    c.stage = CustomerStage::Customer;
    auto saved = archive->saveCustomer(c, {});
    EXPECT_TRUE(saved) << saved.error().toStdString();
    return saved ? *saved : Customer{};
}

void addOrder(UiTestArchive& archive, qint64 customerId, int daysAgo, qint64 cents)
{
    static int number = 0;
    Order order;
    order.customerId = customerId;
    order.orderNo = QStringLiteral("DI-%1").arg(++number);
    order.date = today.addDays(-daysAgo);
    order.amountCents = cents;
    ASSERT_TRUE(archive->orders().insert(order));
}

void addFollowUp(UiTestArchive& archive, qint64 customerId, const QString& author, int daysAgo)
{
    Interaction i;
    i.customerId = customerId;
    i.type = InteractionType::Visit;
    i.happenedAt = QDateTime(today.addDays(-daysAgo), QTime(11, 0)).toUTC();
    i.author = author;
    ASSERT_TRUE(archive->interactions().insert(i));
}

// 20 customers in three provinces and two industries, with varied orders; a few long overdue.
QList<Customer> fill(UiTestArchive& archive)
{
    static const char* provinces[] = {"广东省", "浙江省", "广东省", "四川省"};
    static const char* industries[] = {"制造业", "零售业"};
    QList<Customer> customers;
    for (int i = 0; i < 20; ++i) {
        customers << addCustomer(archive, QStringLiteral("客户%1").arg(i, 2, 10, QLatin1Char('0')),
                                 QString::fromUtf8(provinces[i % 4]), QString::fromUtf8(industries[i % 2]));
        // Every 10 days an order, stopping i * 25 days ago: the later ones are long overdue.
        for (int k = 0; k < 1 + i % 5; ++k)
            addOrder(archive, customers.last().id, i * 25 + k * 10, 1000 * (i + 1));
    }
    return customers;
}

// Bar values top down (the dashboard appends horizontal bars bottom up).
QList<double> horizontalBars(QChart* chart, QStringList* categories = nullptr)
{
    QList<double> values;
    if (chart->series().size() != 1)
        return values;
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    if (!series || series->barSets().size() != 1)
        return values;
    QBarSet* set = series->barSets().first();
    for (int i = set->count() - 1; i >= 0; --i)
        values << set->at(i);
    if (categories) {
        for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
            if (auto* cat = qobject_cast<QBarCategoryAxis*>(axis)) {
                const QStringList bottomUp = cat->categories();
                *categories = QStringList(bottomUp.crbegin(), bottomUp.crend());
            }
    }
    return values;
}

// Clicks the bar `row` (top down) of a horizontal bar chart as the chart would report it.
void clickBar(QChart* chart, int row)
{
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    QBarSet* set = series->barSets().first();
    emit set->clicked(set->count() - 1 - row);
}

QSet<qint64> asSet(const QList<qint64>& ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

bool ready(const SegmentDashboard& d)
{
    return d.hasStats() && d.hasDetails() && !d.isBusy();
}
} // namespace

TEST(DashboardInsights, ClickingASegmentBarFiltersTheMainWindowList)
{
    UiTestArchive archive;
    fill(archive);
    MainWindow window;
    window.setArchive(archive.release());
    window.findChild<QAction*>(QStringLiteral("segmentsAction"))->trigger();
    auto* dashboard = window.findChild<SegmentDashboard*>();
    ASSERT_NE(dashboard, nullptr);
    EXPECT_FALSE(dashboard->isModal()); // the list stays usable next to it
    ASSERT_TRUE(waitFor([&] { return ready(*dashboard); })) << dashboard->errorText().toStdString();

    // The rfm5 segments computed directly, by name.
    auto values = RfmCalculator(window.archive()->database().connection()).compute({today, QDate()});
    ASSERT_TRUE(values);
    const QList<CustomerSegment> segments = RfmSegmenter::rfm5(*values);
    QStringList categories;
    const QList<double> bars = horizontalBars(dashboard->countChart(), &categories);
    int row = -1;
    for (int i = 0; i < bars.size(); ++i)
        if (bars[i] > 0 && bars[i] < 20)
            row = i;
    ASSERT_GE(row, 0);
    const QString key = QString::fromLatin1(RfmSegmenter::rfm5Segments()[row].key);
    QSet<qint64> expected;
    for (const CustomerSegment& s : segments)
        if (s.segment == key)
            expected.insert(s.values.customerId);

    clickBar(dashboard->countChart(), row);
    CustomerListModel* list = window.customerModel();
    ASSERT_EQ(list->rowCount(), expected.size());
    QSet<qint64> shown;
    for (int i = 0; i < list->rowCount(); ++i)
        shown.insert(list->idAt(i));
    EXPECT_EQ(shown, expected);
    auto* chip = window.filterBar()->findChild<QToolButton*>(QStringLiteral("customerIdsFilter"));
    ASSERT_NE(chip, nullptr);
    EXPECT_TRUE(chip->isVisibleTo(window.filterBar()));
    EXPECT_TRUE(chip->text().contains(categories[row]));

    // The other filters still apply on top; the chip removes the restriction.
    chip->click();
    EXPECT_EQ(list->rowCount(), 20);
}

TEST(DashboardInsights, HeatMapCellAndProvinceBarChooseTheirCustomers)
{
    UiTestArchive archive;
    const QList<Customer> customers = fill(archive);
    SegmentDashboard dashboard(archive.path);
    dashboard.show();
    ASSERT_TRUE(waitFor([&] { return ready(dashboard); })) << dashboard.errorText().toStdString();
    QSignalSpy chosen(&dashboard, &SegmentDashboard::customersChosen);

    // A real click on the first non-empty heat-map cell.
    QTableWidget* heat = dashboard.heatMap();
    int cellRow = -1, cellColumn = -1;
    for (int r = 0; r < 5 && cellRow < 0; ++r)
        for (int c = 0; c < 5; ++c)
            if (heat->item(r, c)->data(Qt::UserRole).toLongLong() > 0) {
                cellRow = r;
                cellColumn = c;
                break;
            }
    ASSERT_GE(cellRow, 0);
    QTest::mouseClick(heat->viewport(), Qt::LeftButton, {}, heat->visualItemRect(heat->item(cellRow, cellColumn)).center());
    ASSERT_EQ(chosen.count(), 1);
    const auto cellIds = chosen.takeFirst().at(1).value<QList<qint64>>();
    EXPECT_EQ(qint64(cellIds.size()), heat->item(cellRow, cellColumn)->data(Qt::UserRole).toLongLong());
    const auto values = RfmCalculator(archive->database().connection()).compute({today, QDate()});
    const QList<CustomerSegment> rfm5 = RfmSegmenter::rfm5(*values);
    for (const CustomerSegment& s : rfm5)
        if (cellIds.contains(s.values.customerId)) {
            EXPECT_EQ(s.r, QString::number(5 - cellRow));
            EXPECT_EQ(s.f, QString::number(cellColumn + 1));
        }

    // Customers by province: 广东省 10, 浙江省 5, 四川省 5 (largest first).
    QStringList provinces;
    const QList<double> bars = horizontalBars(dashboard.provinceChart(), &provinces);
    ASSERT_EQ(bars.size(), 3);
    EXPECT_EQ(provinces.first(), QStringLiteral("广东省"));
    EXPECT_EQ(bars.first(), 10.0);
    EXPECT_EQ(bars[1] + bars[2], 10.0);
    clickBar(dashboard.provinceChart(), 0);
    ASSERT_EQ(chosen.count(), 1);
    QSet<qint64> guangdong;
    for (const Customer& c : customers)
        if (c.province == QStringLiteral("广东省"))
            guangdong.insert(c.id);
    EXPECT_EQ(asSet(chosen.takeFirst().at(1).value<QList<qint64>>()), guangdong);

    QStringList industries;
    EXPECT_EQ(horizontalBars(dashboard.industryChart(), &industries), (QList<double>{10.0, 10.0}));
}

TEST(DashboardInsights, ChurnListAndDetailFlagShowTheOverdueCustomers)
{
    UiTestArchive archive;
    fill(archive);
    ChurnDetector::Options options;
    options.asOf = today;
    const auto assessed = ChurnDetector(archive->database().connection()).assess(options);
    ASSERT_TRUE(assessed);
    QSet<qint64> atRisk;
    qint64 notAtRisk = 0;
    for (const auto& a : *assessed) {
        if (a.atRisk)
            atRisk.insert(a.customerId);
        else
            notAtRisk = a.customerId;
    }
    ASSERT_FALSE(atRisk.isEmpty());
    ASSERT_NE(notAtRisk, 0);

    SegmentDashboard dashboard(archive.path);
    ASSERT_TRUE(waitFor([&] { return ready(dashboard); }));
    QAbstractItemModel* model = dashboard.churnView()->model();
    ASSERT_EQ(model->rowCount(), atRisk.size());
    QSet<qint64> listed;
    int previousOverdue = INT_MAX;
    for (int row = 0; row < model->rowCount(); ++row) {
        listed.insert(model->index(row, 0).data(Qt::UserRole).toLongLong());
        const int overdue = QLocale().toInt(model->index(row, 5).data().toString());
        EXPECT_GT(overdue, 0);
        EXPECT_LE(overdue, previousOverdue); // most overdue first
        previousOverdue = overdue;
    }
    EXPECT_EQ(listed, atRisk);

    CustomerDetailPane pane;
    pane.setArchive(archive.get());
    pane.showCustomer(*atRisk.cbegin());
    EXPECT_TRUE(pane.churnFlag()->isVisibleTo(&pane));
    EXPECT_FALSE(pane.churnFlag()->text().isEmpty());
    pane.showCustomer(notAtRisk);
    EXPECT_FALSE(pane.churnFlag()->isVisibleTo(&pane));
    pane.setArchive(nullptr);
}

TEST(DashboardInsights, FollowUpsPerRepPerWeek)
{
    UiTestArchive archive;
    const Customer a = addCustomer(archive, QStringLiteral("甲"), QStringLiteral("广东省"), QString());
    const Customer b = addCustomer(archive, QStringLiteral("乙"), QStringLiteral("广东省"), QString());
    addFollowUp(archive, a.id, QStringLiteral("wangfang"), 0);
    addFollowUp(archive, b.id, QStringLiteral("wangfang"), 0);
    addFollowUp(archive, a.id, QStringLiteral("wangfang"), 0);
    addFollowUp(archive, b.id, QStringLiteral("lina"), 21);
    addFollowUp(archive, b.id, QStringLiteral("lina"), 200); // older than 12 weeks: not shown

    SegmentDashboard dashboard(archive.path);
    ASSERT_TRUE(waitFor([&] { return ready(dashboard); }));
    QChart* chart = dashboard.followUpChart();
    ASSERT_EQ(chart->series().size(), 1);
    auto* series = qobject_cast<QStackedBarSeries*>(chart->series().first());
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->barSets().size(), 2);
    QBarSet* wang = series->barSets()[0];
    QBarSet* li = series->barSets()[1];
    EXPECT_EQ(wang->label(), QStringLiteral("wangfang")); // most follow-ups first
    ASSERT_EQ(wang->count(), 12);
    EXPECT_EQ(wang->at(11), 3.0); // this week
    EXPECT_EQ(li->at(8), 1.0);    // three weeks ago
    double total = 0;
    for (QBarSet* set : series->barSets())
        for (int i = 0; i < set->count(); ++i)
            total += set->at(i);
    EXPECT_EQ(total, 4.0);

    QSignalSpy chosen(&dashboard, &SegmentDashboard::customersChosen);
    emit wang->clicked(11);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(asSet(chosen.takeFirst().at(1).value<QList<qint64>>()), (QSet<qint64>{a.id, b.id}));
}

TEST(DashboardInsights, SnapshotsAreTakenChartedAndCompared)
{
    UiTestArchive archive;
    fill(archive);
    SegmentDashboard dashboard(archive.path);
    dashboard.setModel(SegmentModelKind::Rfm8);
    ASSERT_TRUE(waitFor([&] { return ready(dashboard); }));
    EXPECT_TRUE(dashboard.details().snapshots.isEmpty());

    // Two snapshots, 200 days apart.
    auto* asOf = dashboard.findChild<QDateEdit*>(QStringLiteral("asOfEdit"));
    ASSERT_NE(asOf, nullptr);
    asOf->setDate(today.addDays(-200));
    dashboard.takeSnapshot();
    ASSERT_TRUE(waitFor([&] { return !dashboard.isBusy() && dashboard.details().snapshots.size() == 1; }))
        << dashboard.errorText().toStdString();
    asOf->setDate(today);
    dashboard.takeSnapshot();
    ASSERT_TRUE(waitFor([&] { return !dashboard.isBusy() && dashboard.details().snapshots.size() == 2; }));

    // The chart: one stacked bar per snapshot, each as tall as the archive.
    QChart* chart = dashboard.snapshotChart();
    ASSERT_EQ(chart->series().size(), 1);
    auto* series = qobject_cast<QStackedBarSeries*>(chart->series().first());
    ASSERT_NE(series, nullptr);
    for (int snapshot = 0; snapshot < 2; ++snapshot) {
        double height = 0;
        for (QBarSet* set : series->barSets())
            height += set->at(snapshot);
        EXPECT_EQ(height, 20.0);
    }

    // The change list equals the core's.
    const qint64 first = dashboard.details().snapshots[0].id;
    const qint64 second = dashboard.details().snapshots[1].id;
    dashboard.compareSnapshots(first, second);
    ASSERT_TRUE(waitFor([&] { return !dashboard.isBusy(); }));
    const auto expected = SegmentSnapshotRepository(archive->database().connection()).changes(first, second);
    ASSERT_TRUE(expected);
    ASSERT_FALSE(expected->isEmpty());
    EXPECT_EQ(dashboard.moves().size(), expected->size());
    EXPECT_EQ(dashboard.changesTable()->rowCount(), expected->size());

    // A segment of a snapshot, clicked, gives its stored members.
    QSignalSpy chosen(&dashboard, &SegmentDashboard::customersChosen);
    QBarSet* set = series->barSets().first();
    emit set->clicked(1);
    ASSERT_TRUE(waitFor([&] { return chosen.count() == 1; }));
    EXPECT_EQ(qint64(chosen.takeFirst().at(1).value<QList<qint64>>().size()), qint64(set->at(1)));
}
