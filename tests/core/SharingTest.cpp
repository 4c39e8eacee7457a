// A file shared by a team (issue 11): storage location and journal mode, backups, the archive check, conflicts,
// the public pool and handover.
#include "ArchiveCheck.h"
#include "BackupManager.h"
#include "CustomerConflict.h"
#include "Handover.h"
#include "JournalModeSetting.h"
#include "PublicPool.h"
#include "SqlValue.h"
#include "StorageLocation.h"
#include "TempArchive.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>
#include <gtest/gtest.h>

namespace {
std::unique_ptr<Archive> openAt(const QString& path)
{
    auto opened = Archive::open(path);
    EXPECT_TRUE(opened) << opened.error().toStdString();
    return opened ? std::move(opened).value() : nullptr;
}

QVariant scalar(Archive& archive, const QString& sql)
{
    QSqlQuery q(archive.database().connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

Customer addOwned(Archive& archive, const QString& name, const QString& owner)
{
    Customer c = makeCustomer(name);
    c.owner = owner;
    const auto saved = archive.saveCustomer(c, {});
    EXPECT_TRUE(saved) << saved.error().toStdString();
    return saved ? *saved : Customer{};
}

// Sets when the owner got the customer (the pool rule counts from there).
void ownerSince(Archive& archive, qint64 id, const QString& when)
{
    ASSERT_TRUE(SqlValue::run(archive.database().connection(),
                              QStringLiteral("INSERT OR REPLACE INTO customer_owner_since(customer_id, since) VALUES (?, ?)"),
                              {id, when}));
}

class EnvGuard {
public:
    EnvGuard(const char* name, const QByteArray& value) : m_name(name) { qputenv(name, value); }
    ~EnvGuard() { qunsetenv(m_name); }

private:
    const char* m_name;
};
} // namespace

// --- where the file lives -------------------------------------------------------------------------

TEST(StorageLocation, NetworkFileSystemsAreNotLocal)
{
    for (const char* network : {"nfs", "nfs4", "cifs", "smb2", "smbfs", "smb3", "fuse.sshfs", "afpfs", "webdav",
                                "9p", "ceph", "remote", "fuse.rclone", "NFS"})
        EXPECT_EQ(StorageLocation::classify(QString::fromLatin1(network)), StorageLocation::Kind::Network) << network;
    for (const char* local : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "apfs", "hfs", "fixed", "fuseblk", "zfs"})
        EXPECT_EQ(StorageLocation::classify(QString::fromLatin1(local)), StorageLocation::Kind::Local) << local;
    EXPECT_EQ(StorageLocation::classify(QString()), StorageLocation::Kind::Unknown);
}

TEST(StorageLocation, LinuxMagicNumbersAreNamedAndClassified)
{
    // Values from linux/magic.h.
    EXPECT_EQ(StorageLocation::classify(StorageLocation::linuxTypeName(0x6969)), StorageLocation::Kind::Network);
    EXPECT_EQ(StorageLocation::classify(StorageLocation::linuxTypeName(0xFF534D42)), StorageLocation::Kind::Network);
    EXPECT_EQ(StorageLocation::classify(StorageLocation::linuxTypeName(0xFE534D42)), StorageLocation::Kind::Network);
    EXPECT_EQ(StorageLocation::classify(StorageLocation::linuxTypeName(0x517B)), StorageLocation::Kind::Network);
    EXPECT_EQ(StorageLocation::classify(StorageLocation::linuxTypeName(0x65735546)), StorageLocation::Kind::Network);
    EXPECT_EQ(StorageLocation::classify(StorageLocation::linuxTypeName(0xEF53)), StorageLocation::Kind::Local);
    EXPECT_EQ(StorageLocation::classify(StorageLocation::linuxTypeName(0x01021994)), StorageLocation::Kind::Local);
    EXPECT_EQ(StorageLocation::classify(StorageLocation::linuxTypeName(0x12345678)), StorageLocation::Kind::Unknown);
}

TEST(StorageLocation, TheTemporaryFolderIsALocalDiskAndGetsWal)
{
    QTemporaryDir dir;
    const StorageLocation location = StorageLocation::detect(dir.filePath(QStringLiteral("not-yet.sqlite")));
    EXPECT_TRUE(location.isLocal()) << location.describe().toStdString();
    EXPECT_EQ(location.journalMode(), QStringLiteral("wal"));
}

TEST(JournalMode, LocalArchiveRunsInWalAndAForcedNetworkSettingUsesTheRollbackJournal)
{
    QTemporaryDir dir;
    {
        auto archive = openAt(dir.filePath(QStringLiteral("local.sqlite")));
        ASSERT_TRUE(archive);
        EXPECT_EQ(JournalModeSetting::current(archive->database().connection()), QStringLiteral("wal"));
    }
    EnvGuard network("DOSSIER_JOURNAL_MODE", "delete");
    auto archive = openAt(dir.filePath(QStringLiteral("local.sqlite")));
    ASSERT_TRUE(archive);
    EXPECT_EQ(JournalModeSetting::current(archive->database().connection()), QStringLiteral("delete"));
}

TEST(JournalMode, AnArchiveOnceOpenedFromAShareStaysOnTheRollbackJournal)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        auto archive = openAt(path);
        ASSERT_TRUE(archive);
        ASSERT_TRUE(SqlValue::run(archive->database().connection(),
                                  QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('shared_file', '1')"), {}));
    }
    auto archive = openAt(path); // from the local disk of the computer holding the share
    ASSERT_TRUE(archive);
    EXPECT_EQ(JournalModeSetting::current(archive->database().connection()), QStringLiteral("delete"));
}

// --- backups ---------------------------------------------------------------------------------------

TEST(Backup, ACopyHoldsTheCommittedDataAndPassesTheCheck)
{
    TempArchive archive;
    ASSERT_TRUE(archive->saveCustomer(makeCustomer(QStringLiteral("百度")), {}));
    const QString out = archive.dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(BackupManager(archive->database()).backupTo(out));
    EXPECT_EQ(ArchiveCheck::run(out), QStringList());
    auto copy = openAt(out);
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->customers().count(), 1);
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".part")));
}

