#include "TempArchive.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <gtest/gtest.h>

TEST(Archive, SaveCustomerNormalisesPhonesAndKeepsOnePrimaryContact)
{
    TempArchive a;
    Contact first;
    first.name = QStringLiteral("张三");
    first.mobile = QStringLiteral("138-0013-8000");
    Contact second;
    second.name = QStringLiteral("李秘书");
    second.phone = QStringLiteral("(010) 6234 5678");
    second.isPrimary = true;
    Contact blank;
    const auto customer = a->saveCustomer(makeCustomer(QStringLiteral("北京华为")), {first, second, blank});
    ASSERT_TRUE(customer) << customer.error().toStdString();

    const auto contacts = *a->contacts().forCustomer(customer->id);
    ASSERT_EQ(contacts.size(), 2); // the blank row was dropped
    EXPECT_EQ(contacts[0].name, QStringLiteral("李秘书")); // the chosen primary comes first
    EXPECT_TRUE(contacts[0].isPrimary);
    EXPECT_FALSE(contacts[1].isPrimary);
    EXPECT_EQ(contacts[0].phone, QStringLiteral("+861062345678"));
    EXPECT_EQ(contacts[1].mobile, QStringLiteral("+8613800138000"));
}

TEST(Archive, SavingAgainUpdatesAndRemovesContacts)
{
    TempArchive a;
    Contact c1;
    c1.name = QStringLiteral("甲");
    Contact c2;
    c2.name = QStringLiteral("乙");
    Customer customer = *a->saveCustomer(makeCustomer(QStringLiteral("客户")), {c1, c2});
    auto contacts = *a->contacts().forCustomer(customer.id);
    ASSERT_EQ(contacts.size(), 2);
    contacts[1].title = QStringLiteral("经理");
    customer = *a->saveCustomer(customer, {contacts[1]});
    const auto after = *a->contacts().forCustomer(customer.id);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0].id, contacts[1].id);
    EXPECT_EQ(after[0].title, QStringLiteral("经理"));
    EXPECT_TRUE(after[0].isPrimary);
    EXPECT_EQ(customer.version, 2);
}

TEST(Archive, ConflictLeavesContactsUntouched)
{
    TempArchive a;
    Contact c;
    c.name = QStringLiteral("甲");
    c.mobile = QStringLiteral("13800138000");
    const Customer stale = *a->saveCustomer(makeCustomer(QStringLiteral("客户")), {c});
    Customer fresh = stale;
    ASSERT_TRUE(a->saveCustomer(fresh, *a->contacts().forCustomer(stale.id)));

    Contact changed = a->contacts().forCustomer(stale.id)->first();
    changed.mobile = QStringLiteral("13912345678");
    const auto result = a->saveCustomer(stale, {changed});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.errorKind(), ErrorKind::Conflict);
    EXPECT_EQ(a->contacts().forCustomer(stale.id)->first().mobile, QStringLiteral("+8613800138000"));
}

TEST(Archive, StatsCountEveryKindOfRecord)
{
    TempArchive a;
    Contact c;
    c.name = QStringLiteral("甲");
    const Customer customer = *a->saveCustomer(makeCustomer(QStringLiteral("客户")), {c});
    Interaction call;
    call.customerId = customer.id;
    call.content = QStringLiteral("电话沟通报价");
    ASSERT_TRUE(a->interactions().insert(call));
    Order order;
    order.customerId = customer.id;
    order.orderNo = QStringLiteral("SO-1");
    order.date = QDate(2025, 5, 1);
    order.amountCents = 9900;
    ASSERT_TRUE(a->orders().insert(order));
    const auto stats = *a->stats();
    EXPECT_EQ(stats.customers, 1);
    EXPECT_EQ(stats.contacts, 1);
    EXPECT_EQ(stats.interactions, 1);
    EXPECT_EQ(stats.orders, 1);
}

