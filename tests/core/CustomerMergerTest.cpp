#include "AuditLog.h"
#include "CustomerMerger.h"
#include "DedupeRejectionRepository.h"
#include "DemoGenerator.h"
#include "MergeRepository.h"
#include "RawRows.h"
#include "SearchIndex.h"
#include "SqlValue.h"
#include "TempArchive.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <gtest/gtest.h>

namespace {
// Every row of the tables a merge touches, as text, sorted: two dumps are equal when the archive holds exactly
// the same rows (same ids, codes, every column).
QStringList dump(Archive& a)
{
    QStringList lines;
    for (const QString& table :
         {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("interactions"),
          QStringLiteral("orders"), QStringLiteral("tasks"), QStringLiteral("tags"), QStringLiteral("customer_tags"),
          QStringLiteral("custom_field_values"), QStringLiteral("customer_aliases"),
          QStringLiteral("segment_snapshot_members"), QStringLiteral("dedupe_rejections"), QStringLiteral("users")}) {
        const auto rows = RawRows::select(a.database().connection(), table, QStringLiteral("1"), {});
        EXPECT_TRUE(rows) << rows.error().toStdString();
        for (const QJsonValue& v : *rows) {
            lines.append(table + QLatin1Char(' ') +
                         QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// The dump without the version of these customers (an unmerge moves a survivor's version forward).
QStringList withoutVersions(QStringList lines, const QList<qint64>& ids)
{
    const QString prefix = QStringLiteral("customers ");
    for (QString& line : lines) {
        if (!line.startsWith(prefix))
            continue;
        QJsonObject row = QJsonDocument::fromJson(line.mid(prefix.size()).toUtf8()).object();
        if (ids.contains(row.value(QStringLiteral("id")).toInteger()))
            row.remove(QStringLiteral("version"));
        line = prefix + QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

qint64 count(Archive& a, const QString& sql)
{
    QSqlQuery q(a.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

Customer customer(Archive& a, const QString& name, const QString& code)
{
    Customer c = makeCustomer(name, code);
    auto stored = a.customers().insert(c);
    EXPECT_TRUE(stored) << stored.error().toStdString();
    return *stored;
}

Contact contact(const QString& name, const QString& mobile, bool primary)
{
    Contact k;
    k.name = name;
    k.mobile = mobile;
    k.isPrimary = primary;
    return k;
}

Interaction followUp(qint64 customerId, const QString& text)
{
    Interaction i;
    i.customerId = customerId;
    i.type = InteractionType::Call;
    i.happenedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    i.author = QStringLiteral("wangfang");
    i.content = text;
    return i;
}

Order order(qint64 customerId, const QString& no, qint64 cents)
{
    Order o;
    o.customerId = customerId;
    o.orderNo = no;
    o.date = QDate(2025, 2, 1);
    o.amountCents = cents;
    return o;
}

Task task(qint64 customerId, const QString& title)
{
    Task t;
    t.customerId = customerId;
    t.title = title;
    t.dueDate = QDate(2026, 5, 1);
    return t;
}

// The same customer entered twice (张伟 / 張偉) plus an unrelated one, each with every kind of child row.
struct Duplicates {
    Customer keep, dup, other;
};

Duplicates enterDuplicates(Archive& a)
{
    CustomFieldDefinition wechatGroup;
    wechatGroup.name = QStringLiteral("微信群");
    EXPECT_TRUE(a.customFields().define(wechatGroup));
    CustomFieldDefinition credit;
    credit.name = QStringLiteral("信用额度");
    EXPECT_TRUE(a.customFields().define(credit));

    Duplicates d;
    Customer keep = makeCustomer(QStringLiteral("张伟"), QStringLiteral("C000101"));
    keep.kind = CustomerKind::Individual;
    keep.city = QStringLiteral("北京");
    keep.notes = QStringLiteral("老客户，喜欢电话联系");
    keep.tags = {QStringLiteral("VIP")};
    keep.customFields.insert(QStringLiteral("微信群"), QStringLiteral("华北群"));
    keep.owner = QStringLiteral("wangfang");
    d.keep = *a.saveCustomer(keep, {contact(QStringLiteral("张伟"), QStringLiteral("13800138000"), true)});

    Customer dup = makeCustomer(QStringLiteral("張偉"), QStringLiteral("C000102"));
    dup.kind = CustomerKind::Individual;
    dup.address = QStringLiteral("北京市海淀区中关村大街1号");
    dup.notes = QStringLiteral("展会上认识");
    dup.tags = {QStringLiteral("展会"), QStringLiteral("VIP")};
    dup.customFields.insert(QStringLiteral("信用额度"), QStringLiteral("50000"));
    dup.birthday = QDate(1985, 6, 1);
    d.dup = *a.saveCustomer(dup, {contact(QStringLiteral("张伟"), QStringLiteral("+86 138 0013 8000"), true),
                                  contact(QStringLiteral("李秘书"), QStringLiteral("13900139000"), false)});
    d.other = customer(a, QStringLiteral("华为技术有限公司"), QStringLiteral("C000103"));

    EXPECT_TRUE(a.interactions().insert(followUp(d.keep.id, QStringLiteral("电话回访"))));
    EXPECT_TRUE(a.interactions().insert(followUp(d.dup.id, QStringLiteral("展会交换名片"))));
    EXPECT_TRUE(a.orders().insert(order(d.keep.id, QStringLiteral("SO-1"), 100000)));
    EXPECT_TRUE(a.orders().insert(order(d.dup.id, QStringLiteral("SO-2"), 250000)));
    EXPECT_TRUE(a.tasks().add(task(d.dup.id, QStringLiteral("寄送样品"))));
    QSqlDatabase& db = a.database().connection();
    EXPECT_TRUE(SqlValue::run(db, QStringLiteral("INSERT INTO segment_snapshots(taken_at, as_of, model, customers)"
                                                 " VALUES ('2025-01-01T00:00:00.000Z', '2025-01-01', 'abc', 2)"), {}));
    EXPECT_TRUE(SqlValue::run(db, QStringLiteral("INSERT INTO segment_snapshot_members VALUES (1, ?, 'A'), (1, ?, 'B')"),
                              {d.keep.id, d.dup.id}));
    EXPECT_TRUE(DedupeRejectionRepository(db).add(d.other.id, d.dup.id));
    return d;
}

QList<qint64> searchIds(Archive& a, const QString& text)
{
    const auto hits = SearchIndex(a.database().connection()).search({text});
    EXPECT_TRUE(hits) << hits.error().toStdString();
    QList<qint64> ids;
    for (const SearchHit& hit : *hits)
        ids.append(hit.customerId);
    return ids;
}
} // namespace

TEST(CustomerMerger, MovesEverythingToTheSurvivorAndKeepsTheOldCodeAsAlias)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    a->database().setActingUser({7, QStringLiteral("zhaoli"), QStringLiteral("manager")});
    CustomerMerger merger(a->database());
    const auto mergeId = merger.merge(d.keep.id, {d.dup.id});
    ASSERT_TRUE(mergeId) << mergeId.error().toStdString();

    EXPECT_EQ(a->customers().findById(d.dup.id).errorKind(), ErrorKind::NotFound);
    const auto kept = a->customers().findById(d.keep.id);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->code, QStringLiteral("C000101"));
    // Fields: values only the duplicate had are filled in, tags and custom fields of both are kept.
    EXPECT_EQ(kept->address, QStringLiteral("北京市海淀区中关村大街1号"));
    EXPECT_EQ(kept->birthday, QDate(1985, 6, 1));
    EXPECT_EQ(kept->city, QStringLiteral("北京"));
    EXPECT_EQ(kept->owner, QStringLiteral("wangfang"));
    EXPECT_TRUE(kept->tags.contains(QStringLiteral("VIP")));
    EXPECT_TRUE(kept->tags.contains(QStringLiteral("展会")));
    EXPECT_EQ(kept->customFields.value(QStringLiteral("微信群")), QStringLiteral("华北群"));
    EXPECT_EQ(kept->customFields.value(QStringLiteral("信用额度")), QStringLiteral("50000"));
    EXPECT_TRUE(kept->notes.contains(QStringLiteral("老客户，喜欢电话联系")));
    EXPECT_TRUE(kept->notes.contains(QStringLiteral("展会上认识")));

    // Child rows: all moved, one primary contact (the survivor's own).
    const auto contacts = a->contacts().forCustomer(d.keep.id);
    ASSERT_EQ(contacts->size(), 3);
    EXPECT_EQ(std::count_if(contacts->begin(), contacts->end(), [](const Contact& k) { return k.isPrimary; }), 1);
    EXPECT_EQ(contacts->first().mobile, QStringLiteral("+8613800138000"));
    EXPECT_EQ(a->interactions().forCustomer(d.keep.id)->size(), 2);
    EXPECT_EQ(a->orders().totalsForCustomer(d.keep.id)->amountCents, 350000);
    EXPECT_EQ(a->tasks().forCustomer(d.keep.id)->size(), 1);
    // "Not the same customer" as the duplicate now holds for the survivor.
    EXPECT_TRUE(*DedupeRejectionRepository(a->database().connection()).contains(d.keep.id, d.other.id));

    // Searching by the old code finds the survivor, in the index and through the CLI-facing search.
    EXPECT_EQ(searchIds(*a, QStringLiteral("C000102")), QList<qint64>{d.keep.id});

    // The merge is recorded with who did it.
    const auto info = MergeRepository(a->database().connection()).find(*mergeId);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->userLogin, QStringLiteral("zhaoli"));
    EXPECT_EQ(info->survivorCode, QStringLiteral("C000101"));
    EXPECT_EQ(info->mergedCodes, QStringList{QStringLiteral("C000102")});
    EXPECT_FALSE(info->undoneAt.isValid());
}

TEST(CustomerMerger, UnmergePutsBackExactlyWhatWasThere)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    const QStringList before = dump(*a);
    CustomerMerger merger(a->database());
    const auto mergeId = merger.merge(d.keep.id, {d.dup.id});
    ASSERT_TRUE(mergeId) << mergeId.error().toStdString();
    ASSERT_NE(dump(*a), before);

    const auto undone = merger.unmerge(*mergeId);
    ASSERT_TRUE(undone) << undone.error().toStdString();
    EXPECT_TRUE(undone->undoneAt.isValid());
    // Every row of every affected table is back, column for column; only the survivor's version moved forward.
    EXPECT_EQ(withoutVersions(dump(*a), {d.keep.id}), withoutVersions(before, {d.keep.id}));
    EXPECT_GT(*a->customers().versionOf(d.keep.id), d.keep.version);
    // The old code is a code again, not an alias.
    EXPECT_EQ(searchIds(*a, QStringLiteral("C000102")), QList<qint64>{d.dup.id});
    EXPECT_EQ(count(*a, QStringLiteral("SELECT count(*) FROM customer_aliases")), 0);
    // Undoing twice is refused.
    const auto again = merger.unmerge(*mergeId);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.errorKind(), ErrorKind::Conflict);
}

TEST(CustomerMerger, UnmergeIsRefusedWhenTheSurvivorWasEditedAfterwards)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    CustomerMerger merger(a->database());
    const auto mergeId = merger.merge(d.keep.id, {d.dup.id});
    ASSERT_TRUE(mergeId);
    Customer edited = *a->customers().findById(d.keep.id);
    edited.level = QStringLiteral("A");
    ASSERT_TRUE(a->customers().update(edited));
    const QStringList beforeAttempt = dump(*a);

    const auto undone = merger.unmerge(*mergeId);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(undone.error().contains(QStringLiteral("C000101"))) << undone.error().toStdString();
    EXPECT_EQ(dump(*a), beforeAttempt); // nothing changed
    EXPECT_FALSE(MergeRepository(a->database().connection()).find(*mergeId)->undoneAt.isValid());
}

TEST(CustomerMerger, LaterMergesMustBeUndoneFirstThenEverythingComesBack)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    const Customer third = customer(*a, QStringLiteral("张伟（北京）"), QStringLiteral("C000104"));
    ASSERT_TRUE(a->orders().insert(order(third.id, QStringLiteral("SO-3"), 999)));
    const QStringList original = dump(*a);
    CustomerMerger merger(a->database());
    const auto first = merger.merge(d.keep.id, {d.dup.id});
    ASSERT_TRUE(first);
    const auto second = merger.merge(d.keep.id, {third.id});
    ASSERT_TRUE(second);

    const auto outOfOrder = merger.unmerge(*first);
    ASSERT_FALSE(outOfOrder);
    EXPECT_TRUE(outOfOrder.error().contains(QString::number(*second))) << outOfOrder.error().toStdString();

    ASSERT_TRUE(merger.unmerge(*second));
    ASSERT_TRUE(merger.unmerge(*first));
    EXPECT_EQ(withoutVersions(dump(*a), {d.keep.id}), withoutVersions(original, {d.keep.id}));
}

TEST(CustomerMerger, MergingASurvivorAwayBlocksItsOwnUnmergeAndAliasesFollow)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    const Customer top = customer(*a, QStringLiteral("张伟 Zhang Wei"), QStringLiteral("C000105"));
    CustomerMerger merger(a->database());
    const auto first = merger.merge(d.keep.id, {d.dup.id});
    ASSERT_TRUE(first);
    const auto second = merger.merge(top.id, {d.keep.id});
    ASSERT_TRUE(second) << second.error().toStdString();
    // Both old codes lead to the final survivor.
    EXPECT_EQ(searchIds(*a, QStringLiteral("C000102")), QList<qint64>{top.id});
    EXPECT_EQ(searchIds(*a, QStringLiteral("C000101")), QList<qint64>{top.id});
    // A merged-away code cannot be merged again, and says where it went.
    const auto byAlias = merger.mergeCodes(QStringLiteral("C000103"), {QStringLiteral("C000102")});
    ASSERT_FALSE(byAlias);
    EXPECT_TRUE(byAlias.error().contains(QStringLiteral("C000105"))) << byAlias.error().toStdString();