TEST(Backup, IsRefusedInsideAWriteTransaction)
{
    TempArchive archive;
    Transaction transaction(archive->database().connection());
    ASSERT_TRUE(transaction.isActive());
    ASSERT_TRUE(archive->customers().insert(makeCustomer(QStringLiteral("未提交"))));
    const auto made = BackupManager::beforeImport(archive->database());
    EXPECT_FALSE(made) << "a copy would contain the uncommitted customer";
}

TEST(Backup, AutomaticBackupsRotateKeepingTheNewestN)
{
    TempArchive archive;
    BackupManager backups(archive->database());
    ASSERT_TRUE(backups.setKeepCount(3));
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(archive->saveCustomer(makeCustomer(QStringLiteral("客户%1").arg(i)), {}));
        const auto path = i % 2 ? BackupManager::beforeImport(archive->database())
                                : BackupManager::beforeMerge(archive->database());
        ASSERT_TRUE(path) << path.error().toStdString();
        made.append(*path);
    }
    const QFileInfoList kept = backups.backups();
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept.at(0).absoluteFilePath(), QFileInfo(made.at(4)).absoluteFilePath()); // newest first
    EXPECT_EQ(kept.at(2).absoluteFilePath(), QFileInfo(made.at(2)).absoluteFilePath());
    EXPECT_EQ(QFileInfo(made.at(0)).absolutePath(), QFileInfo(archive.path).absoluteFilePath() + QStringLiteral(".backups"));
    // The newest holds everything committed before it.
    auto newest = openAt(made.at(4));
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->customers().count(), 5);
}

TEST(Backup, OnOpenSkipsWhenARecentBackupExistsAndDailyIsNotDueYet)
{
    TempArchive archive;
    BackupManager backups(archive->database());
    const auto first = backups.onOpen();
    ASSERT_TRUE(first);
    EXPECT_FALSE(first->isEmpty());
    EXPECT_TRUE(backups.onOpen()->isEmpty());
    EXPECT_TRUE(backups.dailyIfDue()->isEmpty());
    EXPECT_EQ(backups.backups().size(), 1);
}

