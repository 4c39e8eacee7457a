#include "OrderHistoryScan.h"
#include "BulkCustomerWriter.h"
#include "ChurnDetector.h"
#include "RfmCalculator.h"
#include "SqlValue.h"
#include "TempArchive.h"
#include "Transaction.h"

#include <QMap>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace {
// Orders (date, cents) per customer code, written straight to the archive; returns code → id.
QMap<QString, qint64> store(Archive& archive, const QMap<QString, QList<std::pair<QDate, qint64>>>& orders) {
    QMap<QString, qint64> ids;
    QSqlDatabase& db = archive.database().connection();
    Transaction transaction(db);
    EXPECT_TRUE(transaction.isActive());
    BulkCustomerWriter writer(db);
    EXPECT_TRUE(writer.prepare().ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int orderNo = 0;
    for (auto it = orders.begin(); it != orders.end(); ++it) {
        Customer c = makeCustomer(it.key(), it.key());
        c.createdAt = c.updatedAt = now;
        c.version = 1;
        const auto id = writer.addCustomer(c);
        EXPECT_TRUE(id.ok());
        ids.insert(it.key(), *id);
        for (const auto& [date, cents] : *it) {
            Order o;
            o.orderNo = QStringLiteral("N%1").arg(++orderNo);
            o.date = date;
            o.amountCents = cents;
            EXPECT_TRUE(writer.addOrder(*id, o).ok());
        }
    }
    EXPECT_TRUE(transaction.commit());
    return ids;
}

const QDate d0(2024, 3, 1);
} // namespace

TEST(OrderHistoryScan, HandsOverEachCustomersCountedOrdersInIdAndDateOrder) {
    TempArchive archive;
    // Written out of date order, with two orders on one day and orders outside the window.
    const QMap<QString, QList<std::pair<QDate, qint64>>> orders = {
        {QStringLiteral("A"), {{d0.addDays(9), 300}, {d0, 100}, {d0, 200}, {d0.addDays(100), 999}}},
        {QStringLiteral("B"), {}},
        {QStringLiteral("C"), {{d0.addDays(-400), 50}, {d0.addDays(-3), 70}}},
        {QStringLiteral("D"), {{d0.addDays(60), 10}}},
    };
    const QMap<QString, qint64> ids = store(*archive, orders);
    const QDate asOf = d0.addDays(30);
    for (const QDate& windowStart : {QDate(), d0.addDays(-30)}) {
        // Expected, by plain loops over what was written.
        QMap<qint64, OrderHistoryScan::Customer> expected;
        for (auto it = orders.begin(); it != orders.end(); ++it)
            for (const auto& [date, cents] : *it)
                if (date <= asOf && (!windowStart.isValid() || date >= windowStart)) {
                    OrderHistoryScan::Customer& c = expected[ids[it.key()]];
                    c.customerId = ids[it.key()];
                    ++c.orders;
                    c.amountCents += cents;
                    c.days.push_back(date.toJulianDay());
                }
        for (OrderHistoryScan::Customer& c : expected) {
            std::sort(c.days.begin(), c.days.end());
            c.lastOrder = QDate::fromJulianDay(c.days.back());
        }

        QList<OrderHistoryScan::Customer> seen;
        ASSERT_TRUE(OrderHistoryScan::run(archive->database().connection(), asOf, windowStart,
                                          [&](const OrderHistoryScan::Customer& c) { seen.append(c); }));
        ASSERT_EQ(seen.size(), expected.size());
        qsizetype i = 0;
        for (const OrderHistoryScan::Customer& want : expected) {
            const OrderHistoryScan::Customer& got = seen[i++];
            EXPECT_EQ(got.customerId, want.customerId);
            EXPECT_EQ(got.orders, want.orders);
            EXPECT_EQ(got.amountCents, want.amountCents);
            EXPECT_EQ(got.days, want.days);
            EXPECT_EQ(got.lastOrder, want.lastOrder);
        }
    }
}

