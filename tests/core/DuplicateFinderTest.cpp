#include "DemoDuplicates.h"
#include "DuplicateCandidateLookup.h"
#include "DemoGenerator.h"
#include "DuplicateFinder.h"
#include "DuplicateGrouper.h"
#include "ImportTestFiles.h"
#include "MatchKeys.h"
#include "SharedTestData.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include <set>

namespace {
// Precision, recall and F1 of predicted pairs against true pairs (pairs as ordered code pairs).
struct Accuracy {
    double precision = 0, recall = 0, f1 = 0;
};
using CodePair = std::pair<QString, QString>;

Accuracy accuracy(const std::set<CodePair>& predicted, const std::set<CodePair>& truth)
{
    qint64 hits = 0;
    for (const CodePair& p : predicted)
        hits += truth.count(p) ? 1 : 0;
    Accuracy a;
    a.precision = predicted.empty() ? 0 : double(hits) / double(predicted.size());
    a.recall = truth.empty() ? 0 : double(hits) / double(truth.size());
    a.f1 = a.precision + a.recall > 0 ? 2 * a.precision * a.recall / (a.precision + a.recall) : 0;
    return a;
}

CodePair ordered(const QString& a, const QString& b) { return a < b ? CodePair{a, b} : CodePair{b, a}; }

// All pairs inside each group: the records a merge would fold together.
std::set<CodePair> mergedPairs(Archive& archive, const DuplicateScan& scan)
{
    QHash<qint64, QString> codes;
    QSqlQuery q(archive.database().connection());
    q.exec(QStringLiteral("SELECT id, code FROM customers"));
    while (q.next())
        codes.insert(q.value(0).toLongLong(), q.value(1).toString());
    std::set<CodePair> pairs;
    for (const DuplicateGroup& g : scan.groups)
        for (qsizetype i = 0; i < g.customerIds.size(); ++i)
            for (qsizetype j = i + 1; j < g.customerIds.size(); ++j)
                pairs.insert(ordered(codes.value(g.customerIds[i]), codes.value(g.customerIds[j])));
    return pairs;
}

// The first column of every data row of a CSV file.
QStringList firstColumn(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QStringList values;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            values.append(line.section(QLatin1Char(','), 0, 0).trimmed());
    }
    return values;
}

// Febrl truth: records are the same person exactly when their ids share N (rec-N-org, rec-N-dup-K).
QString febrlEntity(const QString& recId)
{
    static const QRegularExpression re(QStringLiteral("^rec-(\\d+)-"));
    return re.match(recId).captured(1);
}

std::set<CodePair> truePairs(const QStringList& ids, const std::function<QString(const QString&)>& entityOf)
{
    QHash<QString, QStringList> byEntity;
    for (const QString& id : ids)
        byEntity[entityOf(id)].append(id);
    std::set<CodePair> pairs;
    for (const QStringList& members : std::as_const(byEntity))
        for (qsizetype i = 0; i < members.size(); ++i)
            for (qsizetype j = i + 1; j < members.size(); ++j)
                pairs.insert(ordered(members[i], members[j]));
    return pairs;
}