TEST(Backup, RestoreKeepsTheCurrentFileFirst)
{
    TempArchive archive;
    ASSERT_TRUE(archive->saveCustomer(makeCustomer(QStringLiteral("备份前")), {}));
    const QString out = archive.dir.filePath(QStringLiteral("before.sqlite"));
    ASSERT_TRUE(BackupManager(archive->database()).backupTo(out));
    ASSERT_TRUE(archive->saveCustomer(makeCustomer(QStringLiteral("备份后")), {}));

    QString keptAs;
    ASSERT_TRUE(BackupManager::restore(out, archive.path, &keptAs));
    // The open connection sees the restored contents.
    EXPECT_EQ(archive->customers().count(), 1);
    ASSERT_FALSE(keptAs.isEmpty());
    auto kept = openAt(keptAs);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->customers().count(), 2);
    // Backups kept before a restore are not rotated away.
    BackupManager backups(archive->database());
    ASSERT_TRUE(backups.setKeepCount(1));
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(BackupManager::beforeImport(archive->database()));
    EXPECT_TRUE(QFile::exists(keptAs));
}

TEST(Backup, RestoreRefusesADamagedOrForeignFileAndLeavesTheArchiveAlone)
{
    TempArchive archive;
    ASSERT_TRUE(archive->saveCustomer(makeCustomer(QStringLiteral("百度")), {}));
    const QString junk = archive.dir.filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    EXPECT_FALSE(BackupManager::restore(junk, archive.path));
    EXPECT_EQ(archive->customers().count(), 1);
    EXPECT_TRUE(BackupManager(archive->database()).backups().isEmpty());
}

TEST(ArchiveCheck, FindsBrokenReferencesAndForeignFiles)
{
    TempArchive archive;
    EXPECT_EQ(ArchiveCheck::run(archive.path), QStringList());
    QSqlQuery q(archive->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO contacts(customer_id, name) VALUES (4242, '孤儿')")));
    const QStringList problems = ArchiveCheck::run(archive.path);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("contacts"))) << problems.first().toStdString();

    QTemporaryDir dir;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
        other.setDatabaseName(dir.filePath(QStringLiteral("other.sqlite")));
        ASSERT_TRUE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
    EXPECT_FALSE(ArchiveCheck::run(dir.filePath(QStringLiteral("other.sqlite"))).isEmpty());
    EXPECT_FALSE(ArchiveCheck::run(dir.filePath(QStringLiteral("missing.sqlite"))).isEmpty());
}

// --- conflicts -------------------------------------------------------------------------------------

TEST(Conflict, ASaveBasedOnAnOlderVersionIsRefusedAndChangesNothing)
{
    TempArchive archive;
    const Customer original = *archive->saveCustomer(makeCustomer(QStringLiteral("百度")), {});
    auto second = openAt(archive.path); // another team member's connection
    ASSERT_TRUE(second);
    Customer mine = *archive->customers().findById(original.id);
    Customer theirs = *second->customers().findById(original.id);
    theirs.city = QStringLiteral("北京");
    ASSERT_TRUE(second->saveCustomer(theirs, {}));
    mine.city = QStringLiteral("上海");
    const auto refused = archive->saveCustomer(mine, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.errorKind(), ErrorKind::Conflict);
    EXPECT_EQ(archive->customers().findById(original.id)->city, QStringLiteral("北京"));
    EXPECT_EQ(archive->customers().findById(original.id)->version, 2);
}