    const auto blocked = merger.unmerge(*first);
    ASSERT_FALSE(blocked);
    EXPECT_TRUE(blocked.error().contains(QString::number(*second))) << blocked.error().toStdString();
    ASSERT_TRUE(merger.unmerge(*second));
    EXPECT_EQ(searchIds(*a, QStringLiteral("C000102")), QList<qint64>{d.keep.id});
    ASSERT_TRUE(merger.unmerge(*first));
    EXPECT_EQ(searchIds(*a, QStringLiteral("C000102")), QList<qint64>{d.dup.id});
}

TEST(CustomerMerger, ChosenValuesWinAndDefaultsPreferTheMostRecentNonEmptyValue)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    // The duplicate is edited last: its non-empty values are the most recent.
    Customer dup = *a->customers().findById(d.dup.id);
    dup.city = QStringLiteral("北京市");
    dup.level = QStringLiteral("B");
    ASSERT_TRUE(a->customers().update(dup));
    MergeChoices choices;
    choices.insert(QStringLiteral("name"), d.keep.id);
    choices.insert(QStringLiteral("level"), d.keep.id); // the survivor has no level: choosing it empties it
    choices.insert(QStringLiteral("notes"), d.dup.id);
    const auto mergeId = CustomerMerger(a->database()).merge(d.keep.id, {d.dup.id}, choices);
    ASSERT_TRUE(mergeId) << mergeId.error().toStdString();
    const auto kept = *a->customers().findById(d.keep.id);
    EXPECT_EQ(kept.name, QStringLiteral("张伟"));
    EXPECT_EQ(kept.city, QStringLiteral("北京市")); // default: most recently updated record's value
    EXPECT_EQ(kept.level, QString());
    EXPECT_EQ(kept.notes, QStringLiteral("展会上认识"));
}

