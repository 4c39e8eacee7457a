#include "AbcSegmenter.h"
#include "BulkCustomerWriter.h"
#include "ChurnDetector.h"
#include "RfmCalculator.h"
#include "RfmSegmenter.h"
#include "TempArchive.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include "SharedTestData.h"

#include <gtest/gtest.h>

namespace {

// A customer with the given orders (date, amount in cents), written straight to the archive.
struct Spec {
    QString code;
    QList<std::pair<QDate, qint64>> orders;
};

void store(Archive& archive, const QList<Spec>& specs)
{
    QSqlDatabase& db = archive.database().connection();
    Transaction transaction(db);
    ASSERT_TRUE(transaction.isActive());
    BulkCustomerWriter writer(db);
    ASSERT_TRUE(writer.prepare().ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int orderNo = 0;
    for (const Spec& spec : specs) {
        Customer c = makeCustomer(spec.code, spec.code);
        c.createdAt = c.updatedAt = now;
        c.version = 1;
        const auto id = writer.addCustomer(c);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        for (const auto& [date, cents] : spec.orders) {
            Order o;
            o.orderNo = QStringLiteral("O%1").arg(++orderNo);
            o.date = date;
            o.amountCents = cents;
            const auto added = writer.addOrder(*id, o);
            ASSERT_TRUE(added.ok()) << added.error().toStdString();
        }
    }
    ASSERT_TRUE(transaction.commit());
}

QList<RfmValues> compute(Archive& archive, const QDate& asOf, const QDate& windowStart = QDate())
{
    auto values = RfmCalculator(archive.database().connection()).compute({asOf, windowStart});
    EXPECT_TRUE(values.ok()) << values.error().toStdString();
    return values ? *values : QList<RfmValues>();
}

QMap<QString, CustomerSegment> byCode(const QList<CustomerSegment>& segments)
{
    QMap<QString, CustomerSegment> result;
    for (const CustomerSegment& s : segments)
        result.insert(s.values.code, s);
    return result;
}

RfmValues values(const QString& code, int recency, qint64 frequency, qint64 cents)
{
    RfmValues v;
    v.code = code;
    v.recencyDays = recency;
    v.frequency = frequency;
    v.monetaryCents = cents;
    return v;
}

const QDate d0(2024, 1, 1);

} // namespace

TEST(RfmCalculator, ComputesRecencyFrequencyMonetaryAndKeepsCustomersWithoutOrders)
{
    TempArchive archive;
    store(*archive, {{QStringLiteral("A"), {{d0, 1000}, {d0, 500}, {d0.addDays(10), 250}}},
                     {QStringLiteral("B"), {}},
                     {QStringLiteral("C"), {{d0.addDays(40), 99}}}});
    const auto all = compute(*archive, d0.addDays(30));
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].code, QStringLiteral("A"));
    EXPECT_EQ(all[0].frequency, 3); // two orders on one day are two orders
    EXPECT_EQ(all[0].monetaryCents, 1750);
    EXPECT_EQ(all[0].recencyDays, 20);
    EXPECT_FALSE(all[1].hasOrders());
    EXPECT_EQ(all[1].recencyDays, -1);
    EXPECT_EQ(all[1].monetaryCents, 0);
    EXPECT_FALSE(all[2].hasOrders()) << "orders after the as-of date do not count";

    const auto window = compute(*archive, d0.addDays(30), d0.addDays(5));
    EXPECT_EQ(window[0].frequency, 1);
    EXPECT_EQ(window[0].monetaryCents, 250);
}

TEST(RfmCalculator, InvalidAsOfIsAUsageError)
{
    TempArchive archive;
    const auto r = RfmCalculator(archive->database().connection()).compute({});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorKind(), ErrorKind::Usage);
}