TEST(Conflict, ResolvedRecordTakesChosenFieldsOnTopOfTheStoredVersion)
{
    Customer base = makeCustomer(QStringLiteral("百度"), QStringLiteral("C1"));
    base.id = 7;
    base.version = 1;
    Customer mine = base;
    mine.city = QStringLiteral("上海");
    mine.name = QStringLiteral("百度在线");
    Customer stored = base;
    stored.version = 2;
    stored.name = QStringLiteral("百度公司");
    stored.notes = QStringLiteral("他们的备注");
    Contact phone;
    phone.mobile = QStringLiteral("13800138000");
    const CustomerConflict conflict(base, {}, mine, {phone}, stored, {});
    QStringList differing = conflict.differingKeys();
    differing.sort();
    EXPECT_EQ(differing, (QStringList{QStringLiteral("city"), QStringLiteral("contacts"), QStringLiteral("name"),
                                      QStringLiteral("notes")}));
    EXPECT_EQ(conflict.suggestedKeepMine(),
              (QSet<QString>{QStringLiteral("city"), QStringLiteral("name"), QStringLiteral("contacts")}));
    const Customer resolved = conflict.resolved({QStringLiteral("city")});
    EXPECT_EQ(resolved.version, 2);
    EXPECT_EQ(resolved.city, QStringLiteral("上海"));
    EXPECT_EQ(resolved.name, QStringLiteral("百度公司"));
    EXPECT_EQ(resolved.notes, QStringLiteral("他们的备注"));
    EXPECT_TRUE(conflict.resolvedContacts({QStringLiteral("city")}).isEmpty());
    EXPECT_EQ(conflict.resolvedContacts({QStringLiteral("contacts")}).size(), 1);
}

// --- public pool and handover ------------------------------------------------------------------------

TEST(PublicPool, StaleCustomersReturnUnlessTheOwnerFollowedThemUpOrGotThemRecently)
{
    TempArchive archive;
    const Customer followed = addOwned(*archive, QStringLiteral("有跟进"), QStringLiteral("wang"));
    const Customer forgotten = addOwned(*archive, QStringLiteral("被遗忘"), QStringLiteral("wang"));
    const Customer fresh = addOwned(*archive, QStringLiteral("刚领取"), QStringLiteral("wang"));
    const Customer byOther = addOwned(*archive, QStringLiteral("别人跟进"), QStringLiteral("wang"));
    for (const Customer& c : {followed, forgotten, byOther})
        ownerSince(*archive, c.id, QStringLiteral("2024-01-01T00:00:00.000Z"));
    ownerSince(*archive, fresh.id, QStringLiteral("2024-03-25T00:00:00.000Z"));
    Interaction call;
    call.customerId = followed.id;
    call.author = QStringLiteral("wang");
    call.happenedAt = QDateTime(QDate(2024, 3, 20), QTime(10, 0), Qt::UTC);
    ASSERT_TRUE(archive->interactions().insert(call));
    call.customerId = byOther.id;
    call.author = QStringLiteral("li");
    ASSERT_TRUE(archive->interactions().insert(call));

    PublicPool pool(*archive);
    EXPECT_TRUE(pool.staleIds(QDate(2024, 4, 1))->isEmpty()) << "the rule is off until days are set";
    ASSERT_TRUE(pool.setSettings({30, 0}));
    const auto stale = pool.staleIds(QDate(2024, 4, 1));
    ASSERT_TRUE(stale);
    EXPECT_EQ(*stale, (QVector<qint64>{forgotten.id, byOther.id}));
    ASSERT_EQ(*pool.releaseStale(QDate(2024, 4, 1)), 2);
    const auto back = archive->customers().findById(forgotten.id);
    EXPECT_TRUE(back->owner.isEmpty());
    EXPECT_EQ(back->version, forgotten.version + 1) << "a normal update: history sees it";
    EXPECT_EQ(archive->customers().findById(followed.id)->owner, QStringLiteral("wang"));
    EXPECT_EQ(pool.members()->size(), 2);
}

