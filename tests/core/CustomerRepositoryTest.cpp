#include "TempArchive.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace {
QStringList namesOf(Archive& archive, const CustomerFilter& filter, CustomerSortKey key = CustomerSortKey::Name,
                    Qt::SortOrder order = Qt::AscendingOrder)
{
    const auto ids = archive.customers().listIds(filter, key, order);
    EXPECT_TRUE(ids) << ids.error().toStdString();
    QStringList names;
    for (const CustomerListRow& row : *archive.customers().rows(*ids))
        names.append(row.name);
    return names;
}

Customer saved(Archive& archive, Customer customer, const QString& mobile = QString())
{
    Contact contact;
    contact.name = customer.name;
    contact.mobile = mobile;
    const auto result = archive.saveCustomer(customer, mobile.isEmpty() ? QList<Contact>{} : QList<Contact>{contact});
    EXPECT_TRUE(result) << result.error().toStdString();
    return result ? *result : Customer{};
}
} // namespace

TEST(CustomerRepository, GeneratesSequentialCodesWhenNoneGiven)
{
    TempArchive a;
    EXPECT_EQ(a->customers().insert(makeCustomer(QStringLiteral("张三")))->code, QStringLiteral("C000001"));
    EXPECT_EQ(a->customers().insert(makeCustomer(QStringLiteral("李四")))->code, QStringLiteral("C000002"));
}

TEST(CustomerRepository, HandGivenGeneratedStyleCodeMovesTheCounterPastIt)
{
    TempArchive a;
    ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("王五"), QStringLiteral("C000010"))));
    EXPECT_EQ(a->customers().insert(makeCustomer(QStringLiteral("赵六")))->code, QStringLiteral("C000011"));
    ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("孙七"), QStringLiteral("VIP-7"))));
    EXPECT_EQ(a->customers().insert(makeCustomer(QStringLiteral("周八")))->code, QStringLiteral("C000012"));
}

TEST(CustomerRepository, DuplicateCodeIsRefused)
{
    TempArchive a;
    ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("张三"), QStringLiteral("K1"))));
    const auto second = a->customers().insert(makeCustomer(QStringLiteral("李四"), QStringLiteral("K1")));
    ASSERT_FALSE(second);
    EXPECT_EQ(second.errorKind(), ErrorKind::Duplicate);
    EXPECT_EQ(a->customers().count(), 1);
}

TEST(CustomerRepository, EmptyNameIsRefused)
{
    TempArchive a;
    EXPECT_FALSE(a->customers().insert(makeCustomer(QStringLiteral("   "))));
    EXPECT_EQ(a->customers().count(), 0);
}