TEST(RfmSegmenter, Rfm8ClassesAgainstTheMeanOfCustomersWithOrders)
{
    // Means over the four customers with orders: recency 25, frequency 3, monetary 250.
    TempArchive archive;
    const QDate asOf = d0.addDays(100);
    auto orders = [&](int recency, int count, qint64 totalCents) {
        QList<std::pair<QDate, qint64>> list;
        for (int i = 0; i < count; ++i)
            list.append({asOf.addDays(-recency), i == 0 ? totalCents - (count - 1) : 1});
        return list;
    };
    store(*archive, {{QStringLiteral("HHH"), orders(10, 5, 400)},
                     {QStringLiteral("HLL"), orders(20, 1, 100)},
                     {QStringLiteral("LHL"), orders(30, 4, 200)},
                     {QStringLiteral("LLH"), orders(40, 2, 300)},
                     {QStringLiteral("NONE"), {}}});
    const auto segments = byCode(RfmSegmenter::rfm8(compute(*archive, asOf)));
    EXPECT_EQ(segments[QStringLiteral("HHH")].segment, QStringLiteral("重要价值客户"));
    EXPECT_EQ(segments[QStringLiteral("HLL")].segment, QStringLiteral("一般发展客户"));
    EXPECT_EQ(segments[QStringLiteral("LHL")].segment, QStringLiteral("一般保持客户"));
    EXPECT_EQ(segments[QStringLiteral("LLH")].segment, QStringLiteral("重要挽留客户"));
    EXPECT_EQ(segments[QStringLiteral("NONE")].segment, QStringLiteral("无订单客户"));
    const CustomerSegment& llh = segments[QStringLiteral("LLH")];
    EXPECT_EQ(llh.r + llh.f + llh.m, QStringLiteral("LLH"));
    EXPECT_TRUE(segments[QStringLiteral("NONE")].r.isEmpty());
}

TEST(RfmSegmenter, Rfm8EveryClassAndTheMedianOption)
{
    const QList<std::pair<QString, const char*>> expected = {
        {QStringLiteral("HHH"), "重要价值客户"}, {QStringLiteral("HLH"), "重要发展客户"},
        {QStringLiteral("LHH"), "重要保持客户"}, {QStringLiteral("LLH"), "重要挽留客户"},
        {QStringLiteral("HHL"), "一般价值客户"}, {QStringLiteral("HLL"), "一般发展客户"},
        {QStringLiteral("LHL"), "一般保持客户"}, {QStringLiteral("LLL"), "一般挽留客户"}};
    for (const auto& [hl, name] : expected)
        EXPECT_EQ(QString::fromUtf8(RfmSegmenter::rfm8Class(hl[0] == u'H', hl[1] == u'H', hl[2] == u'H').chinese),
                  QString::fromUtf8(name))
            << hl.toStdString();

    // Monetary 1, 2, 3, 100: the mean (26.5) puts only the outlier high, the median (2.5) two customers.
    const QList<RfmValues> vs = {values(QStringLiteral("a"), 1, 1, 1), values(QStringLiteral("b"), 1, 1, 2),
                                 values(QStringLiteral("c"), 1, 1, 3), values(QStringLiteral("d"), 1, 1, 100)};
    const auto mean = RfmSegmenter::rfm8(vs);
    const auto median = RfmSegmenter::rfm8(vs, RfmSegmenter::Threshold::Median);
    QString meanM, medianM;
    for (qsizetype i = 0; i < vs.size(); ++i) {
        meanM += mean[i].m;
        medianM += median[i].m;
    }
    EXPECT_EQ(meanM, QStringLiteral("LLLH"));
    EXPECT_EQ(medianM, QStringLiteral("LLHH"));
    // Equal to the centre is not above it: everyone has recency 1, nobody is "recent".
    EXPECT_EQ(mean[0].r, QStringLiteral("L"));
}

