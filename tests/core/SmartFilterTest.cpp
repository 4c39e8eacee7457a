#include "SavedFilterRepository.h"
#include "SmartFilterSql.h"
#include "TempArchive.h"

#include <QSqlQuery>
#include <algorithm>
#include <gtest/gtest.h>

namespace {
SmartFilterCondition cond(const char* field, const char* op, const QString& value = QString())
{
    return {QString::fromLatin1(field), QString::fromLatin1(op), value};
}

SmartFilter all(QList<SmartFilterCondition> conditions)
{
    SmartFilter f;
    f.conditions = std::move(conditions);
    return f;
}

SmartFilter any(QList<SmartFilterCondition> conditions)
{
    SmartFilter f = all(std::move(conditions));
    f.match = SmartFilter::Match::Any;
    return f;
}

// A small archive: who matches what is easy to see by reading it.
class SmartFilterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer c1 = makeCustomer(QStringLiteral("广州贸易"), QStringLiteral("C1"));
        c1.province = QStringLiteral("广东省");
        c1.city = QStringLiteral("广州市");
        c1.stage = CustomerStage::Customer;
        c1.owner = QStringLiteral("wang");
        c1.tags = {QStringLiteral("VIP")};
        Contact k1;
        k1.name = QStringLiteral("陈明");
        k1.mobile = QStringLiteral("13800138000");
        k1.email = QStringLiteral("chen@163.com");
        add(c1, {k1}, 0);

        Customer c2 = makeCustomer(QStringLiteral("深圳科技"), QStringLiteral("C2"));
        c2.province = QStringLiteral("广东省");
        c2.city = QStringLiteral("深圳市");
        c2.stage = CustomerStage::Lead;
        c2.owner = QStringLiteral("li");
        Contact k2;
        k2.name = QStringLiteral("林涛");
        k2.mobile = QStringLiteral("13900139000");
        add(c2, {k2}, 200);

        Customer c3 = makeCustomer(QStringLiteral("张伟"), QStringLiteral("C3"));
        c3.kind = CustomerKind::Individual;
        c3.province = QStringLiteral("北京市");
        c3.stage = CustomerStage::Active;
        c3.tags = {QStringLiteral("VIP"), QStringLiteral("老客户")};
        c3.birthday = QDate(1980, 5, 1);
        add(c3, {}, -1);

        Customer c4 = makeCustomer(QStringLiteral("杭州100%公司"), QStringLiteral("C4"));
        c4.province = QStringLiteral("浙江省");
        add(c4, {}, -1);
    }

    // daysAgo < 0: no follow-up
    void add(const Customer& c, const QList<Contact>& contacts, int daysAgo)
    {
        auto saved = archive->saveCustomer(c, contacts);
        ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
        if (daysAgo >= 0) {
            Interaction call;
            call.customerId = saved->id;
            call.happenedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            ASSERT_TRUE(archive->interactions().insert(call).ok());
        }
    }

    QStringList codes(const SmartFilter& smart, CustomerFilter filter = {})
    {
        filter.smart = smart;
        auto ids = archive->customers().listIds(filter, CustomerSortKey::Code);
        if (!ids) {
            ADD_FAILURE() << ids.error().toStdString();
            return {};
        }
        QStringList result;
        for (const CustomerListRow& row : *archive->customers().rows(*ids))
            result.append(row.code);
        return result;
    }

    TempArchive archive;
};
} // namespace

TEST_F(SmartFilterTest, SingleConditionsOnColumnsChoicesAndOwner)
{
    EXPECT_EQ(codes(all({cond("province", "equals", QStringLiteral("广东省"))})), (QStringList{"C1", "C2"}));
    EXPECT_EQ(codes(all({cond("province", "not_equals", QStringLiteral("广东省"))})), (QStringList{"C3", "C4"}));
    EXPECT_EQ(codes(all({cond("name", "starts_with", QStringLiteral("深圳"))})), QStringList{"C2"});
    EXPECT_EQ(codes(all({cond("city", "is_empty")})), (QStringList{"C3", "C4"}));
    EXPECT_EQ(codes(all({cond("kind", "equals", QStringLiteral("individual"))})), QStringList{"C3"});
    // Stage by its Chinese name as well as by key.
    EXPECT_EQ(codes(all({cond("stage", "equals", QStringLiteral("潜在"))})), (QStringList{"C2", "C4"})); // C4: default lead
    EXPECT_EQ(codes(all({cond("owner", "equals", QStringLiteral("wang"))})), QStringList{"C1"});
    EXPECT_EQ(codes(all({cond("owner", "is_empty")})), (QStringList{"C3", "C4"}));
}