TEST(CustomerRepository, AllFieldsRoundTrip)
{
    TempArchive a;
    const auto field = a->customFields().define({0, QStringLiteral("年采购额"), CustomFieldType::Number, {}});
    ASSERT_TRUE(field) << field.error().toStdString();
    Customer c;
    c.code = QStringLiteral("C100");
    c.name = QStringLiteral("张伟");
    c.kind = CustomerKind::Individual;
    c.familyName = QStringLiteral("张");
    c.givenName = QStringLiteral("伟");
    c.company = QStringLiteral("华为技术有限公司");
    c.industry = QStringLiteral("通信");
    c.province = QStringLiteral("广东");
    c.city = QStringLiteral("深圳");
    c.address = QStringLiteral("龙岗区坂田");
    c.postcode = QStringLiteral("518129");
    c.source = QStringLiteral("展会");
    c.level = QStringLiteral("A");
    c.stage = CustomerStage::Active;
    c.owner = QStringLiteral("liuyang");
    c.tags = {QStringLiteral("重点"), QStringLiteral("华南")};
    c.notes = QStringLiteral("喜欢下午来电\n第二行");
    c.birthday = QDate(1985, 6, 1);
    c.idNumber = QStringLiteral("11010519491231002X");
    c.customFields.insert(QStringLiteral("年采购额"), QStringLiteral("120000"));
    const auto stored = a->customers().insert(c);
    ASSERT_TRUE(stored) << stored.error().toStdString();

    const auto loaded = a->customers().findByCode(QStringLiteral("C100"));
    ASSERT_TRUE(loaded);
    Customer expected = c;
    expected.id = loaded->id;
    expected.tags.sort();
    expected.createdAt = loaded->createdAt;
    expected.updatedAt = loaded->updatedAt;
    expected.version = 1;
    Customer actual = *loaded;
    actual.tags.sort();
    EXPECT_EQ(actual, expected);
    EXPECT_TRUE(loaded->createdAt.isValid());
    EXPECT_LE(qAbs(loaded->createdAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
}

TEST(CustomerRepository, UnknownCustomFieldIsRefusedAndNothingStored)
{
    TempArchive a;
    Customer c = makeCustomer(QStringLiteral("张三"));
    c.customFields.insert(QStringLiteral("不存在"), QStringLiteral("x"));
    EXPECT_FALSE(a->customers().insert(c));
    EXPECT_EQ(a->customers().count(), 0);
}

TEST(CustomerRepository, UpdateBumpsVersionAndStaleUpdateIsAConflict)
{
    TempArchive a;
    const Customer original = *a->customers().insert(makeCustomer(QStringLiteral("张三")));
    Customer mine = original;
    Customer theirs = original;

    theirs.city = QStringLiteral("上海");
    const auto first = a->customers().update(theirs);
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_EQ(first->version, original.version + 1);

    mine.city = QStringLiteral("北京");
    const auto second = a->customers().update(mine);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.errorKind(), ErrorKind::Conflict);
    EXPECT_EQ(a->customers().findById(original.id)->city, QStringLiteral("上海"));
}

TEST(CustomerRepository, TagsCanBeReplaced)
{
    TempArchive a;
    Customer c = makeCustomer(QStringLiteral("张三"));
    c.tags = {QStringLiteral("老客户"), QStringLiteral("重点")};
    c = *a->customers().insert(c);
    c.tags = {QStringLiteral("重点")};
    c = *a->customers().update(c);
    EXPECT_EQ(c.tags, QStringList{QStringLiteral("重点")});
    EXPECT_EQ(a->customers().tags().size(), 2); // the tag itself stays available for others
}

TEST(CustomerRepository, NamesSortInPinyinOrder)
{
    TempArchive a;
    for (const char* name : {"张三", "赵六", "阿明", "王五", "李四"})
        ASSERT_TRUE(a->customers().insert(makeCustomer(QString::fromUtf8(name))));
    const QStringList expected = {QStringLiteral("阿明"), QStringLiteral("李四"), QStringLiteral("王五"),
                                  QStringLiteral("张三"), QStringLiteral("赵六")};
    EXPECT_EQ(namesOf(*a, {}), expected);
    QStringList reversed(expected.rbegin(), expected.rend());
    EXPECT_EQ(namesOf(*a, {}, CustomerSortKey::Name, Qt::DescendingOrder), reversed);
}

class CustomerListFilter : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer zhang = makeCustomer(QStringLiteral("张三"), QStringLiteral("C000101"));
        zhang.stage = CustomerStage::Active;
        zhang.owner = QStringLiteral("wangfang");
        zhang.province = QStringLiteral("北京");
        zhang.tags = {QStringLiteral("重点")};
        saved(*a, zhang, QStringLiteral("138-0013-8000"));

        Customer li = makeCustomer(QStringLiteral("李四"), QStringLiteral("C000102"));
        li.stage = CustomerStage::Lead;
        li.owner = QStringLiteral("liuyang");
        li.province = QStringLiteral("上海");
        li.company = QStringLiteral("上海张江科技有限公司");
        saved(*a, li, QStringLiteral("13912345678"));

        Customer hua = makeCustomer(QStringLiteral("华为技术有限公司"), QStringLiteral("K-9"));
        hua.stage = CustomerStage::Active;
        hua.province = QStringLiteral("广东");
        hua.tags = {QStringLiteral("重点"), QStringLiteral("大客户")};
        saved(*a, hua);
    }
    TempArchive a;
};