// The mapping files docs/dedupe.md gives for reproducing these figures with `dossier-cli import`.
QByteArray mappingFile(const char* name)
{
    QFile file(QStringLiteral(DOSSIER_SOURCE_DIR "/docs/examples/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void importWith(Archive& archive, const QString& path, const QByteArray& mapping)
{
    ImportOptions options;
    const auto parsed = ColumnMapping::fromJson(mapping);
    ASSERT_TRUE(parsed) << parsed.error().toStdString();
    options.mapping = *parsed;
    const auto report = importFile(archive, path, options);
    ASSERT_TRUE(report) << report.error().toStdString();
    ASSERT_GT(report->imported, 0);
}

Customer person(const QString& name, const QString& family, const QString& given, const QString& city = {})
{
    Customer c;
    c.kind = CustomerKind::Individual;
    c.name = name;
    c.familyName = family;
    c.givenName = given;
    c.city = city;
    return c;
}

Contact phone(const QString& number)
{
    Contact k;
    k.name = QStringLiteral("本人");
    k.mobile = number;
    k.isPrimary = true;
    return k;
}
} // namespace

// Febrl 3 (5,000 records, clusters up to 6): every true pair counts, including those of the few records the
// import refuses (no name at all), as a merge of the found groups would leave them.
TEST(DuplicateFinder, FindsFebrl3DuplicatesWithF1AtLeast099)
{
    TempArchive a;
    const QString path = sharedData(QStringLiteral("febrl/dataset3.csv"));
    importWith(*a, path, mappingFile("febrl-mapping.json"));
    const auto scan = DuplicateFinder(a->database().connection()).scan();
    ASSERT_TRUE(scan) << scan.error().toStdString();
    const Accuracy acc = accuracy(mergedPairs(*a, *scan), truePairs(firstColumn(path), febrlEntity));
    std::printf("febrl3: precision %.5f recall %.5f F1 %.5f (%lld candidate pairs)\n", acc.precision, acc.recall, acc.f1,
                scan->candidatePairs);
    EXPECT_GE(acc.f1, 0.99);
    EXPECT_LT(scan->candidatePairs, 5000LL * 4999 / 2 / 50) << "blocking must not compare (nearly) all pairs";
}

// Febrl 4: A and B in one archive; the links to find are rec-i-org (A) ↔ rec-i-dup-0 (B).
TEST(DuplicateFinder, LinksFebrl4AToBWithF1AtLeast0995)
{
    TempArchive a;
    const QString pathA = sharedData(QStringLiteral("febrl/dataset4a.csv"));
    const QString pathB = sharedData(QStringLiteral("febrl/dataset4b.csv"));
    importWith(*a, pathA, mappingFile("febrl-mapping.json"));
    importWith(*a, pathB, mappingFile("febrl-mapping.json"));
    const auto scan = DuplicateFinder(a->database().connection()).scan();
    ASSERT_TRUE(scan) << scan.error().toStdString();
    const QStringList idsA = firstColumn(pathA), idsB = firstColumn(pathB);
    const QSet<QString> inA(idsA.begin(), idsA.end());
    const auto across = [&](const CodePair& p) { return inA.contains(p.first) != inA.contains(p.second); };
    std::set<CodePair> truth, predicted;
    for (const CodePair& p : truePairs(idsA + idsB, febrlEntity))
        if (across(p))
            truth.insert(p);
    for (const CodePair& p : mergedPairs(*a, *scan))
        if (across(p))
            predicted.insert(p);
    EXPECT_EQ(truth.size(), 5000u);
    const Accuracy acc = accuracy(predicted, truth);
    std::printf("febrl4: precision %.5f recall %.5f F1 %.5f (%lld candidate pairs)\n", acc.precision, acc.recall, acc.f1,
                static_cast<long long>(scan->candidatePairs));
    EXPECT_GE(acc.f1, 0.995);
}

// Splink's fake_1000 (typos, 17–21 % missing values, corrupted e-mails): Splink reaches F1 0.81 at
// probability 0.5 (0.86 at its best threshold); the groups a merge would make must do at least as well as
// Splink at the same threshold.
TEST(DuplicateFinder, GroupsSplinkFake1000AtLeastAsWellAsSplink)
{
    TempArchive a;
    const QString path = sharedData(QStringLiteral("splink/fake_1000.csv"));
    importWith(*a, path, mappingFile("fake1000-mapping.json"));
    const auto scan = DuplicateFinder(a->database().connection()).scan();
    ASSERT_TRUE(scan) << scan.error().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> cluster;
    file.readLine();
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (cells.size() == 7)
            cluster.insert(cells[0], cells[6]);
    }
    const Accuracy acc = accuracy(mergedPairs(*a, *scan), truePairs(cluster.keys(), [&](const QString& id) { return cluster.value(id); }));
    std::printf("fake_1000: precision %.5f recall %.5f F1 %.5f (%lld candidate pairs)\n", acc.precision, acc.recall, acc.f1,
                static_cast<long long>(scan->candidatePairs));
    EXPECT_GE(acc.f1, 0.81);
}

// Chinese customers with the errors people make (DemoDuplicates: homophones, Traditional forms, pinyin, swapped
// names, phone formats and typos, legal-form variants, missing fields); truth from the codes (ORIGINAL-Dn).
TEST(DuplicateFinder, FindsChineseDuplicatesWithF1AtLeast095)
{
    TempArchive a;
    DemoGenerator::Options demo;
    demo.customers = 3000;
    demo.seed = 7;
    demo.today = QDate(2026, 1, 1);
    ASSERT_TRUE(DemoGenerator::generate(*a, demo));
    DemoDuplicates::Options options;
    options.share = 0.1;
    options.maxCopies = 3;
    const auto added = DemoDuplicates::add(*a, options);
    ASSERT_TRUE(added) << added.error().toStdString();
    ASSERT_GT(*added, 300);

    QStringList codes;
    QSqlQuery q(a->database().connection());
    q.exec(QStringLiteral("SELECT code FROM customers"));
    while (q.next())
        codes.append(q.value(0).toString());
    const auto scan = DuplicateFinder(a->database().connection()).scan();
    ASSERT_TRUE(scan) << scan.error().toStdString();
    const Accuracy acc = accuracy(mergedPairs(*a, *scan), truePairs(codes, [](const QString& code) { return code.section(QStringLiteral("-D"), 0, 0); }));
    std::printf("chinese demo: precision %.5f recall %.5f F1 %.5f\n", acc.precision, acc.recall, acc.f1);
    EXPECT_GE(acc.f1, 0.95);
}

TEST(MatchKeys, CompanyKeyDropsLegalFormsAndRegions)
{
    QSet<QString> places;
    MatchKeys::addPlace(places, QStringLiteral("北京市"));
    const MatchKeys keys(places);
    EXPECT_EQ(keys.companyKey(QStringLiteral("北京华为技术有限公司")), keys.companyKey(QStringLiteral("华为技术（北京）有限公司")));
    EXPECT_EQ(keys.companyKey(QStringLiteral("华为技术(北京)有限公司")), QStringLiteral("华为技术"));
    EXPECT_EQ(keys.companyKey(QStringLiteral("華為技術股份有限公司")), QStringLiteral("华为技术"));
    EXPECT_EQ(keys.companyKey(QStringLiteral("Huawei Technologies Co., Ltd.")), keys.companyKey(QStringLiteral("HUAWEI TECHNOLOGIES CO LTD")));
    EXPECT_NE(keys.companyKey(QStringLiteral("华为技术有限公司")), keys.companyKey(QStringLiteral("中兴通讯股份有限公司")));
}

TEST(MatchKeys, PhonesAndEmailsAreCanonical)
{
    EXPECT_EQ(MatchKeys::phone(QStringLiteral("138-0013-8000")), MatchKeys::phone(QStringLiteral("+86 138 0013 8000")));
    EXPECT_EQ(MatchKeys::phone(QStringLiteral("+8613800138000")), QStringLiteral("8613800138000"));
    EXPECT_EQ(MatchKeys::email(QStringLiteral(" Zhang.Wei+crm@Example.COM ")), QStringLiteral("zhang.wei@example.com"));
    EXPECT_TRUE(MatchKeys::email(QStringLiteral("not an address")).isEmpty());
}

// The example: 张伟 / 張偉 / "Zhang Wei", 138-0013-8000 / +86 13800138000, in an archive of other people.
TEST(DuplicateFinder, GroupsTheSameChineseCustomerTypedThreeWays)
{
    TempArchive a;
    DemoGenerator::Options demo;
    demo.customers = 400;
    demo.today = QDate(2026, 1, 1);
    ASSERT_TRUE(DemoGenerator::generate(*a, demo));
    const auto first = a->saveCustomer(person(QStringLiteral("张伟"), QStringLiteral("张"), QStringLiteral("伟"), QStringLiteral("北京")),
                                       {phone(QStringLiteral("138-0013-8000"))});
    const auto second = a->saveCustomer(person(QStringLiteral("張偉"), QStringLiteral("張"), QStringLiteral("偉"), QStringLiteral("北京")),
                                        {phone(QStringLiteral("+86 13800138000"))});
    const auto third = a->saveCustomer(person(QStringLiteral("Zhang Wei"), {}, {}, QStringLiteral("北京")),
                                       {phone(QStringLiteral("13800138000"))});
    const auto other = a->saveCustomer(person(QStringLiteral("张卫国"), QStringLiteral("张"), QStringLiteral("卫国"), QStringLiteral("上海")),
                                       {phone(QStringLiteral("139-1234-5678"))});
    ASSERT_TRUE(first && second && third && other);

    const auto scan = DuplicateFinder(a->database().connection()).scan();
    ASSERT_TRUE(scan) << scan.error().toStdString();
    const DuplicateGroup* found = nullptr;
    for (const DuplicateGroup& g : scan->groups)
        if (g.customerIds.contains(first->id))
            found = &g;
    ASSERT_NE(found, nullptr);
    EXPECT_TRUE(found->customerIds.contains(second->id));
    EXPECT_TRUE(found->customerIds.contains(third->id));
    EXPECT_FALSE(found->customerIds.contains(other->id));

    // Entering her a fourth time flags the three, and not 张卫国.
    Customer again = person(QStringLiteral("张伟"), QStringLiteral("张"), QStringLiteral("伟"), QStringLiteral("北京"));
    const auto likely = DuplicateFinder(a->database().connection()).findFor(again, phone(QStringLiteral("13800138000")));
    ASSERT_TRUE(likely) << likely.error().toStdString();
    QSet<qint64> flagged;
    for (const DuplicatePair& p : *likely)
        flagged.insert(p.rightId);
    EXPECT_EQ(flagged, (QSet<qint64>{first->id, second->id, third->id}));
}

// Check on entry: a copy typed in Traditional characters or in pinyin, with the phone in another format, is
// flagged among hundreds of other customers (who are not).
TEST(DuplicateFinder, EntryCheckFlagsATraditionalOrPinyinCopyWithThePhoneInAnotherFormat)
{
    TempArchive a;
    DemoGenerator::Options demo;
    demo.customers = 400;
    demo.today = QDate(2026, 1, 1);
    ASSERT_TRUE(DemoGenerator::generate(*a, demo));
    Customer stored = person(QStringLiteral("欧阳建国"), QStringLiteral("欧阳"), QStringLiteral("建国"), QStringLiteral("广州"));
    stored.birthday = QDate(1979, 5, 4);
    const auto original = a->saveCustomer(stored, {phone(QStringLiteral("139-2233-4455"))});
    ASSERT_TRUE(original);

    for (const QString& name : {QStringLiteral("歐陽建國"), QStringLiteral("Ouyang Jianguo")}) {
        const auto likely = DuplicateFinder(a->database().connection())
                                .findFor(person(name, {}, {}, QStringLiteral("广州")), phone(QStringLiteral("+86 (139) 2233 4455")));
        ASSERT_TRUE(likely) << likely.error().toStdString();
        ASSERT_EQ(likely->size(), 1) << name.toStdString();
        EXPECT_EQ(likely->front().rightId, original->id) << name.toStdString();
    }
}

// The lookups behind the check find a copy by its name alone (no phone, e-mail or ID number typed), however
// the name or the company's legal form and region are written.
TEST(DuplicateCandidateLookup, FindsCopiesByNameWithoutAnyPhone)
{
    TempArchive a;
    DemoGenerator::Options demo;
    demo.customers = 300;
    demo.today = QDate(2026, 1, 1);
    ASSERT_TRUE(DemoGenerator::generate(*a, demo));
    const auto zhang = a->saveCustomer(person(QStringLiteral("张伟"), QStringLiteral("张"), QStringLiteral("伟"), QStringLiteral("北京")), {});
    Customer company;
    company.kind = CustomerKind::Company;
    company.name = QStringLiteral("北京华为技术有限公司");
    company.city = QStringLiteral("北京");
    const auto huawei = a->saveCustomer(company, {});
    ASSERT_TRUE(zhang && huawei);

    DuplicateCandidateLookup lookup(a->database().connection());
    for (const QString& name : {QStringLiteral("張偉"), QStringLiteral("Zhang Wei"), QStringLiteral("ZHANGWEI")}) {
        const auto found = lookup.find(person(name, {}, {}, QStringLiteral("北京")), {}, {});
        ASSERT_TRUE(found) << found.error().toStdString();
        EXPECT_TRUE(found->contains(zhang->id)) << name.toStdString();
        EXPECT_FALSE(found->contains(huawei->id));
    }
    Customer again = company;
    again.name = QStringLiteral("華為技術（北京）有限責任公司");
    const auto found = lookup.find(again, {}, MatchKeys().companyKey(again.name));
    ASSERT_TRUE(found) << found.error().toStdString();
    EXPECT_TRUE(found->contains(huawei->id));
    EXPECT_FALSE(found->contains(zhang->id));
}

// Someone new (a name, phone, e-mail and ID number nobody in the archive has) is not flagged.
TEST(DuplicateFinder, EntryCheckDoesNotFlagAnUnrelatedNewCustomer)
{
    TempArchive a;
    DemoGenerator::Options demo;
    demo.customers = 400;
    demo.today = QDate(2026, 1, 1);
    ASSERT_TRUE(DemoGenerator::generate(*a, demo));
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("司马相如"), QStringLiteral("司马"), QStringLiteral("相如"), QStringLiteral("成都")),
                                {phone(QStringLiteral("13600001111"))}));
    Customer newcomer = person(QStringLiteral("诸葛明远"), QStringLiteral("诸葛"), QStringLiteral("明远"), QStringLiteral("成都"));
    newcomer.idNumber = QStringLiteral("51010419900307123X");
    Contact contact = phone(QStringLiteral("135 7777 0000"));
    contact.email = QStringLiteral("zhuge.mingyuan@example.cn");
    const auto likely = DuplicateFinder(a->database().connection()).findFor(newcomer, contact);
    ASSERT_TRUE(likely) << likely.error().toStdString();
    EXPECT_TRUE(likely->isEmpty());
    // …while the same person typed again with only the e-mail, in capitals, is.
    ASSERT_TRUE(a->saveCustomer(newcomer, {contact}));
    Contact byEmail;
    byEmail.email = QStringLiteral("Zhuge.Mingyuan@Example.CN");
    const auto again = DuplicateFinder(a->database().connection()).findFor(newcomer, byEmail);
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_EQ(again->size(), 1);
}