TEST_F(SmartFilterTest, AndNeedsEveryConditionOrAnyOne)
{
    EXPECT_EQ(codes(all({cond("province", "equals", QStringLiteral("广东省")), cond("stage", "equals", QStringLiteral("lead"))})),
              QStringList{"C2"});
    EXPECT_EQ(codes(any({cond("city", "equals", QStringLiteral("广州市")), cond("tag", "equals", QStringLiteral("VIP"))})),
              (QStringList{"C1", "C3"}));
    // The smart list narrows what the filter bar already selects, never widens it.
    CustomerFilter bar;
    bar.province = QStringLiteral("北京市");
    EXPECT_EQ(codes(any({cond("city", "equals", QStringLiteral("广州市")), cond("tag", "equals", QStringLiteral("VIP"))}), bar),
              QStringList{"C3"});
}

TEST_F(SmartFilterTest, TagsContactsAndPhonesMatchWhenAnyOfThemDoes)
{
    EXPECT_EQ(codes(all({cond("tag", "equals", QStringLiteral("老客户"))})), QStringList{"C3"});
    EXPECT_EQ(codes(all({cond("tag", "not_equals", QStringLiteral("VIP"))})), (QStringList{"C2", "C4"}));
    EXPECT_EQ(codes(all({cond("tag", "is_empty")})), (QStringList{"C2", "C4"}));
    EXPECT_EQ(codes(all({cond("contact_name", "contains", QStringLiteral("林"))})), QStringList{"C2"});
    EXPECT_EQ(codes(all({cond("email", "is_not_empty")})), QStringList{"C1"});
    // Phones in any format: by digits, or the whole number in another layout.
    EXPECT_EQ(codes(all({cond("phone", "contains", QStringLiteral("138 0013"))})), QStringList{"C1"});
    EXPECT_EQ(codes(all({cond("phone", "equals", QStringLiteral("139-0013-9000"))})), QStringList{"C2"});
    EXPECT_EQ(codes(all({cond("phone", "is_empty")})), (QStringList{"C3", "C4"}));
}

TEST_F(SmartFilterTest, DatesByDayOrByDaysAgo)
{
    EXPECT_EQ(codes(all({cond("last_contact", "within_days", QStringLiteral("30"))})), QStringList{"C1"});
    // "not in the last 30 days" includes never contacted.
    EXPECT_EQ(codes(all({cond("last_contact", "not_within_days", QStringLiteral("30"))})), (QStringList{"C2", "C3", "C4"}));
    EXPECT_EQ(codes(all({cond("birthday", "before", QStringLiteral("1990-01-01"))})), QStringList{"C3"});
    EXPECT_EQ(codes(all({cond("birthday", "on", QStringLiteral("1980-05-01"))})), QStringList{"C3"});
    EXPECT_EQ(codes(all({cond("birthday", "is_empty")})), (QStringList{"C1", "C2", "C4"}));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    EXPECT_EQ(codes(all({cond("created_at", "after", QDate::currentDate().addDays(-2).toString(Qt::ISODate))})).size(), 4);
    EXPECT_TRUE(codes(all({cond("updated_at", "before", today)})).isEmpty());
}

TEST_F(SmartFilterTest, TypedValuesAreBoundNeverPartOfTheSql)
{
    // LIKE wildcards typed by the user are literal characters.
    EXPECT_EQ(codes(all({cond("name", "contains", QStringLiteral("100%"))})), QStringList{"C4"});
    EXPECT_EQ(codes(all({cond("name", "contains", QStringLiteral("_"))})), QStringList{});

    const QString hostile = QStringLiteral("x' OR '1'='1'); DROP TABLE customers; --");
    const SmartFilter filter = all({cond("name", "equals", hostile), cond("tag", "contains", hostile)});
    const auto sql = SmartFilterSql::translate(filter);
    ASSERT_TRUE(sql.ok());
    EXPECT_FALSE(sql->sql.contains(QStringLiteral("DROP")));
    EXPECT_TRUE(sql->values.contains(hostile));
    EXPECT_TRUE(codes(filter).isEmpty());
    EXPECT_EQ(archive->customers().count(), 4);
}

TEST_F(SmartFilterTest, BadConditionsAreRefusedWithTheReason)
{
    const auto refused = [](const SmartFilter& f) {
        const auto r = SmartFilterSql::translate(f);
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(r.errorKind(), ErrorKind::Usage);
        return r.error();
    };
    EXPECT_TRUE(refused(all({cond("shoe_size", "equals", QStringLiteral("42"))})).contains(QStringLiteral("shoe_size")));
    refused(all({cond("stage", "contains", QStringLiteral("lead"))})); // choices are equal or not
    refused(all({cond("stage", "equals", QStringLiteral("maybe"))}));
    refused(all({cond("province", "equals", QString())}));
    refused(all({cond("birthday", "before", QStringLiteral("1990-13-45"))}));
    refused(all({cond("last_contact", "within_days", QStringLiteral("a week"))}));
    refused(all({cond("phone", "contains", QStringLiteral("abc"))}));
    // The customer list reports it instead of showing everything.
    CustomerFilter f;
    f.smart = all({cond("shoe_size", "equals", QStringLiteral("42"))});
    EXPECT_FALSE(archive->customers().listIds(f, CustomerSortKey::Code).ok());
}