TEST(RfmSegmenter, Rfm5QuintilesBreakTiesByCode)
{
    // Ten customers, all with the same frequency and monetary value: ranks follow the codes.
    QList<RfmValues> vs;
    for (int i = 9; i >= 0; --i)
        vs.append(values(QStringLiteral("C%1").arg(i), 7, 3, 500));
    const auto first = byCode(RfmSegmenter::rfm5(vs));
    for (int i = 0; i < 10; ++i) {
        const CustomerSegment& s = first[QStringLiteral("C%1").arg(i)];
        EXPECT_EQ(s.f, QString::number(1 + i / 2)) << i; // rank i of 10 -> quintile i / 2
        EXPECT_EQ(s.m, QString::number(1 + i / 2)) << i;
        EXPECT_EQ(s.r, QString::number(5 - i / 2)) << i; // same recency: the earlier code scores higher
    }
    // The input order does not matter.
    std::reverse(vs.begin(), vs.end());
    const auto second = byCode(RfmSegmenter::rfm5(vs));
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        EXPECT_EQ(second[it.key()].r + second[it.key()].f + second[it.key()].m, it->r + it->f + it->m);
}

TEST(RfmSegmenter, Rfm5ScoresAndNamedSegments)
{
    // Five customers with distinct values: every score 1..5 once.
    QList<RfmValues> vs;
    for (int i = 0; i < 5; ++i)
        vs.append(values(QStringLiteral("K%1").arg(i), 10 * (i + 1), 5 - i, 1000 * (5 - i)));
    vs.append(values(QStringLiteral("Z"), -1, 0, 0));
    const auto s = RfmSegmenter::rfm5(vs);
    EXPECT_EQ(s[0].r + s[0].f + s[0].m, QStringLiteral("555"));
    EXPECT_EQ(s[0].segment, QStringLiteral("champions"));
    EXPECT_EQ(s[4].r + s[4].f + s[4].m, QStringLiteral("111"));
    EXPECT_EQ(s[4].segment, QStringLiteral("lost"));
    EXPECT_EQ(s[5].segment, QStringLiteral("no_orders"));
    EXPECT_TRUE(s[5].r.isEmpty());

    EXPECT_STREQ(RfmSegmenter::rfm5Key(5, 1, 1), "new");
    EXPECT_STREQ(RfmSegmenter::rfm5Key(1, 5, 4), "cant_lose");
    EXPECT_STREQ(RfmSegmenter::rfm5Key(2, 4, 4), "at_risk");
    EXPECT_STREQ(RfmSegmenter::rfm5Key(3, 5, 5), "loyal");
    EXPECT_STREQ(RfmSegmenter::rfm5Key(1, 1, 2), "hibernating"); // FM = 1.5 rounds up to 2
    // Every named segment is reachable and has a Chinese name.
    QSet<QString> reached;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            for (int m = 1; m <= 5; ++m)
                reached.insert(QString::fromLatin1(RfmSegmenter::rfm5Key(r, f, m)));
    for (const SegmentName& name : RfmSegmenter::rfm5Segments()) {
        EXPECT_TRUE(reached.contains(QString::fromLatin1(name.key)) || QByteArray(name.key) == "no_orders") << name.key;
        EXPECT_FALSE(QString::fromUtf8(name.chinese).isEmpty());
        EXPECT_FALSE(RfmSegmenter::displayName(name).isEmpty());
    }
}

TEST(RfmSegmenter, OnlyCustomersWithoutOrdersIsNoError)
{
    const QList<RfmValues> vs = {values(QStringLiteral("a"), -1, 0, 0), values(QStringLiteral("b"), -1, 0, 0)};
    for (const CustomerSegment& s : RfmSegmenter::rfm5(vs))
        EXPECT_EQ(s.segment, QStringLiteral("no_orders"));
    for (const CustomerSegment& s : RfmSegmenter::rfm8(vs))
        EXPECT_EQ(s.segment, QStringLiteral("无订单客户"));
    for (const QString& tier : AbcSegmenter::tiers(vs))
        EXPECT_EQ(tier, QStringLiteral("no_orders"));
    EXPECT_TRUE(RfmSegmenter::rfm5({}).isEmpty());
}