// A namesake is not a duplicate: a new 张伟 in the same city with another mobile is saved without a question,
// while the same name typed without a phone, or with the stored e-mail, is still flagged.
TEST(DuplicateFinder, EntryCheckLetsANamesakeWithAnotherPhoneThrough)
{
    TempArchive a;
    DemoGenerator::Options demo;
    demo.customers = 400;
    demo.today = QDate(2026, 1, 1);
    ASSERT_TRUE(DemoGenerator::generate(*a, demo));
    Contact stored = phone(QStringLiteral("13800138000"));
    stored.email = QStringLiteral("zhangwei@example.cn");
    const auto zhang = a->saveCustomer(person(QStringLiteral("张伟"), QStringLiteral("张"), QStringLiteral("伟"), QStringLiteral("北京")),
                                       {stored});
    ASSERT_TRUE(zhang);
    DuplicateFinder finder(a->database().connection());
    const Customer newcomer = person(QStringLiteral("张伟"), QStringLiteral("张"), QStringLiteral("伟"), QStringLiteral("北京"));

    const auto namesake = finder.findFor(newcomer, phone(QStringLiteral("13911112222")));
    ASSERT_TRUE(namesake) << namesake.error().toStdString();
    EXPECT_TRUE(namesake->isEmpty());

    const auto withoutPhone = finder.findFor(newcomer, Contact{});
    ASSERT_TRUE(withoutPhone);
    ASSERT_EQ(withoutPhone->size(), 1);
    EXPECT_EQ(withoutPhone->front().rightId, zhang->id);

    Contact newPhoneSameEmail = phone(QStringLiteral("13911112222"));
    newPhoneSameEmail.email = QStringLiteral("ZhangWei@example.cn");
    const auto sameEmail = finder.findFor(newcomer, newPhoneSameEmail);
    ASSERT_TRUE(sameEmail);
    ASSERT_EQ(sameEmail->size(), 1);
    EXPECT_EQ(sameEmail->front().rightId, zhang->id);
}