TEST(CustomerMerger, BadRequestsAreRefusedWithoutChangingAnything)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    const QStringList before = dump(*a);
    CustomerMerger merger(a->database());
    EXPECT_EQ(merger.merge(d.keep.id, {}).errorKind(), ErrorKind::Usage);
    EXPECT_EQ(merger.merge(d.keep.id, {d.keep.id}).errorKind(), ErrorKind::Usage);
    EXPECT_EQ(merger.merge(d.keep.id, {d.dup.id, 9999}).errorKind(), ErrorKind::NotFound);
    MergeChoices foreign;
    foreign.insert(QStringLiteral("city"), d.other.id);
    const auto outside = merger.merge(d.keep.id, {d.dup.id}, foreign);
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.errorKind(), ErrorKind::Usage);
    EXPECT_EQ(merger.mergeCodes(QStringLiteral("C000101"), {QStringLiteral("NOPE")}).errorKind(), ErrorKind::NotFound);
    EXPECT_EQ(merger.unmerge(42).errorKind(), ErrorKind::NotFound);
    EXPECT_EQ(dump(*a), before);
    EXPECT_EQ(count(*a, QStringLiteral("SELECT count(*) FROM merges")), 0);
}

TEST(CustomerMerger, ACodeGivenAwayAfterTheMergeStopsTheUnmerge)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    CustomerMerger merger(a->database());
    const auto mergeId = merger.merge(d.keep.id, {d.dup.id});
    ASSERT_TRUE(mergeId);
    customer(*a, QStringLiteral("另一个客户"), QStringLiteral("C000102"));
    const auto undone = merger.unmerge(*mergeId);
    ASSERT_FALSE(undone);
    EXPECT_TRUE(undone.error().contains(QStringLiteral("C000102")));
}