TEST(SmartFilterJson, RoundTripsAndRefusesMalformedDefinitions)
{
    SmartFilter f = any({cond("province", "equals", QStringLiteral("广东省")), cond("tag", "is_empty")});
    const auto back = SmartFilter::fromJson(f.toJson());
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(*back, f);

    const auto parsed = SmartFilter::fromJson(
        R"({"version":1,"match":"all","conditions":[{"field":"city","op":"equals","value":"广州市"}]})");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->match, SmartFilter::Match::All);
    EXPECT_EQ(parsed->conditions, (QList<SmartFilterCondition>{cond("city", "equals", QStringLiteral("广州市"))}));

    EXPECT_FALSE(SmartFilter::fromJson("not json").ok());
    EXPECT_FALSE(SmartFilter::fromJson(R"({"match":"some","conditions":[]})").ok());
    EXPECT_FALSE(SmartFilter::fromJson(R"({"version":99,"conditions":[]})").ok());
    EXPECT_FALSE(SmartFilter::fromJson(R"({"conditions":[1,2]})").ok());
}

TEST(SavedFilterRepositoryTest, OwnListsAndSharedListsAreVisible)
{
    TempArchive archive;
    SavedFilterRepository repo(archive->database().connection());
    SavedFilter mine{0, QStringLiteral("广东客户"), QStringLiteral("wang"), false,
                     all({cond("province", "equals", QStringLiteral("广东省"))}), {}};
    SavedFilter team{0, QStringLiteral("VIP"), QStringLiteral("li"), true, all({cond("tag", "equals", QStringLiteral("VIP"))}), {}};
    SavedFilter privateOfLi{0, QStringLiteral("我的线索"), QStringLiteral("li"), false,
                            all({cond("stage", "equals", QStringLiteral("lead"))}), {}};
    for (const SavedFilter& f : {mine, team, privateOfLi})
        ASSERT_TRUE(repo.save(f).ok());

    const auto names = [&](const QString& login) {
        QStringList result;
        for (const SavedFilter& f : *repo.visibleTo(login))
            result.append(f.name);
        return result;
    };
    // Sorted as the customer list sorts names (NameSortKey: the zh collator puts Han before Latin).
    EXPECT_EQ(names(QStringLiteral("wang")), (QStringList{QStringLiteral("广东客户"), QStringLiteral("VIP")}));
    EXPECT_EQ(names(QStringLiteral("li")), (QStringList{QStringLiteral("我的线索"), QStringLiteral("VIP")}));

    // Saving under the same name replaces the list; the definition survives the round trip.
    mine.definition = all({cond("province", "equals", QStringLiteral("广东省")), cond("stage", "equals", QStringLiteral("lead"))});
    mine.shared = true;
    ASSERT_TRUE(repo.save(mine).ok());
    const QList<SavedFilter> forLi = *repo.visibleTo(QStringLiteral("li"));
    ASSERT_EQ(forLi.size(), 3);
    const auto guangdong = std::find_if(forLi.cbegin(), forLi.cend(),
                                        [](const SavedFilter& f) { return f.name == QStringLiteral("广东客户"); });
    ASSERT_NE(guangdong, forLi.cend());
    EXPECT_EQ(guangdong->owner, QStringLiteral("wang"));
    EXPECT_EQ(guangdong->definition, mine.definition);
    EXPECT_EQ(std::count_if(forLi.cbegin(), forLi.cend(), [](const SavedFilter& f) { return f.name == QStringLiteral("广东客户"); }),
              1); // replaced, not added

    // Only the owner deletes.
    const qint64 id = guangdong->id;
    EXPECT_EQ(repo.remove(id, QStringLiteral("li")).errorKind(), ErrorKind::Usage);
    EXPECT_TRUE(repo.remove(id, QStringLiteral("wang")).ok());
    EXPECT_EQ(names(QStringLiteral("li")).size(), 2);
    EXPECT_EQ(repo.remove(id, QStringLiteral("wang")).errorKind(), ErrorKind::NotFound);

    // Unusable lists are refused before anything is written.
    EXPECT_FALSE(repo.save({0, QString(), QStringLiteral("wang"), false, team.definition, {}}).ok());
    EXPECT_FALSE(repo.save({0, QStringLiteral("空"), QStringLiteral("wang"), false, SmartFilter(), {}}).ok());
    EXPECT_FALSE(
        repo.save({0, QStringLiteral("坏"), QStringLiteral("wang"), false, all({cond("nope", "equals", QStringLiteral("1"))}), {}})
            .ok());
    EXPECT_EQ(names(QStringLiteral("wang")), QStringList{QStringLiteral("VIP")});
}
