#include "AuditExporter.h"
#include "AuditLog.h"
#include "CustomerHistory.h"
#include "ImportTestFiles.h"
#include "RecordSnapshot.h"
#include "TempArchive.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace {
QList<AuditEntry> entries(Archive& archive, AuditQuery query = {})
{
    auto rows = AuditLog(archive.database().connection()).list(query);
    EXPECT_TRUE(rows) << rows.error().toStdString();
    return rows ? *rows : QList<AuditEntry>{};
}

const AuditEntry* fieldChange(const QList<AuditEntry>& rows, const QString& field)
{
    for (const AuditEntry& e : rows)
        if (e.action == AuditActions::update && e.field == field)
            return &e;
    return nullptr;
}
} // namespace

TEST(AuditLog, RowsCannotBeChangedOrDeletedEvenWithRawSql)
{
    TempArchive a;
    ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("华夏科技"))));
    QSqlQuery q(a->database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET login = 'someone else'")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("append-only"))) << q.lastError().text().toStdString();
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(AuditLog, AuthorIsTheActingUserOfTheConnection)
{
    TempArchive a;
    a->database().setActingUser({7, QStringLiteral("wangli"), QStringLiteral("sales")});
    const auto created = a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    ASSERT_TRUE(created);
    const auto rows = entries(*a, {.action = AuditActions::create});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().login, QStringLiteral("wangli"));
    EXPECT_EQ(rows.first().userId, 7);
    EXPECT_EQ(rows.first().entityCode, created->code);
}

TEST(AuditLog, FailedSignInKeepsTheTriedLoginAndNoPassword)
{
    TempArchive a;
    AuditEntry failed;
    failed.action = AuditActions::signInFailed;
    failed.entity = QStringLiteral("user");
    failed.login = QStringLiteral("zhangsan");
    failed.detail = QStringLiteral("wrong password");
    ASSERT_TRUE(AuditLog(a->database().connection()).record(failed));
    const auto rows = entries(*a, {.login = QStringLiteral("zhangsan")});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().action, AuditActions::signInFailed);
    EXPECT_EQ(rows.first().userId, 0);
}

TEST(AuditLog, UpdateRecordsEachChangedFieldWithOldAndNewValue)
{
    TempArchive a;
    Customer c = makeCustomer(QStringLiteral("华夏科技"));
    c.city = QStringLiteral("杭州");
    c.tags = {QStringLiteral("VIP")};
    c = *a->customers().insert(c);
    c.city = QStringLiteral("上海");
    c.tags = {QStringLiteral("VIP"), QStringLiteral("展会")};
    ASSERT_TRUE(a->customers().update(c));

    const auto rows = entries(*a, {.action = AuditActions::update});
    ASSERT_EQ(rows.size(), 2); // city and tags; nothing for untouched fields or the version
    const AuditEntry* city = fieldChange(rows, QStringLiteral("city"));
    ASSERT_NE(city, nullptr);
    EXPECT_EQ(city->oldValue, QStringLiteral("杭州"));
    EXPECT_EQ(city->newValue, QStringLiteral("上海"));
    EXPECT_EQ(city->entityId, c.id);
    ASSERT_NE(fieldChange(rows, QStringLiteral("tags")), nullptr);
}

TEST(AuditLog, SavingTheSameValuesRecordsNothing)
{
    TempArchive a;
    Customer c = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    ASSERT_TRUE(a->saveCustomer(c, {}));
    EXPECT_TRUE(entries(*a, {.action = AuditActions::update}).isEmpty());
}