TEST(AbcSegmenter, TiersByCumulativeRevenue)
{
    // 80 / 15 / 5 % of the revenue: exactly A, B, C.
    const QList<RfmValues> exact = {values(QStringLiteral("c"), 1, 1, 500), values(QStringLiteral("a"), 1, 1, 8000),
                                    values(QStringLiteral("b"), 1, 1, 1500), values(QStringLiteral("n"), -1, 0, 0)};
    EXPECT_EQ(AbcSegmenter::tiers(exact), (QList<QString>{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B"),
                                                          QStringLiteral("no_orders")}));

    // Ten customers: 40, 20, 15, 10, 5, 4, 3, 1, 1, 1 %. A = the smallest top group reaching 80 %
    // (40+20+15+10 = 85), B up to 95 % (5 + 4 + 3 -> 97 %, the 3 % crosses), C the rest.
    const QList<qint64> shares = {40, 20, 15, 10, 5, 4, 3, 1, 1, 1};
    QList<RfmValues> ten;
    for (int i = 0; i < shares.size(); ++i)
        ten.append(values(QStringLiteral("T%1").arg(i), 1, 1, shares[i] * 100));
    EXPECT_EQ(AbcSegmenter::tiers(ten).join(QString()), QStringLiteral("AAAABBBCCC"));

    // Configurable thresholds.
    EXPECT_EQ(AbcSegmenter::tiers(ten, {0.5, 0.9}).join(QString()), QStringLiteral("AABBBCCCCC"));
}

TEST(ChurnDetector, FlagsAgainstTheCustomersOwnRhythm)
{
    const QDate asOf(2024, 12, 31);
    ChurnDetector::Options options;
    options.asOf = asOf;
    // Orders every 30 days, last one 59 days ago: within 2 x 30.
    QList<QDate> monthly = {asOf.addDays(-119), asOf.addDays(-89), asOf.addDays(-59)};
    auto a = ChurnDetector::assessDates(monthly, options);
    EXPECT_DOUBLE_EQ(a.medianGapDays, 30);
    EXPECT_EQ(a.daysSinceLastOrder, 59);
    EXPECT_FALSE(a.atRisk);
    // 61 days: beyond 60.
    for (QDate& d : monthly)
        d = d.addDays(-2);
    EXPECT_TRUE(ChurnDetector::assessDates(monthly, options).atRisk);
    // Exactly 2 x the median is not yet beyond it.
    EXPECT_FALSE(ChurnDetector::assessDates({asOf.addDays(-80), asOf.addDays(-60), asOf.addDays(-40)}, options).atRisk);
    // Two orders on one day are one purchase day: the median gap ignores them.
    a = ChurnDetector::assessDates({asOf.addDays(-30), asOf.addDays(-30), asOf.addDays(-20)}, options);
    EXPECT_DOUBLE_EQ(a.medianGapDays, 10);
    EXPECT_FALSE(a.atRisk);
    // One purchase day: the fixed limit.
    EXPECT_FALSE(ChurnDetector::assessDates({asOf.addDays(-365), asOf.addDays(-365)}, options).atRisk);
    EXPECT_TRUE(ChurnDetector::assessDates({asOf.addDays(-366)}, options).atRisk);
    options.singleOrderDays = 90;
    options.gapMultiple = 3;
    EXPECT_TRUE(ChurnDetector::assessDates({asOf.addDays(-91)}, options).atRisk);
    EXPECT_FALSE(ChurnDetector::assessDates(monthly, options).atRisk); // 61 <= 3 x 30
}

