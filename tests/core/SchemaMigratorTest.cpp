#include "AccountRepository.h"
#include "Archive.h"
#include "Database.h"
#include "NameSortKey.h"
#include "SchemaMigrator.h"
#include "SearchIndex.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include "TempArchive.h"

#include <gtest/gtest.h>

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A raw connection, as an older Dossier would have left the file.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString name = QStringLiteral("raw-test");
    QSqlDatabase db;
};

int tableCount(RawConnection& raw, const QString& table)
{
    return raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'").arg(table))
        .toInt();
}

// Data an archive at `version` can hold; inserted before upgrading to the latest version.
void fillAtVersion(RawConnection& raw, int version)
{
    if (version >= 1) {
        raw.exec(QStringLiteral("INSERT INTO users(login) VALUES ('wangfang')"));
        raw.exec(QStringLiteral(
            "INSERT INTO customers(code, name, stage, owner_id, created_at, updated_at, version) VALUES "
            "('C000001', '张三', 'active', 1, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 3),"
            "('C000002', '阿明', 'lead', NULL, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 1)"));
        raw.exec(QStringLiteral("INSERT INTO contacts(customer_id, name, mobile, is_primary) "
                                "VALUES (1, '张三', '+8613800138000', 1)"));
        raw.exec(QStringLiteral("INSERT INTO orders(order_no, customer_id, order_date, amount_cents) "
                                "VALUES ('SO-1', 1, '2024-02-03', 123456)"));
        raw.exec(QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'next_customer_number'"));
    }
    if (version >= 2) {
        raw.exec(QStringLiteral("INSERT INTO custom_field_defs(name, type) VALUES ('微信群', 'text')"));
        raw.exec(QStringLiteral("INSERT INTO custom_field_values(customer_id, field_id, value) VALUES (1, 1, '华东群')"));
    }
    if (version >= 3) {
        // Version 3 archives carry the pinyin keys their Dossier computed.
        QSqlQuery q(raw.db);
        q.prepare(QStringLiteral("UPDATE customers SET name_key = ? WHERE name = ?"));
        for (const QString& name : {QStringLiteral("张三"), QStringLiteral("阿明")}) {
            q.addBindValue(NameSortKey::of(name));
            q.addBindValue(name);
            ASSERT_TRUE(q.exec());
        }
    }
}
} // namespace

TEST(SchemaMigrator, StepsAreNumberedConsecutively)
{
    int expected = 1;
    for (const auto& step : SchemaMigrator::steps())
        EXPECT_EQ(step.version, expected++);
    EXPECT_EQ(Database::currentSchemaVersion(), SchemaMigrator::steps().back().version);
}

TEST(SchemaMigrator, NewArchiveIsAtLatestVersionWithForeignKeysOn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto archive = Archive::open(path);
    ASSERT_TRUE(archive) << archive.error().toStdString();
    QSqlQuery q((*archive)->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), SchemaMigrator::latestVersion());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    // Foreign keys are enforced: a contact for a customer that does not exist is refused.
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO contacts(customer_id, name) VALUES (999, 'x')")));
}

// Every older version, with data in it, upgrades to the latest without losing anything.
class UpgradeFromVersion : public ::testing::TestWithParam<int> {};