TEST(CustomerMerger, AReusedIdGivesTheRecordBackUnderANewIdWithItsRows)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);
    // The newest record is the one merged away: SQLite hands its id to the next new customer.
    const Customer late = customer(*a, QStringLiteral("張偉"), QStringLiteral("C000106"));
    ASSERT_TRUE(a->orders().insert(order(late.id, QStringLiteral("SO-9"), 4200)));
    CustomerMerger merger(a->database());
    const auto mergeId = merger.merge(d.keep.id, {late.id});
    ASSERT_TRUE(mergeId);
    const Customer newcomer = customer(*a, QStringLiteral("新客户"), QString());
    ASSERT_EQ(newcomer.id, late.id);

    ASSERT_TRUE(merger.unmerge(*mergeId));
    const auto back = a->customers().findByCode(QStringLiteral("C000106"));
    ASSERT_TRUE(back);
    EXPECT_NE(back->id, late.id);
    EXPECT_EQ(back->name, QStringLiteral("張偉"));
    EXPECT_EQ(back->createdAt, late.createdAt);
    EXPECT_EQ(a->orders().totalsForCustomer(back->id)->amountCents, 4200);
    EXPECT_EQ(a->customers().findById(newcomer.id)->name, QStringLiteral("新客户"));
    EXPECT_EQ(a->orders().totalsForCustomer(newcomer.id)->count, 0);
}

