#include "CustomerLabelScan.h"
#include "TempArchive.h"

#include <gtest/gtest.h>

namespace {
qint64 add(Archive& archive, const QString& code, const QString& name, const QString& owner)
{
    Customer c = makeCustomer(name, code);
    c.owner = owner;
    auto saved = archive.customers().insert(c);
    EXPECT_TRUE(saved.ok()) << saved.error().toStdString();
    return saved ? saved->id : 0;
}
} // namespace

TEST(CustomerLabelScan, GivesCodeNameAndOwnerOfTheWantedCustomersInIdOrder)
{
    TempArchive archive;
    const qint64 zhang = add(*archive, QStringLiteral("C001"), QStringLiteral("张伟"), QStringLiteral("wang"));
    const qint64 li = add(*archive, QStringLiteral("C002"), QStringLiteral("李娜"), QString());
    const qint64 acme = add(*archive, QStringLiteral("C003"), QStringLiteral("华为技术有限公司"), QStringLiteral("li"));
    const qint64 zhao = add(*archive, QStringLiteral("C004"), QStringLiteral("赵敏"), QStringLiteral("wang"));

    // Out of order, repeated, with an id that does not exist and one customer not asked for (li).
    auto labels = CustomerLabelScan::read(archive->database().connection(), {zhao, acme, 99999, zhang, zhao});
    ASSERT_TRUE(labels.ok()) << labels.error().toStdString();
    ASSERT_EQ(labels->size(), 3);
    EXPECT_EQ((*labels)[0].id, zhang);
    EXPECT_EQ((*labels)[0].code, QStringLiteral("C001"));
    EXPECT_EQ((*labels)[0].name, QStringLiteral("张伟"));
    EXPECT_EQ((*labels)[0].owner, QStringLiteral("wang"));
    EXPECT_EQ((*labels)[1].id, acme);
    EXPECT_EQ((*labels)[1].name, QStringLiteral("华为技术有限公司"));
    EXPECT_EQ((*labels)[1].owner, QStringLiteral("li"));
    EXPECT_EQ((*labels)[2].id, zhao);
    EXPECT_EQ((*labels)[2].code, QStringLiteral("C004"));

    auto pool = CustomerLabelScan::read(archive->database().connection(), {li});
    ASSERT_TRUE(pool.ok());
    ASSERT_EQ(pool->size(), 1);
    EXPECT_EQ(pool->first().name, QStringLiteral("李娜"));
    EXPECT_TRUE(pool->first().owner.isEmpty()); // the shared pool
}

TEST(CustomerLabelScan, NoIdsGiveNoLabels)
{
    TempArchive archive;
    add(*archive, QStringLiteral("C001"), QStringLiteral("张伟"), QString());
    auto labels = CustomerLabelScan::read(archive->database().connection(), {});
    ASSERT_TRUE(labels.ok());
    EXPECT_TRUE(labels->isEmpty());
}