TEST_P(UpgradeFromVersion, KeepsAllDataAndReachesLatest)
{
    const int from = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        RawConnection raw(path);
        ASSERT_TRUE(SchemaMigrator::migrate(raw.db, from));
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), from);
        fillAtVersion(raw, from);
    }
    auto archive = Archive::open(path);
    ASSERT_TRUE(archive) << archive.error().toStdString();
    Archive& a = **archive;
    if (from >= 1) {
        const auto zhang = a.customers().findByCode(QStringLiteral("C000001"));
        ASSERT_TRUE(zhang);
        EXPECT_EQ(zhang->name, QStringLiteral("张三"));
        EXPECT_EQ(zhang->stage, CustomerStage::Active);
        EXPECT_EQ(zhang->owner, QStringLiteral("wangfang"));
        EXPECT_EQ(zhang->version, 3);
        const auto contacts = a.contacts().forCustomer(zhang->id);
        ASSERT_TRUE(contacts);
        ASSERT_EQ(contacts->size(), 1);
        EXPECT_EQ(contacts->first().mobile, QStringLiteral("+8613800138000"));
        EXPECT_EQ(a.orders().totalsForCustomer(zhang->id)->amountCents, 123456);
        if (from >= 2) {
            EXPECT_EQ(zhang->customFields.value(QStringLiteral("微信群")), QStringLiteral("华东群"));
        }
        // Sort keys were computed for rows that existed before they were introduced: pinyin order.
        const auto ids = a.customers().listIds({}, CustomerSortKey::Name);
        ASSERT_TRUE(ids);
        const auto rows = a.customers().rows(*ids);
        ASSERT_EQ(rows->size(), 2);
        EXPECT_EQ(rows->at(0).name, QStringLiteral("阿明"));
        EXPECT_EQ(rows->at(1).name, QStringLiteral("张三"));
        // Customers that existed before the search index are in it, by pinyin initials and by phone.
        const auto byInitials = SearchIndex(a.database().connection()).search({QStringLiteral("zs")});
        ASSERT_TRUE(byInitials) << byInitials.error().toStdString();
        ASSERT_FALSE(byInitials->isEmpty());
        EXPECT_EQ(byInitials->first().code, QStringLiteral("C000001"));
        const auto byPhone = SearchIndex(a.database().connection()).search({QStringLiteral("8000")});
        ASSERT_TRUE(byPhone);
        ASSERT_FALSE(byPhone->isEmpty());
        EXPECT_EQ(byPhone->first().code, QStringLiteral("C000001"));
        // Owners from before accounts are sales users without a password: no sign-in is needed yet.
        const auto owner = AccountRepository(a.database().connection()).account(QStringLiteral("wangfang"));
        ASSERT_TRUE(owner) << owner.error().toStdString();
        EXPECT_EQ(owner->role, Role::Sales);
        EXPECT_FALSE(owner->hasPassword);
        EXPECT_FALSE(owner->disabled);
        EXPECT_EQ(*AccountRepository(a.database().connection()).hasAccounts(), false);
        // The code counter survived: the next generated code does not collide.
        EXPECT_EQ(*a.customers().nextCode(), QStringLiteral("C000003"));
    }
    EXPECT_EQ(*SchemaMigrator::currentVersion(a.database().connection()), SchemaMigrator::latestVersion());
}

INSTANTIATE_TEST_SUITE_P(AllOlderVersions, UpgradeFromVersion, ::testing::Range(0, 16),
                         [](const auto& info) { return "FromVersion" + std::to_string(info.param); });

TEST(SchemaMigrator, AllOlderVersionsAreCovered)
{
    // The parameter range above must grow with every new step.
    EXPECT_EQ(SchemaMigrator::latestVersion(), 16);
}

TEST(SchemaMigrator, StopsAtRequestedVersion)
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("partial.sqlite")));
    ASSERT_TRUE(SchemaMigrator::migrate(raw.db, 1));
    EXPECT_EQ(tableCount(raw, QStringLiteral("customers")), 1);
    EXPECT_EQ(tableCount(raw, QStringLiteral("custom_field_defs")), 0);
    ASSERT_TRUE(SchemaMigrator::migrate(raw.db, 2));
    EXPECT_EQ(tableCount(raw, QStringLiteral("custom_field_defs")), 1);
}

TEST(SchemaMigrator, NewerArchiveIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto archive = Archive::open(path);
        ASSERT_TRUE(archive);
        ASSERT_TRUE((*archive)->customers().insert(makeCustomer(QStringLiteral("张三"))));
    }
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const QByteArray before = fileHash(path);
    auto archive = Archive::open(path);
    ASSERT_FALSE(archive);
    EXPECT_TRUE(archive.error().contains(QStringLiteral("newer"))) << archive.error().toStdString();
    EXPECT_EQ(fileHash(path), before);
}