TEST(Archive, InteractionsNewestFirstWithAuthorAndNextDate)
{
    TempArchive a;
    const Customer customer = *a->customers().insert(makeCustomer(QStringLiteral("客户")));
    Interaction older;
    older.customerId = customer.id;
    older.type = InteractionType::Visit;
    older.happenedAt = QDateTime(QDate(2025, 1, 2), QTime(9, 30), Qt::UTC);
    older.author = QStringLiteral("wangfang");
    older.content = QStringLiteral("上门拜访");
    Interaction newer = older;
    newer.type = InteractionType::WeChat;
    newer.happenedAt = older.happenedAt.addDays(3);
    newer.nextDate = QDate(2025, 1, 20);
    ASSERT_TRUE(a->interactions().insert(older));
    ASSERT_TRUE(a->interactions().insert(newer));
    const auto list = *a->interactions().forCustomer(customer.id);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].type, InteractionType::WeChat);
    EXPECT_EQ(list[0].nextDate, QDate(2025, 1, 20));
    EXPECT_EQ(list[0].author, QStringLiteral("wangfang"));
    EXPECT_EQ(list[1].happenedAt, older.happenedAt);
    EXPECT_EQ(a->interactions().forCustomer(customer.id, 1)->size(), 1);
}

TEST(Archive, OrderNumbersAreUniqueAndTotalsAdd)
{
    TempArchive a;
    const Customer customer = *a->customers().insert(makeCustomer(QStringLiteral("客户")));
    Order o;
    o.customerId = customer.id;
    o.orderNo = QStringLiteral("SO-1");
    o.date = QDate(2024, 3, 5);
    o.amountCents = 100050;
    ASSERT_TRUE(a->orders().insert(o));
    EXPECT_EQ(a->orders().insert(o).errorKind(), ErrorKind::Duplicate);
    o.orderNo = QStringLiteral("SO-2");
    o.date = QDate(2025, 7, 1);
    o.amountCents = 49950;
    ASSERT_TRUE(a->orders().insert(o));
    const auto totals = *a->orders().totalsForCustomer(customer.id);
    EXPECT_EQ(totals.count, 2);
    EXPECT_EQ(totals.amountCents, 150000);
    EXPECT_EQ(totals.firstDate, QDate(2024, 3, 5));
    EXPECT_EQ(totals.lastDate, QDate(2025, 7, 1));
    EXPECT_EQ(a->orders().forCustomer(customer.id)->first().orderNo, QStringLiteral("SO-2"));
}

TEST(Transaction, RollsBackWhenNotCommitted)
{
    TempArchive a;
    {
        Transaction t(a->database().connection());
        ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("张三"))));
    }
    EXPECT_EQ(a->customers().count(), 0);
}

TEST(Transaction, InnerRollbackKeepsOuterWork)
{
    TempArchive a;
    {
        Transaction outer(a->database().connection());
        ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("张三"))));
        {
            Transaction inner(a->database().connection());
            ASSERT_TRUE(inner.isActive());
            ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("李四"))));
        } // rolled back
        ASSERT_TRUE(outer.commit());
    }
    EXPECT_EQ(a->customers().count(), 1);
    EXPECT_TRUE(a->customers().findByCode(QStringLiteral("C000001")));
}

TEST(Archive, CustomFieldNamesAreUnique)
{
    TempArchive a;
    ASSERT_TRUE(a->customFields().define({0, QStringLiteral("等级来源"), CustomFieldType::Choice,
                                          {QStringLiteral("甲"), QStringLiteral("乙")}}));
    EXPECT_EQ(a->customFields().define({0, QStringLiteral("等级来源"), CustomFieldType::Text, {}}).errorKind(),
              ErrorKind::Duplicate);
    const auto defs = *a->customFields().definitions();
    ASSERT_EQ(defs.size(), 1);
    EXPECT_EQ(defs[0].type, CustomFieldType::Choice);
    EXPECT_EQ(defs[0].choices, (QStringList{QStringLiteral("甲"), QStringLiteral("乙")}));
}
