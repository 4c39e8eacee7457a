#include "QualityRulesRepository.h"
#include "QualityScanner.h"
#include "QualityScorer.h"
#include "QualityWorstList.h"
#include "ReviewReminderSchedule.h"
#include "SqlValue.h"
#include "TempArchive.h"

#include <gtest/gtest.h>

// Expected scores are worked out by hand from the rule in docs/quality.md:
// completeness 50 x present/required, validity 30 - 10 per invalid value (floor 0), freshness 20 - 10 if not
// updated in staleMonths - 10 if no follow-up in staleMonths; rounded to the nearest whole number.
namespace {
const QDateTime asOf(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
const QDateTime recent(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
const QDateTime longAgo(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);

Customer completeCompany()
{
    Customer c = makeCustomer(QStringLiteral("华夏科技"), QStringLiteral("C1"));
    c.industry = QStringLiteral("软件");
    c.province = QStringLiteral("广东省");
    c.city = QStringLiteral("深圳市");
    c.address = QStringLiteral("南山区科技园");
    c.owner = QStringLiteral("wang");
    c.updatedAt = recent;
    return c;
}

Contact contact(const QString& mobile, const QString& email = QString())
{
    Contact k;
    k.name = QStringLiteral("张伟");
    k.mobile = mobile;
    k.email = email;
    return k;
}

QualityScore score(const Customer& c, const QList<Contact>& contacts, const QDateTime& lastContact,
                   const QualityRules& rules = QualityRules::defaults())
{
    return QualityScorer(rules, asOf).score(c, contacts, lastContact);
}
} // namespace

TEST(QualityScorerTest, CompleteValidFreshCompanyScoresFullMarks)
{
    const QualityScore s = score(completeCompany(), {contact(QStringLiteral("+8613800138000"), QStringLiteral("zw@163.com"))},
                                 recent);
    EXPECT_EQ(s.score, 100); // 50 + 30 + 20
    EXPECT_TRUE(s.problems.isEmpty()) << s.problems.join(u',').toStdString();
}

TEST(QualityScorerTest, MissingFieldsAndStaleRecordLoseCompletenessAndFreshness)
{
    Customer c = makeCustomer(QStringLiteral("某公司"));
    c.industry = QStringLiteral("软件");
    c.province = QStringLiteral("广东省");
    c.updatedAt = longAgo;
    const QualityScore s = score(c, {}, QDateTime());
    // 2 of 8 company fields: 50 * 2/8 = 12.5; validity 30; not updated and never contacted: 0 -> 42.5 -> 43
    EXPECT_DOUBLE_EQ(s.completeness, 12.5);
    EXPECT_DOUBLE_EQ(s.freshness, 0);
    EXPECT_EQ(s.score, 43);
    EXPECT_EQ(s.missingFields, (QStringList{QStringLiteral("city"), QStringLiteral("address"), QStringLiteral("owner"),
                                            QStringLiteral("contact"), QStringLiteral("phone"), QStringLiteral("email")}));
    EXPECT_TRUE(s.problems.contains(QStringLiteral("missing_phone")));
    EXPECT_TRUE(s.problems.contains(QStringLiteral("stale")));
    EXPECT_TRUE(s.problems.contains(QStringLiteral("not_contacted")));
}

TEST(QualityScorerTest, EveryInvalidValueCostsTenPointsDownToZero)
{
    Customer c = makeCustomer(QStringLiteral("李娜"));
    c.kind = CustomerKind::Individual;
    c.province = QStringLiteral("浙江省");
    c.city = QStringLiteral("杭州市");
    c.owner = QStringLiteral("li");
    c.birthday = QDate(1985, 3, 2);
    c.updatedAt = recent;
    // One unparseable mobile: all 5 individual fields present (a typed mobile is present, if wrong) -> 50 + 20 + 20
    EXPECT_EQ(score(c, {contact(QStringLiteral("12345"))}, recent).score, 90);

    // Plus a broken email and an impossible birthday: 3 invalid values -> validity 0 -> 70
    c.birthday = QDate(2999, 1, 1);
    const QualityScore s = score(c, {contact(QStringLiteral("12345"), QStringLiteral("li@@example"))}, recent);
    EXPECT_EQ(s.score, 70);
    EXPECT_DOUBLE_EQ(s.validity, 0);
    for (const char* problem : {"invalid_phone", "invalid_email", "impossible_date"})
        EXPECT_TRUE(s.problems.contains(QString::fromLatin1(problem))) << problem;

    // A fourth invalid value (a landline that does not parse) takes nothing more: validity never goes below 0.
    Contact two = contact(QStringLiteral("12345"), QStringLiteral("li@@example"));
    two.phone = QStringLiteral("000");
    EXPECT_EQ(score(c, {two}, recent).score, 70);
}

TEST(QualityScorerTest, FollowUpInTheFutureIsAnImpossibleDate)
{
    const QDateTime nextMonth = asOf.addDays(30);
    const QualityScore s =
        score(completeCompany(), {contact(QStringLiteral("+8613800138000"), QStringLiteral("zw@163.com"))}, nextMonth);
    EXPECT_EQ(s.score, 90); // 50 + (30 - 10) + 20
    EXPECT_EQ(s.problems, QStringList{QStringLiteral("impossible_date")});
}

TEST(QualityScorerTest, RequiredFieldsAndStalePeriodComeFromTheRules)
{
    QualityRules rules;
    rules.companyRequired = {QStringLiteral("industry"), QStringLiteral("tags"), QStringLiteral("notes")};
    rules.individualRequired = {};
    rules.staleMonths = 3; // stale before 2026-03-30 12:00

    Customer c = makeCustomer(QStringLiteral("标签公司"));
    c.tags = {QStringLiteral("VIP")};
    c.updatedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
    const QDateTime lastContact(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    // 1 of 3: 16.67; validity 30; updated within 3 months but no follow-up since 2026-03-30: 10 -> 56.67 -> 57
    const QualityScore s = score(c, {}, lastContact, rules);
    EXPECT_EQ(s.score, 57);
    EXPECT_TRUE(s.problems.contains(QStringLiteral("not_contacted")));
    EXPECT_FALSE(s.problems.contains(QStringLiteral("stale")));

    // An individual of a kind that requires nothing keeps all 50 completeness points: 50 + 30 + 10 -> 90
    Customer person = makeCustomer(QStringLiteral("王芳"));
    person.kind = CustomerKind::Individual;
    person.updatedAt = c.updatedAt;
    EXPECT_EQ(score(person, {}, lastContact, rules).score, 90);
}

TEST(QualityScorerTest, RulesAreStoredInTheArchiveAndBadRulesRefused)
{
    TempArchive archive;
    QualityRulesRepository repo(archive->database().connection());
    auto loaded = repo.load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().toStdString();
    EXPECT_EQ(*loaded, QualityRules::defaults()); // nothing stored yet

    QualityRules rules;
    rules.companyRequired = {QStringLiteral("industry")};
    rules.individualRequired = {QStringLiteral("mobile"), QStringLiteral("email")};
    rules.staleMonths = 6;
    ASSERT_TRUE(repo.save(rules).ok());
    auto reopened = Archive::open(archive.path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(*QualityRulesRepository((*reopened)->database().connection()).load(), rules);

    QualityRules bad = rules;
    bad.companyRequired.append(QStringLiteral("shoe_size"));
    const Status refused = repo.save(bad);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorKind(), ErrorKind::Usage);
    bad = rules;
    bad.staleMonths = 0;
    EXPECT_FALSE(repo.save(bad).ok());
    EXPECT_EQ(*repo.load(), rules); // nothing of the refused rules was written
}

TEST(QualityScannerTest, ArchiveSummaryCountsEveryCustomerOnce)
{
    TempArchive archive;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // A: complete company, valid contact, follow-up today -> 100
    Customer a = completeCompany();
    a.code = QStringLiteral("A");
    auto savedA = archive->saveCustomer(a, {contact(QStringLiteral("13800138000"), QStringLiteral("zw@163.com"))});
    ASSERT_TRUE(savedA.ok()) << savedA.error().toStdString();
    Interaction call;
    call.customerId = savedA->id;
    call.happenedAt = now.addSecs(-3600);
    call.author = QStringLiteral("wang");
    ASSERT_TRUE(archive->interactions().insert(call).ok());

    // B: company with a name and an owner only, never contacted, updated two years ago:
    //    50 * 1/8 = 6.25, 30, 0 -> 36.25 -> 36
    Customer b = makeCustomer(QStringLiteral("空白公司"), QStringLiteral("B"));
    b.owner = QStringLiteral("wang");
    auto savedB = archive->saveCustomer(b, {});
    ASSERT_TRUE(savedB.ok());
    ASSERT_TRUE(SqlValue::run(archive->database().connection(), QStringLiteral("UPDATE customers SET updated_at = ? WHERE id = ?"),
                              {SqlValue::fromDateTime(now.addYears(-2)), savedB->id})
                    .ok());

    // C: unowned individual, everything but the birthday, a mobile that does not parse, no follow-up:
    //    50 * 4/5 = 40, 30 - 10 = 20, 20 - 10 = 10 -> 70
    Customer c = makeCustomer(QStringLiteral("赵敏"), QStringLiteral("C"));
    c.kind = CustomerKind::Individual;
    c.province = QStringLiteral("江苏省");
    c.city = QStringLiteral("南京市");
    c.owner = QStringLiteral("zhao");
    ASSERT_TRUE(archive->saveCustomer(c, {contact(QStringLiteral("55555"))}).ok());

    QualityScorer scorer(QualityRules::defaults(), now);
    QMap<QString, int> scores;
    auto summary = QualityScanner(archive->database().connection(), scorer)
                       .summarize([&](const QualityRecord& r, qint64, qint64) {
                           scores.insert(r.code, r.quality.score);
                           return true;
                       });
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_EQ(scores, (QMap<QString, int>{{QStringLiteral("A"), 100}, {QStringLiteral("B"), 36}, {QStringLiteral("C"), 70}}));
    EXPECT_EQ(summary->customers, 3);
    EXPECT_DOUBLE_EQ(summary->averageScore(), 206.0 / 3.0);
    EXPECT_EQ(summary->problems.value(QStringLiteral("stale")), 1);          // B
    EXPECT_EQ(summary->problems.value(QStringLiteral("not_contacted")), 2);  // B, C
    EXPECT_EQ(summary->problems.value(QStringLiteral("invalid_phone")), 1);  // C
    EXPECT_EQ(summary->problems.value(QStringLiteral("missing_birthday")), 1);
    EXPECT_EQ(summary->problems.value(QStringLiteral("missing_email")), 1);  // B
    EXPECT_TRUE(summary->problems.contains(QStringLiteral("invalid_email"))); // present with 0
    EXPECT_EQ(summary->problems.value(QStringLiteral("invalid_email")), 0);
    EXPECT_EQ(summary->histogram[3], 1);
    EXPECT_EQ(summary->histogram[7], 1);
    EXPECT_EQ(summary->histogram[9], 1);
    EXPECT_EQ(summary->byOwner.value(QStringLiteral("wang")).customers, 2);
    EXPECT_DOUBLE_EQ(summary->byOwner.value(QStringLiteral("wang")).averageScore(), 68.0);
    EXPECT_DOUBLE_EQ(summary->byOwner.value(QStringLiteral("zhao")).averageScore(), 70.0);

    auto notUpdated = QualityScanner::countNotUpdatedSince(archive->database().connection(), now.addMonths(-12));
    ASSERT_TRUE(notUpdated.ok());
    EXPECT_EQ(*notUpdated, 1);
}

TEST(QualityScannerTest, VisitorCanCancel)
{
    TempArchive archive;
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(archive->customers().insert(makeCustomer(QStringLiteral("客户%1").arg(i))).ok());
    QualityScorer scorer(QualityRules::defaults(), QDateTime::currentDateTimeUtc());
    int seen = 0;
    const Status s = QualityScanner(archive->database().connection(), scorer).scan([&](const QualityRecord&, qint64, qint64) {
        return ++seen < 2;
    });
    EXPECT_EQ(s.errorKind(), ErrorKind::Cancelled);
    EXPECT_EQ(seen, 2);
}

TEST(QualityWorstListTest, KeepsOnlyTheLowestScores)
{
    QualityWorstList worst(3);
    const int scores[] = {80, 20, 95, 20, 50, 70, 10};
    for (int i = 0; i < 7; ++i) {
        QualityRecord r;
        r.code = QStringLiteral("C%1").arg(i);
        r.quality.score = scores[i];
        worst.offer(r);
    }
    QStringList kept;
    for (const QualityRecord& r : worst.sorted())
        kept.append(QStringLiteral("%1:%2").arg(r.code).arg(r.quality.score));
    EXPECT_EQ(kept, (QStringList{"C6:10", "C1:20", "C3:20"}));
    QualityWorstList none(0);
    none.offer(QualityRecord());
    EXPECT_TRUE(none.sorted().isEmpty());
}

TEST(ReviewReminderScheduleTest, AtMostOncePerInterval)
{
    const QDate today(2026, 6, 30);
    EXPECT_TRUE(ReviewReminderSchedule::isDue(QDate(), today, 7));               // never shown
    EXPECT_FALSE(ReviewReminderSchedule::isDue(today, today, 7));                // shown today
    EXPECT_FALSE(ReviewReminderSchedule::isDue(today.addDays(-6), today, 7));
    EXPECT_TRUE(ReviewReminderSchedule::isDue(today.addDays(-7), today, 7));
    EXPECT_TRUE(ReviewReminderSchedule::isDue(today.addDays(3), today, 7));      // clock was wrong
    EXPECT_TRUE(ReviewReminderSchedule::isDue(today.addDays(-1), today, 0));     // 0 behaves as daily
}