TEST(ChurnDetector, AssessesEveryCustomerWithOrdersFromTheArchive)
{
    TempArchive archive;
    const QDate asOf(2024, 12, 31);
    store(*archive, {{QStringLiteral("steady"), {{asOf.addDays(-40), 1}, {asOf.addDays(-20), 1}, {asOf.addDays(-10), 1}}},
                     {QStringLiteral("gone"), {{asOf.addDays(-300), 1}, {asOf.addDays(-290), 1}}},
                     {QStringLiteral("none"), {}},
                     {QStringLiteral("later"), {{asOf.addDays(5), 1}}}});
    ChurnDetector::Options options;
    options.asOf = asOf;
    const auto result = ChurnDetector(archive->database().connection()).assess(options);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    ASSERT_EQ(result->size(), 2);
    EXPECT_EQ(result->at(0).code, QStringLiteral("steady"));
    EXPECT_FALSE(result->at(0).atRisk);
    EXPECT_EQ(result->at(1).code, QStringLiteral("gone"));
    EXPECT_TRUE(result->at(1).atRisk);
}

// The whole CDNOW data set (69,659 orders of 23,570 customers) imported as orders; every customer's R, F
// and M is compared with values computed here by plain loops over the raw file.
TEST(RfmCdnow, EveryCustomerMatchesAnIndependentComputation)
{
    QFile raw(sharedData(QStringLiteral("cdnow/CDNOW_master.txt")));
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly | QIODevice::Text));
    struct Line {
        QString customer;
        QDate date;
        qint64 cents;
    };
    struct Expected {
        int recency = 0;
        qint64 frequency = 0;
        qint64 cents = 0;
        QDate last;
    };
    QList<Line> lines;
    QHash<QString, Expected> expected;
    QStringList customerOrder;
    const QDate asOf(1998, 7, 1);
    while (!raw.atEnd()) {
        const QList<QByteArray> fields = raw.readLine().simplified().split(' ');
        if (fields.size() != 4 || fields[0] == "customer_id")
            continue;
        // Dollars to cents by hand ("11.77" -> 1177, "0" -> 0), independent of any Dossier parsing.
        const QList<QByteArray> money = fields[3].split('.');
        qint64 cents = money[0].toLongLong() * 100;
        if (money.size() > 1)
            cents += money[1].leftJustified(2, '0').left(2).toLongLong();
        const int y = fields[1].left(4).toInt(), m = fields[1].mid(4, 2).toInt(), d = fields[1].mid(6, 2).toInt();
        const Line line{QString::fromLatin1(fields[0]), QDate(y, m, d), cents};
        lines.append(line);
        if (!expected.contains(line.customer))
            customerOrder.append(line.customer);
        Expected& e = expected[line.customer];
        ++e.frequency;
        e.cents += line.cents;
        if (!e.last.isValid() || line.date > e.last)
            e.last = line.date;
    }
    ASSERT_EQ(lines.size(), 69659);
    ASSERT_EQ(expected.size(), 23570);
    for (Expected& e : expected)
        e.recency = int(e.last.daysTo(asOf));

    // Loaded like an import: customers first, then their orders, in one transaction; plus one customer
    // without orders.
    TempArchive archive;
    QSqlDatabase& db = archive->database().connection();
    {
        Transaction transaction(db);
        ASSERT_TRUE(transaction.isActive());
        BulkCustomerWriter writer(db);
        ASSERT_TRUE(writer.prepare().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<QString, qint64> ids;
        for (const QString& code : customerOrder + QStringList{QStringLiteral("NOORDERS")}) {
            Customer c = makeCustomer(code, code);
            c.createdAt = c.updatedAt = now;
            c.version = 1;
            const auto id = writer.addCustomer(c);
            ASSERT_TRUE(id.ok()) << id.error().toStdString();
            ids.insert(code, *id);
        }
        qint64 n = 0;
        for (const Line& line : lines) {
            Order o;
            o.orderNo = QStringLiteral("CDO%1").arg(++n);
            o.date = line.date;
            o.amountCents = line.cents;
            ASSERT_TRUE(writer.addOrder(ids.value(line.customer), o).ok());
        }
        ASSERT_TRUE(transaction.commit());
    }

    QElapsedTimer timer;
    timer.start();
    const QList<RfmValues> computed = compute(*archive, asOf);
    const auto segments = RfmSegmenter::rfm5(computed);
    const auto classes = RfmSegmenter::rfm8(computed);
    const auto tiers = AbcSegmenter::tiers(computed);
    RecordProperty("segment_ms", int(timer.elapsed()));
    ASSERT_EQ(computed.size(), 23571);
    int checked = 0;
    for (const RfmValues& v : computed) {
        if (v.code == QStringLiteral("NOORDERS")) {
            EXPECT_FALSE(v.hasOrders());
            continue;
        }
        ASSERT_TRUE(expected.contains(v.code)) << v.code.toStdString();
        const Expected& e = expected[v.code];
        EXPECT_EQ(v.recencyDays, e.recency) << v.code.toStdString();
        EXPECT_EQ(v.frequency, e.frequency) << v.code.toStdString();
        EXPECT_EQ(v.monetaryCents, e.cents) << v.code.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 23570);
    EXPECT_EQ(segments.last().segment, QStringLiteral("no_orders"));
    EXPECT_EQ(classes.last().segment, QStringLiteral("无订单客户"));
    EXPECT_EQ(tiers.last(), QStringLiteral("no_orders"));
    // CDNOW's famous skew: a small top group brings 80 % of the revenue.
    EXPECT_LT(tiers.count(QStringLiteral("A")), 23570 / 2);
}

