#include "AuditLog.h"
#include "CustomerHistory.h"
#include "ImportTestFiles.h"
#include "RecycleBin.h"
#include "SearchIndex.h"
#include "TempArchive.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace {
// A customer with something in every table that hangs off it.
Customer fullCustomer(Archive& a)
{
    CustomFieldDefinition field;
    field.name = QStringLiteral("采购周期");
    EXPECT_TRUE(a.customFields().define(field));
    Customer c = makeCustomer(QStringLiteral("华夏科技"), QStringLiteral("K-100"));
    c.city = QStringLiteral("杭州");
    c.owner = QStringLiteral("wangli");
    c.tags = {QStringLiteral("VIP"), QStringLiteral("展会")};
    c.customFields.insert(QStringLiteral("采购周期"), QStringLiteral("季度"));
    Contact li;
    li.name = QStringLiteral("李雷");
    li.mobile = QStringLiteral("13800138000");
    const auto saved = a.saveCustomer(c, {li});
    EXPECT_TRUE(saved) << saved.error().toStdString();
    Interaction call;
    call.customerId = saved->id;
    call.happenedAt = QDateTime::currentDateTimeUtc();
    call.author = QStringLiteral("wangli");
    call.content = QStringLiteral("电话回访");
    EXPECT_TRUE(a.interactions().insert(call));
    Order order;
    order.customerId = saved->id;
    order.orderNo = QStringLiteral("SO-1");
    order.date = QDate(2026, 3, 1);
    order.amountCents = 1234500;
    EXPECT_TRUE(a.orders().insert(order));
    Task task;
    task.customerId = saved->id;
    task.title = QStringLiteral("寄报价单");
    task.dueDate = QDate(2026, 12, 1);
    EXPECT_TRUE(a.tasks().add(task));
    return *saved;
}

int countOf(Archive& a, const QString& sql)
{
    QSqlQuery q(a.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

TEST(RecycleBin, DeleteMovesTheCustomerWithEverythingAndRestoreBringsItBackUnderTheSameIdAndCode)
{
    TempArchive a;
    const Customer original = *a->customers().findById(fullCustomer(*a).id);
    const auto contactsBefore = *a->contacts().forCustomer(original.id);
    RecycleBin bin(a->database().connection());

    const auto entry = bin.moveToBin(original.id);
    ASSERT_TRUE(entry) << entry.error().toStdString();
    EXPECT_FALSE(a->customers().findById(original.id));
    EXPECT_EQ(countOf(*a, QStringLiteral("SELECT count(*) FROM orders")), 0);
    EXPECT_TRUE(SearchIndex(a->database().connection()).search({QStringLiteral("华夏")})->isEmpty());
    ASSERT_EQ(bin.list()->size(), 1);
    EXPECT_EQ(bin.list()->first().code, QStringLiteral("K-100"));

    const auto restored = bin.restore(entry->id);
    ASSERT_TRUE(restored) << restored.error().toStdString();
    EXPECT_EQ(*restored, original.id);
    const auto back = a->customers().findById(original.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, original); // every field, tags, custom fields, times and version
    EXPECT_EQ(*a->contacts().forCustomer(original.id), contactsBefore);
    EXPECT_EQ(a->interactions().forCustomer(original.id)->size(), 1);
    EXPECT_EQ(a->orders().forCustomer(original.id)->first().amountCents, 1234500);
    EXPECT_EQ(a->tasks().forCustomer(original.id)->size(), 1);
    EXPECT_FALSE(SearchIndex(a->database().connection()).search({QStringLiteral("华夏")})->isEmpty());
    EXPECT_TRUE(bin.list()->isEmpty());
}

TEST(RecycleBin, DeleteAndRestoreAreAudited)
{
    TempArchive a;
    a->database().setActingUser({3, QStringLiteral("lisi"), QStringLiteral("manager")});
    const Customer c = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    RecycleBin bin(a->database().connection());
    const auto entry = bin.moveToBin(c.id);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->deletedBy, QStringLiteral("lisi"));
    ASSERT_TRUE(bin.restore(entry->id));
    AuditLog log(a->database().connection());
    ASSERT_EQ(log.list({.action = AuditActions::remove})->size(), 1);
    ASSERT_EQ(log.list({.action = AuditActions::restore})->size(), 1);
    EXPECT_EQ(log.list({.action = AuditActions::remove})->first().login, QStringLiteral("lisi"));
}

TEST(RecycleBin, RestoreIsRefusedWhenTheCodeIsNowTakenAndNothingChanges)
{
    TempArchive a;
    const Customer c = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技"), QStringLiteral("K-1")));
    RecycleBin bin(a->database().connection());
    const auto entry = bin.moveToBin(c.id);
    ASSERT_TRUE(entry);
    ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("东方贸易"), QStringLiteral("K-1"))));
    const auto restored = bin.restore(entry->id);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.errorKind(), ErrorKind::Duplicate);
    EXPECT_TRUE(restored.error().contains(QStringLiteral("K-1")));
    EXPECT_EQ(a->customers().count(), 1);
    EXPECT_EQ(bin.list()->size(), 1); // still waiting in the bin
}

