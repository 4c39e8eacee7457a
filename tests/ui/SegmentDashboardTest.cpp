#include "MainWindow.h"
#include "RfmCalculator.h"
#include "RfmSegmenter.h"
#include "SegmentDashboard.h"
#include "UiTestArchive.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QHorizontalBarSeries>
#include <QTableWidget>
#include <QTest>
#include "WaitFor.h"

#include <gtest/gtest.h>

namespace {
const QDate asOf = QDate::currentDate();

// 12 customers with 0..11 orders of varying amounts and dates before today.
void addCustomersWithOrders(UiTestArchive& archive)
{
    for (int i = 0; i < 12; ++i) {
        const Customer customer = archive.add(QStringLiteral("客户%1").arg(i), CustomerStage::Customer);
        for (int k = 0; k < i; ++k) {
            Order order;
            order.customerId = customer.id;
            order.orderNo = QStringLiteral("SO-%1-%2").arg(i).arg(k);
            order.date = asOf.addDays(-(i * 17 + k * 3) % 400 - 1);
            order.amountCents = qint64(1000 + i * 731 + k * 97) * ((i % 3) + 1);
            auto inserted = archive->orders().insert(order);
            ASSERT_TRUE(inserted.ok()) << inserted.error().toStdString();
        }
    }
}

// Customers per segment in the order of `names`, computed directly.
QList<double> expectedCounts(Archive& archive, bool rfm8)
{
    auto values = RfmCalculator(archive.database().connection()).compute({asOf, QDate()});
    EXPECT_TRUE(values.ok());
    const QList<CustomerSegment> segments = rfm8 ? RfmSegmenter::rfm8(*values) : RfmSegmenter::rfm5(*values);
    QList<double> counts;
    for (const SegmentName& name : rfm8 ? RfmSegmenter::rfm8Segments() : RfmSegmenter::rfm5Segments()) {
        const QString key = rfm8 ? QString::fromUtf8(name.chinese) : QString::fromLatin1(name.key);
        counts << double(std::count_if(segments.cbegin(), segments.cend(),
                                       [&](const CustomerSegment& s) { return s.segment == key; }));
    }
    return counts;
}

// The values of the chart's bars in the model's segment order.
QList<double> barValues(QChart* chart)
{
    QList<double> values;
    const QList<QAbstractSeries*> series = chart->series();
    if (series.size() != 1)
        return values;
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series.first());
    if (!bars || bars->barSets().size() != 1)
        return values;
    QBarSet* set = bars->barSets().first();
    // The bars are appended bottom up (the model's first segment on top): read them top down.
    for (int i = set->count() - 1; i >= 0; --i)
        values << set->at(i);
    return values;
}
} // namespace

TEST(SegmentDashboard, ShowsTheSegmentCountsOfTheCoreRules)
{
    UiTestArchive archive;
    addCustomersWithOrders(archive);
    const QList<double> rfm5 = expectedCounts(*archive, false);
    const QList<double> rfm8 = expectedCounts(*archive, true);

    SegmentDashboard dashboard(archive.path);
    dashboard.show();
    ASSERT_TRUE(waitFor([&] { return dashboard.hasStats() && !dashboard.isBusy(); }))
        << dashboard.errorText().toStdString();
    EXPECT_TRUE(dashboard.errorText().isEmpty());
    EXPECT_EQ(dashboard.stats().customerCount, 12);

    EXPECT_EQ(dashboard.model(), SegmentModelKind::Rfm5);
    EXPECT_EQ(barValues(dashboard.countChart()), rfm5);
    EXPECT_EQ(barValues(dashboard.revenueChart()).size(), rfm5.size());

    // Switching the model redraws the chart with the rfm8 classes.
    auto* combo = dashboard.findChild<QComboBox*>(QStringLiteral("modelCombo"));
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(int(SegmentModelKind::Rfm8)));
    EXPECT_EQ(dashboard.model(), SegmentModelKind::Rfm8);
    EXPECT_EQ(barValues(dashboard.countChart()), rfm8);

    // ABC: every customer is counted once.
    dashboard.setModel(SegmentModelKind::Abc);
    double total = 0;
    for (double v : barValues(dashboard.countChart()))
        total += v;
    EXPECT_EQ(total, 12.0);

    // The R x F grid holds every customer with orders (11 of 12).
    qint64 inGrid = 0;
    QTableWidget* heat = dashboard.heatMap();
    for (int row = 0; row < 5; ++row)
        for (int column = 0; column < 5; ++column)
            inGrid += heat->item(row, column)->data(Qt::UserRole).toLongLong();
    EXPECT_EQ(inGrid, 11);
}

TEST(SegmentDashboard, RefreshRecomputesForTheAsOfDate)
{
    UiTestArchive archive;
    addCustomersWithOrders(archive);
    SegmentDashboard dashboard(archive.path);
    dashboard.refresh(); // while the first one runs: queued, not lost
    ASSERT_TRUE(waitFor([&] { return dashboard.hasStats() && !dashboard.isBusy(); }));
    EXPECT_EQ(dashboard.stats().asOf, asOf);
}

TEST(SegmentDashboard, MainWindowHasTheMenuAction)
{
    UiTestArchive archive;
    MainWindow window;
    auto* action = window.findChild<QAction*>(QStringLiteral("segmentsAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled()); // no archive yet
    window.setArchive(archive.release());
    EXPECT_TRUE(action->isEnabled());
}