TEST(CustomerMerger, DemoArchiveRoundTripOfManyMergesIsExact)
{
    TempArchive a;
    DemoGenerator::Options options;
    options.customers = 120;
    options.seed = 10;
    options.today = QDate(2026, 1, 15);
    ASSERT_TRUE(DemoGenerator::generate(*a, options));
    const auto ids = *a->customers().listIds({}, CustomerSortKey::Code);
    ASSERT_GE(ids.size(), 120);
    const QStringList original = dump(*a);
    CustomerMerger merger(a->database());
    QList<qint64> merges;
    QList<qint64> survivors;
    for (int i = 0; i + 3 < 60; i += 4) { // groups of three: keep one, merge two
        const auto id = merger.merge(ids[i], {ids[i + 1], ids[i + 2]});
        ASSERT_TRUE(id) << id.error().toStdString();
        merges.append(*id);
        survivors.append(ids[i]);
    }
    EXPECT_EQ(a->customers().count(), ids.size() - 2 * merges.size());
    for (auto it = merges.rbegin(); it != merges.rend(); ++it)
        ASSERT_TRUE(merger.unmerge(*it)) << *it;
    // Survivors' versions went forward; everything else is as generated.
    EXPECT_EQ(withoutVersions(dump(*a), survivors), withoutVersions(original, survivors));
}