TEST(RecycleBin, RestoreGetsANewIdWhenItsOldOneWasReused)
{
    TempArchive a;
    const Customer c = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技"), QStringLiteral("K-1")));
    RecycleBin bin(a->database().connection());
    const auto entry = bin.moveToBin(c.id);
    ASSERT_TRUE(entry);
    const Customer reuser = *a->customers().insert(makeCustomer(QStringLiteral("东方贸易"), QStringLiteral("K-2")));
    ASSERT_EQ(reuser.id, c.id); // SQLite hands out the highest id again
    const auto restored = bin.restore(entry->id);
    ASSERT_TRUE(restored) << restored.error().toStdString();
    EXPECT_NE(*restored, c.id);
    EXPECT_EQ(a->customers().findById(*restored)->code, QStringLiteral("K-1"));
    EXPECT_EQ(a->customers().findById(c.id)->code, QStringLiteral("K-2"));
    // The newcomer's history does not show the earlier customer's rows.
    const auto history = CustomerHistory(*a).forCustomer(reuser.id);
    ASSERT_TRUE(history);
    for (const AuditEntry& row : *history)
        EXPECT_EQ(row.entityCode, QStringLiteral("K-2"));
}

TEST(RecycleBin, OnlyAnAdminMayPurgeWhenUsersSignIn)
{
    TempArchive a;
    const Customer c = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    RecycleBin bin(a->database().connection());
    const auto entry = bin.moveToBin(c.id);
    ASSERT_TRUE(entry);
    a->database().setActingUser({2, QStringLiteral("lisi"), QStringLiteral("manager")});
    const Status refused = bin.purge(entry->id);
    EXPECT_FALSE(refused);
    EXPECT_EQ(bin.list()->size(), 1);
    a->database().setActingUser({1, QStringLiteral("boss"), QStringLiteral("admin")});
    ASSERT_TRUE(bin.purge(entry->id));
    EXPECT_TRUE(bin.list()->isEmpty());
    EXPECT_EQ(AuditLog(a->database().connection()).list({.action = AuditActions::purge})->size(), 1);
    EXPECT_FALSE(bin.restore(entry->id));
}

TEST(RecycleBin, APersonalArchiveMayPurge)
{
    TempArchive a;
    const Customer c = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    RecycleBin bin(a->database().connection());
    const auto entry = bin.moveToBin(c.id);
    ASSERT_TRUE(entry);
    EXPECT_TRUE(bin.purge(entry->id));
}

TEST(RecycleBin, UnknownCustomerOrEntryIsAClearError)
{
    TempArchive a;
    RecycleBin bin(a->database().connection());
    EXPECT_EQ(bin.moveToBin(999).errorKind(), ErrorKind::NotFound);
    EXPECT_EQ(bin.restore(999).errorKind(), ErrorKind::NotFound);
    EXPECT_EQ(bin.findByCode(QStringLiteral("NOPE")).errorKind(), ErrorKind::NotFound);
}