TEST(SchemaMigrator, ForeignSqliteFileIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"));
    }
    const QByteArray before = fileHash(path);
    EXPECT_FALSE(Archive::open(path));
    EXPECT_EQ(fileHash(path), before);
}

TEST(SchemaMigrator, NonSqliteFileIsRefusedAndLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.xlsx"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is a spreadsheet, not an archive");
    }
    const QByteArray before = fileHash(path);
    const auto archive = Archive::open(path);
    ASSERT_FALSE(archive);
    EXPECT_TRUE(archive.error().contains(QStringLiteral("not a Dossier archive")));
    EXPECT_EQ(fileHash(path), before);
}

TEST(SchemaMigrator, MissingFileWithMustExistIsNotCreated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    const auto archive = Archive::open(path, Database::OpenMode::MustExist);
    ASSERT_FALSE(archive);
    EXPECT_EQ(archive.errorKind(), ErrorKind::NotFound);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(NameSortKeyRefresher, KeysFromAnotherCollatorAreRebuiltOnOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("icu.sqlite"));
    {
        auto archive = Archive::open(path);
        ASSERT_TRUE(archive);
        for (const char* name : {"张三", "阿明", "李四"})
            ASSERT_TRUE((*archive)->customers().insert(makeCustomer(QString::fromUtf8(name))));
    }
    {
        // As if another ICU had written the keys: wrong keys, other collator version.
        RawConnection raw(path);
        raw.exec(QStringLiteral("UPDATE customers SET name_key = CAST(code AS BLOB)"));
        raw.exec(QStringLiteral("UPDATE meta SET value = 'icu-1-old' WHERE key = 'name_key_collator'"));
    }
    auto archive = Archive::open(path);
    ASSERT_TRUE(archive);
    const auto ids = *(*archive)->customers().listIds({}, CustomerSortKey::Name);
    const auto rows = *(*archive)->customers().rows(ids);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].name, QStringLiteral("阿明"));
    EXPECT_EQ(rows[1].name, QStringLiteral("李四"));
    EXPECT_EQ(rows[2].name, QStringLiteral("张三"));
}

// Opening an old archive in the GUI shows the upgrade's progress and offers Cancel (ui/ArchiveUpgrader):
// core counts the steps before writing anything and stops between two steps, leaving a valid archive at the
// last finished format that the next opening carries on from.
TEST(SchemaMigrator, CountsPendingStepsAndStopsBetweenStepsWhenAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    EXPECT_EQ(SchemaMigrator::pendingSteps(path), 0) << "a missing file is created, not upgraded";
    {
        RawConnection raw(path);
        ASSERT_TRUE(SchemaMigrator::migrate(raw.db, 5));
    }
    const int latest = SchemaMigrator::latestVersion();
    EXPECT_EQ(SchemaMigrator::pendingSteps(path), latest - 5);
    {
        RawConnection raw(path);
        std::vector<std::pair<int, int>> told;
        const Status stopped = SchemaMigrator::migrate(raw.db, -1, [&](int done, int total) {
            told.emplace_back(done, total);
            return done < 2;
        });
        ASSERT_FALSE(stopped);
        EXPECT_EQ(stopped.errorKind(), ErrorKind::Cancelled);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 7);
        ASSERT_EQ(told.size(), 3u);
        EXPECT_EQ(told.front(), std::make_pair(0, latest - 5));
    }
    EXPECT_EQ(SchemaMigrator::pendingSteps(path), latest - 7);
    auto archive = Archive::open(path, Database::OpenMode::MustExist);
    ASSERT_TRUE(archive) << archive.error().toStdString();
    EXPECT_EQ(SchemaMigrator::pendingSteps(path), 0);
}
