#include "CustomerBreakdown.h"
#include "TempArchive.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {
qint64 add(Archive& archive, const QString& name, const QString& province, const QString& industry)
{
    Customer c = makeCustomer(name);
    c.province = province;
    c.industry = industry;
    auto saved = archive.customers().insert(c);
    EXPECT_TRUE(saved) << saved.error().toStdString();
    return saved ? saved->id : 0;
}

void followUp(Archive& archive, qint64 customerId, const QString& author, const QDate& localDate)
{
    Interaction i;
    i.customerId = customerId;
    i.type = InteractionType::Call;
    i.happenedAt = QDateTime(localDate, QTime(10, 0)).toUTC();
    i.author = author;
    ASSERT_TRUE(archive.interactions().insert(i));
}
} // namespace

TEST(CustomerBreakdown, GroupsEveryCustomerOnceLargestFirst)
{
    TempArchive a;
    const qint64 g1 = add(*a, QStringLiteral("甲"), QStringLiteral("广东省"), QStringLiteral("制造业"));
    const qint64 g2 = add(*a, QStringLiteral("乙"), QStringLiteral("广东省 "), QStringLiteral("零售业")); // stray space
    const qint64 z = add(*a, QStringLiteral("丙"), QStringLiteral("浙江省"), QStringLiteral("制造业"));
    const qint64 none = add(*a, QStringLiteral("丁"), QString(), QStringLiteral("制造业"));

    CustomerBreakdown breakdown(a->database().connection());
    const auto provinces = breakdown.customersBy(CustomerBreakdown::Column::Province);
    ASSERT_TRUE(provinces) << provinces.error().toStdString();
    ASSERT_EQ(provinces->size(), 3);
    EXPECT_EQ(provinces->at(0).value, QStringLiteral("广东省"));
    EXPECT_EQ(QSet<qint64>(provinces->at(0).customerIds.cbegin(), provinces->at(0).customerIds.cend()),
              (QSet<qint64>{g1, g2}));
    // Ties by value: "" (not filled in) before 浙江省.
    EXPECT_EQ(provinces->at(1).customerIds, QList<qint64>{none});
    EXPECT_EQ(provinces->at(2).customerIds, QList<qint64>{z});

    const auto industries = breakdown.customersBy(CustomerBreakdown::Column::Industry);
    ASSERT_TRUE(industries);
    ASSERT_EQ(industries->size(), 2);
    EXPECT_EQ(industries->at(0).customerIds.size(), 3);
}

TEST(CustomerBreakdown, FollowUpsPerRepPerWeek)
{
    TempArchive a;
    const qint64 c1 = add(*a, QStringLiteral("甲"), QString(), QString());
    const qint64 c2 = add(*a, QStringLiteral("乙"), QString(), QString());
    const QDate asOf(2025, 6, 18); // a Wednesday; its week starts on Monday 2025-06-16
    followUp(*a, c1, QStringLiteral("wangfang"), QDate(2025, 6, 16));
    followUp(*a, c2, QStringLiteral("wangfang"), QDate(2025, 6, 18));
    followUp(*a, c1, QStringLiteral("wangfang"), QDate(2025, 6, 18));
    followUp(*a, c2, QStringLiteral("lina"), QDate(2025, 3, 31));  // Monday of the oldest week shown
    followUp(*a, c2, QStringLiteral("lina"), QDate(2025, 3, 30));  // the Sunday before: not shown
    followUp(*a, c1, QStringLiteral("lina"), QDate(2025, 6, 19));  // after the as-of date, same week: counted
    followUp(*a, c1, QStringLiteral("lina"), QDate(2025, 6, 23));  // next week: not shown

    CustomerBreakdown breakdown(a->database().connection());
    const auto grid = breakdown.followUpsPerRepWeek(asOf, 12);
    ASSERT_TRUE(grid) << grid.error().toStdString();
    ASSERT_EQ(grid->weekStarts.size(), 12);
    EXPECT_EQ(grid->weekStarts.last(), QDate(2025, 6, 16));
    EXPECT_EQ(grid->weekStarts.first(), QDate(2025, 3, 31));
    EXPECT_EQ(grid->reps, (QStringList{QStringLiteral("wangfang"), QStringLiteral("lina")}));
    EXPECT_EQ(grid->counts[0][11], 3);
    EXPECT_EQ(grid->counts[1][0], 1);
    EXPECT_EQ(grid->counts[1][11], 1);
    qint64 total = 0;
    for (const auto& row : grid->counts)
        for (qint64 n : row)
            total += n;
    EXPECT_EQ(total, 5);
    EXPECT_EQ(grid->customersOf(0, 11), (QList<qint64>{c1, c2}));
    EXPECT_TRUE(grid->customersOf(0, 5).isEmpty());

    EXPECT_EQ(breakdown.followUpsPerRepWeek(QDate(), 12).errorKind(), ErrorKind::Usage);
}