TEST(CustomerHistory, ListsFieldChangesAndRestoresAnOldValueThroughTheNormalSave)
{
    TempArchive a;
    Customer c = makeCustomer(QStringLiteral("华夏科技"));
    c.city = QStringLiteral("杭州");
    c = *a->customers().insert(c);
    c.city = QStringLiteral("上海");
    c = *a->customers().update(c);

    CustomerHistory history(*a);
    const auto rows = history.forCustomer(c.id);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2); // newest first: the city change, then the create
    EXPECT_EQ(rows->at(0).field, QStringLiteral("city"));
    EXPECT_EQ(rows->at(1).action, AuditActions::create);
    ASSERT_TRUE(CustomerHistory::isRestorable(rows->at(0)));
    EXPECT_FALSE(CustomerHistory::isRestorable(rows->at(1)));

    const auto restored = history.restoreValue(rows->at(0).id, c.version);
    ASSERT_TRUE(restored) << restored.error().toStdString();
    EXPECT_EQ(restored->city, QStringLiteral("杭州"));
    EXPECT_EQ(restored->version, c.version + 1);
    const auto after = history.forCustomer(c.id);
    EXPECT_EQ(after->first().newValue, QStringLiteral("杭州")); // the restore is itself in the history
}

TEST(CustomerHistory, RestoreOverANewerVersionIsAConflictAndChangesNothing)
{
    TempArchive a;
    Customer c = makeCustomer(QStringLiteral("华夏科技"));
    c.city = QStringLiteral("杭州");
    c = *a->customers().insert(c);
    c.city = QStringLiteral("上海");
    c = *a->customers().update(c);
    const int seen = c.version;
    c.notes = QStringLiteral("someone else's edit");
    c = *a->customers().update(c);

    CustomerHistory history(*a);
    const qint64 cityChange = history.forCustomer(c.id)->at(1).id;
    const auto restored = history.restoreValue(cityChange, seen);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.errorKind(), ErrorKind::Conflict);
    EXPECT_EQ(a->customers().findById(c.id)->city, QStringLiteral("上海"));
}

TEST(CustomerHistory, RestoresTagsCustomFieldsAndContacts)
{
    TempArchive a;
    const Customer original = fullCustomer(*a);
    Customer changed = original;
    changed.tags = {QStringLiteral("流失预警")};
    changed.customFields.insert(QStringLiteral("采购周期"), QStringLiteral("年度"));
    Contact other;
    other.name = QStringLiteral("韩梅梅");
    ASSERT_TRUE(a->saveCustomer(changed, {other}));

    CustomerHistory history(*a);
    for (const QString& field : {QStringLiteral("tags"), QStringLiteral("custom:采购周期"), QStringLiteral("contacts")}) {
        const auto rows = history.forCustomer(original.id);
        ASSERT_TRUE(rows);
        const auto it = std::find_if(rows->begin(), rows->end(), [&](const AuditEntry& e) { return e.field == field; });
        ASSERT_NE(it, rows->end()) << field.toStdString();
        const auto restored = history.restoreValue(it->id);
        ASSERT_TRUE(restored) << field.toStdString() << ": " << restored.error().toStdString();
    }
    const Customer back = *a->customers().findById(original.id);
    EXPECT_EQ(back.tags, original.tags);
    EXPECT_EQ(back.customFields, original.customFields);
    EXPECT_EQ(a->contacts().forCustomer(original.id)->first().name, QStringLiteral("李雷"));
}

TEST(CustomerHistory, AFieldChangeOfADeletedCustomerPointsToTheRecycleBin)
{
    TempArchive a;
    Customer c = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    c.city = QStringLiteral("上海");
    c = *a->customers().update(c);
    CustomerHistory history(*a);
    const qint64 change = history.forCustomer(c.id)->first().id;
    ASSERT_TRUE(RecycleBin(a->database().connection()).moveToBin(c.id));
    const auto restored = history.restoreValue(change);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.errorKind(), ErrorKind::NotFound);
}

