#include "RfmCalculator.h"
#include "SegmentAssigner.h"
#include "SegmentSnapshotRepository.h"
#include "TempArchive.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {
qint64 addCustomer(Archive& archive, const QString& code)
{
    auto c = archive.customers().insert(makeCustomer(code, code));
    EXPECT_TRUE(c) << c.error().toStdString();
    return c ? c->id : 0;
}

void addOrder(Archive& archive, qint64 customerId, const QDate& date, qint64 cents)
{
    static int number = 0;
    Order order;
    order.customerId = customerId;
    order.orderNo = QStringLiteral("SO%1").arg(++number);
    order.date = date;
    order.amountCents = cents;
    auto inserted = archive.orders().insert(order);
    ASSERT_TRUE(inserted) << inserted.error().toStdString();
}

CustomerSegment member(qint64 id, const char* segment)
{
    CustomerSegment s;
    s.values.customerId = id;
    s.segment = QString::fromUtf8(segment);
    return s;
}

const SegmentMove* find(const QList<SegmentMove>& moves, qint64 id)
{
    for (const SegmentMove& m : moves)
        if (m.customerId == id)
            return &m;
    return nullptr;
}
} // namespace

TEST(SegmentSnapshot, ListsWhoMovedBetweenTwoSnapshots)
{
    TempArchive a;
    const qint64 c1 = addCustomer(*a, QStringLiteral("K1"));
    const qint64 c2 = addCustomer(*a, QStringLiteral("K2"));
    const qint64 c3 = addCustomer(*a, QStringLiteral("K3"));
    const qint64 c4 = addCustomer(*a, QStringLiteral("K4"));
    SegmentSnapshotRepository snapshots(a->database().connection());
    auto first = snapshots.store(QDate(2025, 1, 1), SegmentModelKind::Rfm8,
                                 {member(c1, "重要价值客户"), member(c2, "一般发展客户"), member(c3, "重要价值客户")});
    ASSERT_TRUE(first) << first.error().toStdString();
    // c4 is new in the second snapshot; c3 is not in it.
    auto second = snapshots.store(QDate(2025, 4, 1), SegmentModelKind::Rfm8,
                                  {member(c1, "重要挽留客户"), member(c2, "一般发展客户"), member(c4, "一般发展客户")});
    ASSERT_TRUE(second) << second.error().toStdString();

    const auto moves = snapshots.changes(*first, *second);
    ASSERT_TRUE(moves) << moves.error().toStdString();
    ASSERT_EQ(moves->size(), 3);
    EXPECT_EQ(find(*moves, c2), nullptr); // unchanged
    ASSERT_NE(find(*moves, c1), nullptr);
    EXPECT_EQ(find(*moves, c1)->code, QStringLiteral("K1"));
    EXPECT_EQ(find(*moves, c1)->from, QStringLiteral("重要价值客户"));
    EXPECT_EQ(find(*moves, c1)->to, QStringLiteral("重要挽留客户"));
    ASSERT_NE(find(*moves, c3), nullptr);
    EXPECT_TRUE(find(*moves, c3)->to.isEmpty());
    ASSERT_NE(find(*moves, c4), nullptr);
    EXPECT_TRUE(find(*moves, c4)->from.isEmpty());
    const auto counts = SegmentSnapshotRepository::countMoves(*moves);
    EXPECT_EQ(counts.value(qMakePair(QStringLiteral("重要价值客户"), QStringLiteral("重要挽留客户"))), 1);

    // Sizes per snapshot, oldest first.
    const auto list = snapshots.list(SegmentModelKind::Rfm8);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).id, *first);
    EXPECT_EQ(list->at(0).asOf, QDate(2025, 1, 1));
    EXPECT_EQ(list->at(0).customers, 3);
    EXPECT_EQ(list->at(0).sizes.value(QStringLiteral("重要价值客户")), 2);
    EXPECT_EQ(list->at(1).sizes.value(QStringLiteral("一般发展客户")), 2);
    EXPECT_TRUE(snapshots.list(SegmentModelKind::Abc)->isEmpty());

    const auto members = snapshots.members(*first, QStringLiteral("重要价值客户"));
    ASSERT_TRUE(members);
    EXPECT_EQ(QSet<qint64>(members->cbegin(), members->cend()), (QSet<qint64>{c1, c3}));

    // Deleting a customer takes it out of the change lists but not out of the recorded sizes.
    ASSERT_TRUE(a->customers().remove(c3));
    EXPECT_EQ(snapshots.changes(*first, *second)->size(), 2);
    EXPECT_EQ(snapshots.list(SegmentModelKind::Rfm8)->at(0).sizes.value(QStringLiteral("重要价值客户")), 2);
}