TEST(AuditLog, ContactChangesAreRecordedBySaveCustomer)
{
    TempArchive a;
    Contact li;
    li.name = QStringLiteral("李雷");
    li.mobile = QStringLiteral("13800138000");
    const auto saved = a->saveCustomer(makeCustomer(QStringLiteral("华夏科技")), {li});
    ASSERT_TRUE(saved);
    li.mobile = QStringLiteral("13900139000");
    ASSERT_TRUE(a->saveCustomer(*saved, {li}));
    const auto rows = entries(*a, {.action = AuditActions::update});
    ASSERT_FALSE(rows.isEmpty());
    const AuditEntry* contacts = fieldChange(rows, QStringLiteral("contacts"));
    ASSERT_NE(contacts, nullptr);
    EXPECT_TRUE(contacts->oldValue.contains(QStringLiteral("+8613800138000")));
    EXPECT_TRUE(contacts->newValue.contains(QStringLiteral("+8613900139000")));
}

TEST(AuditLog, AFailedSaveLeavesNoAuditRow)
{
    TempArchive a;
    const Customer original = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    Customer theirs = original;
    theirs.city = QStringLiteral("上海");
    ASSERT_TRUE(a->customers().update(theirs));
    Customer mine = original; // stale version
    mine.city = QStringLiteral("北京");
    const auto conflict = a->customers().update(mine);
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.errorKind(), ErrorKind::Conflict);
    const auto rows = entries(*a, {.action = AuditActions::update});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().newValue, QStringLiteral("上海"));
}

TEST(AuditLog, FiltersBySinceUserActionAndText)
{
    TempArchive a;
    a->database().setActingUser({1, QStringLiteral("admin"), QStringLiteral("admin")});
    Customer c = *a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    a->database().setActingUser({2, QStringLiteral("lisi"), QStringLiteral("sales")});
    c.notes = QStringLiteral("约了下周二拜访");
    ASSERT_TRUE(a->customers().update(c));

    EXPECT_EQ(entries(*a, {.login = QStringLiteral("lisi")}).size(), 1);
    EXPECT_EQ(entries(*a, {.text = QStringLiteral("下周二")}).size(), 1);
    EXPECT_TRUE(entries(*a, {.text = QStringLiteral("100%")}).isEmpty()); // % is literal, not a wildcard
    EXPECT_TRUE(entries(*a, {.since = QDateTime::currentDateTimeUtc().addSecs(60)}).isEmpty());
    EXPECT_GE(entries(*a, {.since = QDateTime::currentDateTimeUtc().addSecs(-60)}).size(), 2);
}

TEST(AuditLog, ImportAndItsUndoAreOneRowEach)
{
    TempArchive a;
    const QString csv = a.dir.filePath(QStringLiteral("customers.csv"));
    writeTextFile(csv, QStringLiteral("客户名称,手机\n华夏科技,13800138000\n东方贸易,13900139000\n"));
    const auto report = importFile(*a, csv);
    ASSERT_TRUE(report) << report.error().toStdString();
    ASSERT_EQ(report->imported, 2);
    const auto imports = entries(*a, {.action = AuditActions::import});
    ASSERT_EQ(imports.size(), 1);
    EXPECT_EQ(imports.first().entityId, report->batch);
    ASSERT_TRUE(ImportUndo::undo(*a, report->batch));
    EXPECT_EQ(entries(*a, {.action = AuditActions::importUndo}).size(), 1);
}

TEST(AuditLog, OnlyAnAdminMayExportTheLogAndTheExportIsAudited)
{
    TempArchive a;
    ASSERT_TRUE(a->customers().insert(makeCustomer(QStringLiteral("华夏科技"))));
    const QString path = a.dir.filePath(QStringLiteral("audit.csv"));
    a->database().setActingUser({2, QStringLiteral("lisi"), QStringLiteral("manager")});
    const auto refused = AuditExporter::exportCsv(a->database().connection(), {}, path);
    ASSERT_FALSE(refused);
    EXPECT_FALSE(QFile::exists(path));
    a->database().setActingUser({1, QStringLiteral("boss"), QStringLiteral("admin")});
    const auto written = AuditExporter::exportCsv(a->database().connection(), {}, path);
    ASSERT_TRUE(written) << written.error().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("华夏科技")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), *written + 1);
    EXPECT_EQ(entries(*a, {.login = QStringLiteral("boss"), .action = AuditActions::exportData}).size(), 1);
}