namespace {
// K-1 with a field change, moved to the recycle bin; returns its id, which the next new customer gets again.
qint64 deletedCustomerWithHistory(Archive& a)
{
    Customer first = *a.customers().insert(makeCustomer(QStringLiteral("华夏科技"), QStringLiteral("K-1")));
    first.city = QStringLiteral("上海");
    first = *a.customers().update(first);
    EXPECT_TRUE(RecycleBin(a.database().connection()).moveToBin(first.id));
    return first.id;
}

// As if created in the same millisecond as the earlier customer's rows, or on a PC whose clock is behind (an
// archive on a shared drive): the creation time is no later than any of theirs.
void backdateCreation(Archive& a)
{
    QSqlQuery q(a.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET created_at = (SELECT min(at) FROM audit_log)")));
}

void expectOnlyRowsOf(Archive& a, qint64 customerId, const QString& code)
{
    const auto history = CustomerHistory(a).forCustomer(customerId);
    ASSERT_TRUE(history);
    for (const AuditEntry& row : *history)
        EXPECT_EQ(row.entityCode, code) << row.action.toStdString();
}

// The actions of the customer's history, newest first.
QStringList historyActions(Archive& a, qint64 customerId)
{
    const auto history = CustomerHistory(a).forCustomer(customerId);
    EXPECT_TRUE(history) << history.error().toStdString();
    QStringList actions;
    if (history)
        for (const AuditEntry& row : *history)
            actions << row.action;
    return actions;
}

// K-1's own life, newest first: restored, deleted, its city changed, created.
const QStringList restoredFirstCustomersLife = {AuditActions::restore, AuditActions::remove, AuditActions::update,
                                                AuditActions::create};
} // namespace

TEST(CustomerHistory, ANewCustomerUnderAReusedIdShowsNoneOfTheEarlierCustomersRowsWhateverTheClocks)
{
    TempArchive a;
    const qint64 reusedId = deletedCustomerWithHistory(*a);
    const Customer newcomer = *a->customers().insert(makeCustomer(QStringLiteral("东方贸易"), QStringLiteral("K-2")));
    ASSERT_EQ(newcomer.id, reusedId);
    backdateCreation(*a);
    EXPECT_EQ(CustomerHistory(*a).forCustomer(newcomer.id)->size(), 1); // its creation
    expectOnlyRowsOf(*a, newcomer.id, QStringLiteral("K-2"));
}

TEST(CustomerHistory, AnImportedCustomerUnderAReusedIdShowsNoneOfTheEarlierCustomersRows)
{
    TempArchive a;
    const qint64 reusedId = deletedCustomerWithHistory(*a);
    const QString file = a.dir.filePath(QStringLiteral("new.csv"));
    writeTextFile(file, QStringLiteral("编号,客户名称\nK-2,东方贸易\n"));
    ASSERT_TRUE(importFile(*a, file));
    const auto newcomer = a->customers().findById(reusedId); // an import writes no creation row per customer
    ASSERT_TRUE(newcomer);
    ASSERT_EQ(newcomer->code, QStringLiteral("K-2"));
    backdateCreation(*a);
    expectOnlyRowsOf(*a, reusedId, QStringLiteral("K-2"));
}

TEST(CustomerHistory, ACustomerRestoredUnderItsOwnIdKeepsItsHistoryFromBeforeTheDelete)
{
    TempArchive a;
    const qint64 id = deletedCustomerWithHistory(*a); // K-1
    RecycleBin bin(a->database().connection());
    ASSERT_EQ(*bin.restore(bin.findByCode(QStringLiteral("K-1"))->id), id);
    EXPECT_EQ(historyActions(*a, id), restoredFirstCustomersLife);
}

TEST(CustomerHistory, ACustomerRestoredUnderItsOldIdAfterAnotherUsedItShowsOnlyItsOwnRows)
{
    TempArchive a;
    const qint64 id = deletedCustomerWithHistory(*a); // K-1
    Customer other = *a->customers().insert(makeCustomer(QStringLiteral("东方贸易"), QStringLiteral("K-2")));
    ASSERT_EQ(other.id, id);
    other.city = QStringLiteral("广州");
    other = *a->customers().update(other);
    RecycleBin bin(a->database().connection());
    ASSERT_TRUE(bin.moveToBin(other.id));
    const auto firstEntry = bin.findByCode(QStringLiteral("K-1"));
    ASSERT_TRUE(firstEntry);
    ASSERT_EQ(*bin.restore(firstEntry->id), id); // the id is free again

    expectOnlyRowsOf(*a, id, QStringLiteral("K-1"));
    EXPECT_EQ(historyActions(*a, id), restoredFirstCustomersLife); // all of its own life, none of K-2's
}