TEST(DedupeRejectionRepository, PairsAreStoredOnceInEitherOrder)
{
    TempArchive a;
    const Customer x = customer(*a, QStringLiteral("甲"), QString());
    const Customer y = customer(*a, QStringLiteral("乙"), QString());
    const Customer z = customer(*a, QStringLiteral("丙"), QString());
    DedupeRejectionRepository rejections(a->database().connection());
    ASSERT_TRUE(rejections.add(y.id, x.id, 3));
    ASSERT_TRUE(rejections.add(x.id, y.id));
    EXPECT_TRUE(*rejections.contains(x.id, y.id));
    EXPECT_TRUE(*rejections.contains(y.id, x.id));
    EXPECT_FALSE(*rejections.contains(x.id, z.id));
    EXPECT_EQ(rejections.add(x.id, x.id).errorKind(), ErrorKind::Usage);
    ASSERT_TRUE(rejections.addAll({x.id, y.id, z.id}));
    const auto all = *rejections.all();
    ASSERT_EQ(all.size(), 3);
    for (const auto& [left, right] : all)
        EXPECT_LT(left, right);
    EXPECT_EQ(count(*a, QStringLiteral("SELECT user_id FROM dedupe_rejections WHERE left_id = %1 AND right_id = %2")
                            .arg(x.id)
                            .arg(y.id)),
              3);
    // A deleted customer takes its pairs along.
    ASSERT_TRUE(a->customers().remove(z.id));
    EXPECT_EQ(rejections.all()->size(), 1);
}

TEST(CustomerMerger, MergeAndUndoAreInTheAuditLogAndASalesRepMayNotMerge)
{
    TempArchive a;
    const Duplicates d = enterDuplicates(*a);

    a->database().setActingUser({8, QStringLiteral("li"), QStringLiteral("sales")});
    const auto refused = CustomerMerger(a->database()).merge(d.keep.id, {d.dup.id});
    EXPECT_FALSE(refused);
    EXPECT_TRUE(a->customers().findById(d.dup.id)) << "a refused merge changes nothing";

    a->database().setActingUser({7, QStringLiteral("zhaoli"), QStringLiteral("manager")});
    CustomerMerger merger(a->database());
    const auto mergeId = merger.merge(d.keep.id, {d.dup.id});
    ASSERT_TRUE(mergeId) << mergeId.error().toStdString();
    ASSERT_TRUE(merger.unmerge(*mergeId));

    AuditLog log(a->database().connection());
    AuditQuery merges;
    merges.action = AuditActions::merge;
    const auto merged = log.list(merges);
    ASSERT_TRUE(merged);
    ASSERT_EQ(merged->size(), 1);
    EXPECT_EQ(merged->first().login, QStringLiteral("zhaoli"));
    EXPECT_EQ(merged->first().entityCode, QStringLiteral("C000101"));
    EXPECT_TRUE(merged->first().detail.contains(QStringLiteral("C000102")));
    AuditQuery undos;
    undos.action = AuditActions::unmerge;
    EXPECT_EQ(log.list(undos)->size(), 1);
}