TEST(DuplicateFinder, NeverProposesARejectedPairAndWorksWithoutTheTable)
{
    TempArchive a;
    const auto x = a->saveCustomer(person(QStringLiteral("李娜"), QStringLiteral("李"), QStringLiteral("娜")), {phone(QStringLiteral("13911112222"))});
    const auto y = a->saveCustomer(person(QStringLiteral("李娜"), QStringLiteral("李"), QStringLiteral("娜")), {phone(QStringLiteral("139 1111 2222"))});
    ASSERT_TRUE(x && y);
    auto proposed = [&] {
        const auto scan = DuplicateFinder(a->database().connection()).scan(DuplicateScanOptions{});
        EXPECT_TRUE(scan) << scan.error().toStdString();
        for (const DuplicatePair& p : scan->pairs)
            if (p.leftId == std::min(x->id, y->id) && p.rightId == std::max(x->id, y->id))
                return true;
        return false;
    };
    EXPECT_TRUE(proposed());
    QSqlQuery q(a->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dedupe_rejections (left_id INTEGER, right_id INTEGER,"
                                      " created_at TEXT, user_id INTEGER, PRIMARY KEY (left_id, right_id))")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO dedupe_rejections(left_id, right_id, created_at) VALUES (%1, %2, '2026-01-01T00:00:00.000Z')").arg(std::min(x->id, y->id)).arg(std::max(x->id, y->id))));
    EXPECT_FALSE(proposed());
}

TEST(DuplicateFinder, ProgressCanCancelTheScan)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("王芳"), QStringLiteral("王"), QStringLiteral("芳")), {}));
    DuplicateScanOptions options;
    int calls = 0;
    options.progress = [&](qint64, qint64) { return ++calls < 1; };
    const auto scan = DuplicateFinder(a->database().connection()).scan(options);
    ASSERT_FALSE(scan);
    EXPECT_EQ(scan.errorKind(), ErrorKind::Cancelled);
}

// Two groups joined by one link stay two groups; a third record linked to both members joins.
TEST(DuplicateGrouper, OneLinkDoesNotJoinTwoGroups)
{
    const QVector<DuplicatePair> pairs = {{1, 2, 0.99}, {3, 4, 0.99}, {2, 3, 0.95}, {5, 6, 0.9}, {5, 7, 0.8}, {6, 7, 0.7}};
    const QVector<DuplicateGroup> groups = DuplicateGrouper::group(pairs, 0.5);
    QSet<QVector<qint64>> found;
    for (const DuplicateGroup& g : groups)
        found.insert(g.customerIds);
    EXPECT_EQ(found, (QSet<QVector<qint64>>{{1, 2}, {3, 4}, {5, 6, 7}}));
    for (const DuplicateGroup& g : groups)
        if (g.customerIds == QVector<qint64>{5, 6, 7}) {
            EXPECT_DOUBLE_EQ(g.score, 0.8); // the weakest link that holds it together
        }
}