TEST(OrderHistoryScan, ReadsIsoDatesAndRejectsImpossibleOnes) {
    EXPECT_EQ(OrderHistoryScan::julianDay("2024-02-29", 10), QDate(2024, 2, 29).toJulianDay());
    EXPECT_EQ(OrderHistoryScan::julianDay("1999-12-31", 10), QDate(1999, 12, 31).toJulianDay());
    EXPECT_FALSE(OrderHistoryScan::julianDay("2023-02-29", 10).has_value());
    EXPECT_FALSE(OrderHistoryScan::julianDay("2023-13-01", 10).has_value());
    EXPECT_FALSE(OrderHistoryScan::julianDay("20x3-01-01", 10).has_value());
    EXPECT_FALSE(OrderHistoryScan::julianDay("", 0).has_value());
}

// The dashboard assesses churn from the orders RfmCalculator reads; it must agree with ChurnDetector's own
// run.
TEST(OrderHistoryScan, ChurnFromTheRfmReadEqualsTheDetectorsOwn) {
    TempArchive archive;
    const QDate asOf(2024, 12, 31);
    const QMap<QString, qint64> ids = store(
        *archive,
        {{QStringLiteral("steady"), {{asOf.addDays(-40), 1}, {asOf.addDays(-20), 1}, {asOf.addDays(-10), 1}}},
         {QStringLiteral("gone"),
          {{asOf.addDays(-300), 1}, {asOf.addDays(-290), 1}, {asOf.addDays(-290), 5}}},
         {QStringLiteral("once"), {{asOf.addDays(-400), 1}}},
         {QStringLiteral("none"), {}},
         {QStringLiteral("later"), {{asOf.addDays(5), 1}}}});
    ChurnDetector::Options options;
    options.asOf = asOf;
    const auto own = ChurnDetector(archive->database().connection()).assess(options);
    ASSERT_TRUE(own.ok());
    QList<ChurnDetector::Assessment> shared;
    const auto values = RfmCalculator(archive->database().connection())
                            .compute({asOf, QDate()}, [&](const OrderHistoryScan::Customer& c) {
                                shared.append(ChurnDetector::assessDays(c, options));
                            });
    ASSERT_TRUE(values.ok());
    EXPECT_EQ(values->size(), 5);
    ASSERT_EQ(shared.size(), own->size());
    for (qsizetype i = 0; i < shared.size(); ++i) {
        EXPECT_EQ(shared[i].customerId, own->at(i).customerId);
        EXPECT_EQ(shared[i].atRisk, own->at(i).atRisk);
        EXPECT_EQ(shared[i].daysSinceLastOrder, own->at(i).daysSinceLastOrder);
        EXPECT_EQ(shared[i].medianGapDays, own->at(i).medianGapDays);
    }
    // "gone": distinct days 300 and 290 before: median gap 10, limit 20, at risk; "once": 400 > 365.
    QMap<qint64, ChurnDetector::Assessment> byId;
    for (const ChurnDetector::Assessment& a : shared)
        byId.insert(a.customerId, a);
    EXPECT_EQ(byId.size(), 3);
    EXPECT_TRUE(byId[ids[QStringLiteral("gone")]].atRisk);
    EXPECT_DOUBLE_EQ(byId[ids[QStringLiteral("gone")]].medianGapDays, 10.0);
    EXPECT_TRUE(byId[ids[QStringLiteral("once")]].atRisk);
    EXPECT_FALSE(byId[ids[QStringLiteral("steady")]].atRisk);
}

TEST(OrderHistoryScan, ReadsTheOrdersFromTheCoveringIndexAlone) {
    TempArchive archive;
    QSqlQuery q(archive->database().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT customer_id, order_date, amount_cents FROM orders"
                              " WHERE order_date <= '2024-01-01' ORDER BY customer_id, order_date")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(plan.contains(QStringLiteral("COVERING INDEX orders_customer_history")))
        << plan.toStdString();
    EXPECT_FALSE(plan.contains(QStringLiteral("TEMP B-TREE"))) << "no sort step: " << plan.toStdString();
}