TEST_F(CustomerListFilter, QuickSearchMatchesNameCompanyAndCode)
{
    CustomerFilter f;
    f.quickSearch = QStringLiteral("张");
    // 张三 by name and 李四 through the company 上海张江科技.
    EXPECT_EQ(namesOf(*a, f), (QStringList{QStringLiteral("李四"), QStringLiteral("张三")}));
    f.quickSearch = QStringLiteral("c000102");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("李四")});
    f.quickSearch = QStringLiteral("K-9");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("华为技术有限公司")});
}

TEST_F(CustomerListFilter, QuickSearchFindsPhonesWhateverTheFormat)
{
    CustomerFilter f;
    f.quickSearch = QStringLiteral("13800138000");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("张三")});
    f.quickSearch = QStringLiteral("138 0013");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("张三")});
    f.quickSearch = QStringLiteral("5678");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("李四")});
}

TEST_F(CustomerListFilter, LikeWildcardsAreLiteral)
{
    CustomerFilter f;
    f.quickSearch = QStringLiteral("%");
    EXPECT_TRUE(namesOf(*a, f).isEmpty());
    f.quickSearch = QStringLiteral("_");
    EXPECT_TRUE(namesOf(*a, f).isEmpty());
}

TEST_F(CustomerListFilter, ExactFiltersCombine)
{
    CustomerFilter f;
    f.stage = CustomerStage::Active;
    EXPECT_EQ(namesOf(*a, f, CustomerSortKey::Code), (QStringList{QStringLiteral("张三"), QStringLiteral("华为技术有限公司")}));
    f.tag = QStringLiteral("大客户");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("华为技术有限公司")});
    f = {};
    f.owner = QStringLiteral("liuyang");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("李四")});
    f.owner = QStringLiteral("-");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("华为技术有限公司")});
    f = {};
    f.province = QStringLiteral("北京");
    EXPECT_EQ(namesOf(*a, f), QStringList{QStringLiteral("张三")});
}

TEST_F(CustomerListFilter, FilterChoicesComeFromTheData)
{
    EXPECT_EQ(a->customers().owners(), (QStringList{QStringLiteral("liuyang"), QStringLiteral("wangfang")}));
    EXPECT_EQ(a->customers().provinces(),
              (QStringList{QStringLiteral("北京"), QStringLiteral("广东"), QStringLiteral("上海")}));
    EXPECT_EQ(a->customers().tags(), (QStringList{QStringLiteral("大客户"), QStringLiteral("重点")}));
}

TEST_F(CustomerListFilter, RowsCarryPrimaryPhoneAndKeepRequestedOrder)
{
    auto ids = *a->customers().listIds({}, CustomerSortKey::Code, Qt::DescendingOrder);
    ASSERT_EQ(ids.size(), 3);
    const auto rows = *a->customers().rows(ids);
    ASSERT_EQ(rows.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(rows[i].id, ids[i]);
    EXPECT_EQ(rows[0].code, QStringLiteral("K-9"));
    EXPECT_EQ(rows[2].primaryPhone, QStringLiteral("+8613800138000"));
    EXPECT_EQ(rows[2].owner, QStringLiteral("wangfang"));
}

TEST_F(CustomerListFilter, SortByEveryColumnWorks)
{
    for (auto key : {CustomerSortKey::Code, CustomerSortKey::Name, CustomerSortKey::Kind, CustomerSortKey::Stage,
                     CustomerSortKey::Owner, CustomerSortKey::Province, CustomerSortKey::City,
                     CustomerSortKey::Industry, CustomerSortKey::Level, CustomerSortKey::Phone,
                     CustomerSortKey::UpdatedAt}) {
        const auto ids = a->customers().listIds({}, key, Qt::DescendingOrder);
        ASSERT_TRUE(ids) << int(key) << ids.error().toStdString();
        EXPECT_EQ(ids->size(), 3);
    }
    const auto byStage = namesOf(*a, {}, CustomerSortKey::Stage);
    EXPECT_EQ(byStage.first(), QStringLiteral("李四")); // lead comes before active
}