TEST(SegmentSnapshot, TakeStoresTheSegmentsOfTheRules)
{
    // V bought twice for a lot in the first half of 2024; S1..S3 bought little, once in January 2024 and
    // twice in 2025. Against the others V is 重要价值 (H H H) in July 2024, and a year later, with no
    // recent order and fewer orders than the others, 重要挽留 (L L H).
    TempArchive a;
    const qint64 v = addCustomer(*a, QStringLiteral("V"));
    addOrder(*a, v, QDate(2024, 1, 1), 100000);
    addOrder(*a, v, QDate(2024, 6, 1), 100000);
    for (int i = 1; i <= 3; ++i) {
        const qint64 s = addCustomer(*a, QStringLiteral("S%1").arg(i));
        addOrder(*a, s, QDate(2024, 1, 1), 1000);
        addOrder(*a, s, QDate(2025, 3, 1), 1000);
        addOrder(*a, s, QDate(2025, 6, 15), 1000);
    }
    addCustomer(*a, QStringLiteral("N")); // no orders: its own group, never an error

    SegmentSnapshotRepository snapshots(a->database().connection());
    auto before = snapshots.take(QDate(2024, 7, 1), SegmentModelKind::Rfm8);
    auto after = snapshots.take(QDate(2025, 7, 1), SegmentModelKind::Rfm8);
    ASSERT_TRUE(before && after);
    const auto moves = snapshots.changes(*before, *after);
    ASSERT_TRUE(moves);
    const SegmentMove* moved = find(*moves, v);
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->from, QStringLiteral("重要价值客户"));
    EXPECT_EQ(moved->to, QStringLiteral("重要挽留客户"));

    // The stored sizes are those of the segment rules for that date.
    auto values = RfmCalculator(a->database().connection()).compute({QDate(2025, 7, 1), QDate()});
    ASSERT_TRUE(values);
    QMap<QString, qint64> expected;
    for (const CustomerSegment& s : SegmentAssigner::assign(*values, SegmentModelKind::Rfm8))
        ++expected[s.segment];
    const auto list = snapshots.list();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(1).sizes, expected);
    EXPECT_EQ(list->at(1).customers, 5);
    EXPECT_EQ(list->at(1).sizes.value(QStringLiteral("无订单客户")), 1);
}

TEST(SegmentSnapshot, BadInputIsAnErrorNotACrash)
{
    TempArchive a;
    SegmentSnapshotRepository snapshots(a->database().connection());
    EXPECT_EQ(snapshots.store(QDate(), SegmentModelKind::Rfm5, {}).errorKind(), ErrorKind::Usage);
    auto empty = snapshots.take(QDate(2025, 1, 1), SegmentModelKind::Abc); // an empty archive is fine
    ASSERT_TRUE(empty) << empty.error().toStdString();
    EXPECT_EQ(snapshots.changes(*empty, *empty + 41).errorKind(), ErrorKind::NotFound);
    EXPECT_EQ(snapshots.members(999, QStringLiteral("A")).errorKind(), ErrorKind::NotFound);
    EXPECT_TRUE(snapshots.changes(*empty, *empty)->isEmpty());
    ASSERT_TRUE(snapshots.remove(*empty));
    EXPECT_TRUE(snapshots.list()->isEmpty());
}

TEST(SegmentSnapshot, MembersWorkAsAListFilter)
{
    TempArchive a;
    const qint64 c1 = addCustomer(*a, QStringLiteral("K1"));
    const qint64 c2 = addCustomer(*a, QStringLiteral("K2"));
    addCustomer(*a, QStringLiteral("K3"));
    SegmentSnapshotRepository snapshots(a->database().connection());
    auto id = snapshots.store(QDate(2025, 1, 1), SegmentModelKind::Abc, {member(c1, "A"), member(c2, "A")});
    ASSERT_TRUE(id);
    CustomerFilter filter;
    filter.customerIds = *snapshots.members(*id, QStringLiteral("A"));
    auto ids = a->customers().listIds(filter, CustomerSortKey::Code);
    ASSERT_TRUE(ids);
    EXPECT_EQ(*ids, (QVector<qint64>{c1, c2}));
    filter.quickSearch = QStringLiteral("K2"); // combines with the other filters
    EXPECT_EQ(*a->customers().listIds(filter, CustomerSortKey::Code), QVector<qint64>{c2});
    filter.quickSearch.clear();
    filter.customerIds = QList<qint64>(); // an empty segment shows nobody, not everybody
    EXPECT_TRUE(a->customers().listIds(filter, CustomerSortKey::Code)->isEmpty());
    EXPECT_FALSE(filter.isEmpty());
}