TEST(PublicPool, ClaimingTakesAPoolCustomerOnceAndRespectsTheCap)
{
    TempArchive archive;
    const Customer a = addOwned(*archive, QStringLiteral("甲"), QString());
    const Customer b = addOwned(*archive, QStringLiteral("乙"), QString());
    addOwned(*archive, QStringLiteral("丙"), QStringLiteral("li"));
    PublicPool pool(*archive);
    ASSERT_TRUE(pool.setSettings({0, 2}));
    const auto claimed = pool.claim(a.code, QStringLiteral("li"));
    ASSERT_TRUE(claimed) << claimed.error().toStdString();
    EXPECT_EQ(claimed->owner, QStringLiteral("li"));
    // The customer was freshly taken: the pool rule counts from now.
    EXPECT_EQ(scalar(*archive, QStringLiteral("SELECT count(*) FROM customer_owner_since WHERE customer_id = %1").arg(a.id)).toInt(), 1);
    const auto again = pool.claim(a.code, QStringLiteral("zhao"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.errorKind(), ErrorKind::Conflict);
    const auto capped = pool.claim(b.code, QStringLiteral("li"));
    ASSERT_FALSE(capped);
    EXPECT_EQ(capped.errorKind(), ErrorKind::Usage);
    EXPECT_TRUE(archive->customers().findById(b.id)->owner.isEmpty());
}

TEST(Handover, MovesCustomersAndOpenTasksInOneStep)
{
    TempArchive archive;
    const Customer a = addOwned(*archive, QStringLiteral("甲"), QStringLiteral("wang"));
    const Customer b = addOwned(*archive, QStringLiteral("乙"), QStringLiteral("wang"));
    const Customer c = addOwned(*archive, QStringLiteral("丙"), QStringLiteral("li"));
    addOwned(*archive, QStringLiteral("丁"), QStringLiteral("zhao"));
    Task open;
    open.customerId = c.id;
    open.title = QStringLiteral("报价");
    open.dueDate = QDate(2030, 1, 1);
    open.assignee = QStringLiteral("wang");
    ASSERT_TRUE(archive->tasks().add(open));
    Interaction planned;
    planned.customerId = a.id;
    planned.author = QStringLiteral("wang");
    planned.happenedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    planned.nextDate = QDate(2030, 2, 1);
    ASSERT_TRUE(archive->interactions().insert(planned));

    const auto moved = Handover(*archive).run(QStringLiteral("wang"), QStringLiteral("zhao"), Handover::Departing::Disable,
                                            QDate(2024, 4, 1));
    ASSERT_TRUE(moved) << moved.error().toStdString();
    EXPECT_EQ(moved->customers, 2);
    EXPECT_EQ(moved->tasks, 1);
    EXPECT_EQ(moved->plannedFollowUps, 1);
    EXPECT_EQ(archive->customers().findById(a.id)->owner, QStringLiteral("zhao"));
    EXPECT_EQ(archive->customers().findById(b.id)->version, b.version + 1);
    EXPECT_EQ(archive->customers().findById(c.id)->owner, QStringLiteral("li"));
    EXPECT_EQ(scalar(*archive, QStringLiteral("SELECT count(*) FROM tasks t JOIN users u ON u.id = t.assignee_id"
                                              " WHERE u.login = 'zhao'")).toInt(), 1);

    const auto toPool = Handover(*archive).run(QStringLiteral("zhao"), QString());
    ASSERT_TRUE(toPool);
    EXPECT_EQ(toPool->customers, 3);
    EXPECT_TRUE(archive->customers().findById(a.id)->owner.isEmpty());
    EXPECT_EQ(scalar(*archive, QStringLiteral("SELECT count(*) FROM tasks WHERE assignee_id IS NULL")).toInt(), 1);
}

TEST(Handover, UnknownOrDisabledTargetsChangeNothing)
{
    TempArchive archive;
    const Customer a = addOwned(*archive, QStringLiteral("甲"), QStringLiteral("wang"));
    addOwned(*archive, QStringLiteral("乙"), QStringLiteral("gone"));
    ASSERT_TRUE(SqlValue::run(archive->database().connection(), QStringLiteral("UPDATE users SET active = 0 WHERE login = 'gone'"), {}));
    const auto unknown = Handover(*archive).run(QStringLiteral("wang"), QStringLiteral("nobody"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.errorKind(), ErrorKind::NotFound);
    const auto disabled = Handover(*archive).run(QStringLiteral("wang"), QStringLiteral("gone"));
    ASSERT_FALSE(disabled);
    EXPECT_EQ(disabled.errorKind(), ErrorKind::Usage);
    EXPECT_EQ(archive->customers().findById(a.id)->owner, QStringLiteral("wang"));
    EXPECT_EQ(archive->customers().findById(a.id)->version, a.version);
}