// docs/segments.md: how Dossier's F and recency relate to the lifetimes summary of CDNOW_sample.txt
// (columns: customer id, the sample's own id 1..2357 = the summary's ID, date, CDs, dollars).
// lifetimes: frequency = distinct purchase days - 1, recency = weeks from first to last purchase day,
// T = weeks from the first purchase to the end of the observation, 1997-09-30.
TEST(RfmCdnow, LifetimesSummaryRelation)
{
    QFile sample(sharedData(QStringLiteral("cdnow/CDNOW_sample.txt")));
    QFile summary(sharedData(QStringLiteral("cdnow/cdnow_customers_summary.csv")));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly | QIODevice::Text));
    ASSERT_TRUE(summary.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<int, QSet<QDate>> days;
    QHash<int, int> orders;
    const QDate end(1997, 9, 30);
    while (!sample.atEnd()) {
        const QList<QByteArray> f = sample.readLine().simplified().split(' ');
        if (f.size() != 5)
            continue;
        const int id = f[1].toInt();
        const QDate date = QDate::fromString(QString::fromLatin1(f[2]), QStringLiteral("yyyyMMdd"));
        if (date > end) // the summary was made for purchases up to the end of the calibration period
            continue;
        days[id].insert(date);
        ++orders[id];
    }
    int rows = 0, moreOrdersThanDays = 0;
    summary.readLine();
    while (!summary.atEnd()) {
        const QList<QByteArray> f = summary.readLine().trimmed().split(',');
        if (f.size() != 4)
            continue;
        const int id = f[0].toInt();
        const QSet<QDate>& d = days[id];
        ASSERT_FALSE(d.isEmpty()) << id;
        const QDate first = *std::min_element(d.begin(), d.end());
        const QDate last = *std::max_element(d.begin(), d.end());
        EXPECT_EQ(f[1].toInt(), d.size() - 1) << id;
        EXPECT_NEAR(f[2].toDouble(), double(first.daysTo(last)) / 7.0, 0.006) << id;
        EXPECT_NEAR(f[3].toDouble(), double(first.daysTo(end)) / 7.0, 0.006) << id;
        if (orders[id] > d.size())
            ++moreOrdersThanDays;
        ++rows;
    }
    EXPECT_EQ(rows, 2357);
    EXPECT_GT(moreOrdersThanDays, 0) << "Dossier's F (orders) exceeds lifetimes' frequency + 1 for these";
}
