// A file shared by a team (issue 11), as separate processes: update --expect-version, backup/restore/check,
// handover and pool from the command line; eight processes editing one archive at once; kill -9 in the middle
// of an import.
#include "AccountRepository.h"
#include "Archive.h"
#include "ArchiveCheck.h"
#include "CliRun.h"
#include "DemoGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>
#include <gtest/gtest.h>
#include <iostream>

namespace {
std::unique_ptr<Archive> openArchive(const QString& path)
{
    auto opened = Archive::open(path, Database::OpenMode::MustExist);
    EXPECT_TRUE(opened) << opened.error().toStdString();
    return opened ? std::move(opened).value() : nullptr;
}

std::unique_ptr<Archive> createArchive(const QString& path)
{
    auto opened = Archive::open(path, Database::OpenMode::CreateIfMissing);
    EXPECT_TRUE(opened) << opened.error().toStdString();
    return opened ? std::move(opened).value() : nullptr;
}

Customer addCustomer(Archive& archive, const QString& name, const QString& owner = QString())
{
    Customer c;
    c.name = name;
    c.owner = owner;
    const auto saved = archive.saveCustomer(c, {});
    EXPECT_TRUE(saved) << saved.error().toStdString();
    return saved ? *saved : Customer{};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString arg(const char* text) { return QString::fromUtf8(text); }
} // namespace

TEST(SharingCli, UpdateWithAnOutdatedExpectedVersionChangesNothingAndExitsWithThree)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    ASSERT_EQ(cli({arg("init"), db}).exitCode, 0);
    QString code;
    {
        auto archive = openArchive(db);
        code = addCustomer(*archive, QStringLiteral("百度")).code;
    }
    const CliRun first = cli({arg("update"), db, code, arg("--notes"), arg("第一次"), arg("--expect-version"), arg("1")});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    const CliRun stale = cli({arg("update"), db, code, arg("--notes"), arg("过时的"), arg("--expect-version"), arg("1")});
    EXPECT_EQ(stale.exitCode, 3);
    EXPECT_TRUE(stale.out.contains(QRegularExpression(QStringLiteral("\\b2\\b")))) << "prints the current version: "
                                                                                 << stale.out.toStdString();
    auto archive = openArchive(db);
    const auto stored = archive->customers().findByCode(code);
    EXPECT_EQ(stored->notes, QStringLiteral("第一次"));
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(cli({arg("update"), db, code, arg("--expect-version"), arg("x")}).exitCode, 2);
}

TEST(SharingCli, BackupCheckAndRestoreKeepingTheCurrentFile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    const QString out = dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_EQ(cli({arg("demo"), db, arg("--customers"), arg("30")}).exitCode, 0);
    const CliRun backup = cli({arg("backup"), db, out});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_NE(cli({arg("backup"), db, out}).exitCode, 0) << "an existing file is not overwritten";
    EXPECT_EQ(cli({arg("check"), out}).exitCode, 0);
    {
        auto archive = openArchive(db);
        addCustomer(*archive, QStringLiteral("备份之后"));
    }
    const CliRun restore = cli({arg("restore"), out, db});
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    auto archive = openArchive(db);
    EXPECT_EQ(archive->customers().count(), 30);
    const QFileInfoList kept = QDir(db + QStringLiteral(".backups")).entryInfoList({QStringLiteral("*-restore.sqlite")});
    ASSERT_EQ(kept.size(), 1);
    auto before = openArchive(kept.first().absoluteFilePath());
    EXPECT_EQ(before->customers().count(), 31) << "the replaced file was kept as a backup";

    // A damaged file: check lists the problem and fails; restore refuses it.
    const QString broken = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile::copy(out, broken);
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    file.write(QByteArray(8192, '\x5a'));
    file.close();
    const CliRun check = cli({arg("check"), broken});
    EXPECT_NE(check.exitCode, 0);
    EXPECT_FALSE(check.out.trimmed().isEmpty());
    EXPECT_NE(cli({arg("restore"), broken, db}).exitCode, 0);
    EXPECT_EQ(openArchive(db)->customers().count(), 30);
}

TEST(SharingCli, ImportMakesABackupFirst)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    ASSERT_EQ(cli({arg("init"), db}).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    writeFile(csv, QStringLiteral("客户名称,手机\n张三,13800138000\n李四,13900139000\n").toUtf8());
    const CliRun r = cli({arg("import"), db, csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QFileInfoList backups = QDir(db + QStringLiteral(".backups")).entryInfoList({QStringLiteral("*-import.sqlite")});
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(openArchive(backups.first().absoluteFilePath())->customers().count(), 0);
    EXPECT_EQ(openArchive(db)->customers().count(), 2);
}

TEST(SharingCli, HandoverAndPool)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    ASSERT_EQ(cli({arg("init"), db}).exitCode, 0);
    QString code;
    {
        auto archive = openArchive(db);
        code = addCustomer(*archive, QStringLiteral("甲"), QStringLiteral("wang")).code;
        addCustomer(*archive, QStringLiteral("乙"), QStringLiteral("wang"));
        addCustomer(*archive, QStringLiteral("丙"), QStringLiteral("li"));
    }
    EXPECT_EQ(cli({arg("handover"), db, arg("--from"), arg("wang")}).exitCode, 2);
    EXPECT_EQ(cli({arg("handover"), db, arg("--from"), arg("wang"), arg("--to"), arg("nobody")}).exitCode, 1);
    const CliRun toLi = cli({arg("handover"), db, arg("--from"), arg("wang"), arg("--to"), arg("li")});
    ASSERT_EQ(toLi.exitCode, 0) << toLi.err.toStdString();
    EXPECT_EQ(openArchive(db)->customers().findByCode(code)->owner, QStringLiteral("li"));
    const auto disabledUser = [&](const char* login) {
        auto archive = openArchive(db);
        return AccountRepository(archive->database().connection()).account(QString::fromLatin1(login))->disabled;
    };
    EXPECT_TRUE(disabledUser("wang")) << "a departing rep is disabled in the same step";
    ASSERT_EQ(cli({arg("handover"), db, arg("--from"), arg("li"), arg("--to"), arg("pool"), arg("--keep-active")}).exitCode, 0);
    EXPECT_FALSE(disabledUser("li"));
    const CliRun list = cli({arg("pool"), db, arg("list"), arg("--json")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.json().array().size(), 3);
    EXPECT_EQ(cli({arg("pool"), db, arg("claim"), code, arg("--user"), arg("zhao")}).exitCode, 0);
    EXPECT_EQ(cli({arg("pool"), db, arg("claim"), code, arg("--user"), arg("qian")}).exitCode, 1);
    EXPECT_EQ(openArchive(db)->customers().findByCode(code)->owner, QStringLiteral("zhao"));
}

// Eight team members editing the same 20 customers at once, 500 edits each. Every edit appends its own token to
// the notes: a lost update (a save over a version its author had not seen) would drop tokens that were reported
// as applied, and a conflict that still wrote something would leave a token that was reported as refused.
TEST(SharedArchive, EightProcessesEditingAtOnceLoseNothing)
{
    constexpr int processes = 8;
    constexpr int edits = 500;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        auto archive = createArchive(db);
        ASSERT_TRUE(archive);
        for (int i = 0; i < 20; ++i)
            addCustomer(*archive, QStringLiteral("客户%1").arg(i));
    }
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QProcess>> running;
    for (int p = 0; p < processes; ++p) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(DOSSIER_EDIT_DRIVER),
                       {db, QString::number(p), QString::number(edits), QString::number(1000 + p),
                        dir.filePath(QStringLiteral("log%1.txt").arg(p))});
        running.push_back(std::move(process));
    }
    for (auto& process : running) {
        ASSERT_TRUE(process->waitForFinished(240000));
        EXPECT_EQ(process->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }
    std::cout << "[          ] " << processes << " x " << edits << " edits in " << timer.elapsed() << " ms\n";

    QHash<QString, QStringList> appliedTokens; // code -> tokens
    QHash<QString, QStringList> refusedTokens;
    int applied = 0, conflicts = 0;
    for (int p = 0; p < processes; ++p) {
        QFile log(dir.filePath(QStringLiteral("log%1.txt").arg(p)));
        ASSERT_TRUE(log.open(QIODevice::ReadOnly | QIODevice::Text));
        int lines = 0;
        while (!log.atEnd()) {
            const QStringList f = QString::fromUtf8(log.readLine()).trimmed().split(u' ');
            ++lines;
            ASSERT_GE(f.size(), 3);
            if (f[0] == u"applied") {
                appliedTokens[f[1]].append(f[2]);
                ++applied;
            } else if (f[0] == u"conflict") {
                refusedTokens[f[1]].append(f[2]);
                ++conflicts;
            } else {
                ADD_FAILURE() << "neither applied nor a conflict: " << f.join(u' ').toStdString();
            }
        }
        EXPECT_EQ(lines, edits) << "process " << p << " accounted for every edit";
    }
    EXPECT_EQ(applied + conflicts, processes * edits);
    EXPECT_GT(conflicts, 0) << "the processes really competed";
    std::cout << "[          ] applied " << applied << ", conflicts " << conflicts << "\n";

    EXPECT_EQ(ArchiveCheck::run(db), QStringList()) << "integrity_check and foreign_key_check are clean";
    auto archive = openArchive(db);
    ASSERT_TRUE(archive);
    const auto ids = archive->customers().listIds({}, CustomerSortKey::Code);
    int total = 0;
    for (const qint64 id : *ids) {
        const Customer c = *archive->customers().findById(id);
        const QStringList tokens = appliedTokens.value(c.code);
        total += int(tokens.size());
        EXPECT_EQ(c.version, 1 + tokens.size()) << c.code.toStdString();
        for (const QString& token : tokens)
            EXPECT_TRUE(c.notes.contains(token)) << "lost update of " << c.code.toStdString() << ": " << token.toStdString();
        for (const QString& token : refusedTokens.value(c.code))
            EXPECT_FALSE(c.notes.contains(token)) << "a refused edit was written: " << token.toStdString();
        EXPECT_EQ(c.notes.count(u';'), tokens.size());
    }
    EXPECT_EQ(total, applied);
}

namespace {
// True once `writer` holds the archive's write lock (a second writer is then refused at once), false if it ended
// or a minute passed first.
bool waitUntilWriting(const QProcess& writer, const QString& db)
{
    bool writing = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-probe"));
        probe.setDatabaseName(db);
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!probe.open())
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!writing && writer.state() == QProcess::Running && waited.elapsed() < 60000) {
            QSqlQuery q(probe);
            if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                q.exec(QStringLiteral("ROLLBACK"));
            else
                writing = true;
            if (!writing)
                QThread::msleep(10);
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crash-probe"));
    return writing;
}
} // namespace

// kill -9 while an import is writing: the archive opens, is consistent and holds none of the import (or, had it
// committed, all of it). Once with WAL (local disk) and once with the rollback journal (network share setting).
class CrashDuringImport : public ::testing::TestWithParam<const char*> {};

TEST_P(CrashDuringImport, LeavesAllOrNothing)
{
    constexpr int rows = 60000;
    qputenv("DOSSIER_JOURNAL_MODE", GetParam());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
    {
        auto archive = createArchive(db);
        ASSERT_TRUE(archive);
        addCustomer(*archive, QStringLiteral("已有客户"));
    }
    QByteArray csv = "客户名称,手机,城市,备注\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("导入客户%1,139%2,杭州,第%1行的备注\n").arg(i).arg(i, 8, 10, QLatin1Char('0')).toUtf8();
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    writeFile(file, csv);

    QProcess import;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOSSIER_JOURNAL_MODE"), QString::fromLatin1(GetParam()));
    import.setProcessEnvironment(environment);
    import.start(QStringLiteral(DOSSIER_CLI_PATH), {QStringLiteral("import"), db, file});
    ASSERT_TRUE(import.waitForStarted());

    const bool writing = waitUntilWriting(import, db);
    ASSERT_TRUE(writing) << "the import never started writing";
    QThread::msleep(300); // well into the rows
    ASSERT_EQ(import.state(), QProcess::Running) << "the import finished before it could be killed; use more rows";
    import.kill(); // SIGKILL
    ASSERT_TRUE(import.waitForFinished(10000));
    EXPECT_EQ(import.exitStatus(), QProcess::CrashExit);

    EXPECT_EQ(ArchiveCheck::run(db), QStringList());
    auto archive = openArchive(db);
    ASSERT_TRUE(archive);
    const qint64 count = archive->customers().count();
    EXPECT_TRUE(count == 1 || count == 1 + rows) << count << " customers: part of the import survived";
    QSqlQuery batches(archive->database().connection());
    ASSERT_TRUE(batches.exec(QStringLiteral("SELECT count(*) FROM import_batches")) && batches.next());
    EXPECT_EQ(batches.value(0).toInt(), count == 1 ? 0 : 1);
    qunsetenv("DOSSIER_JOURNAL_MODE");
}

INSTANTIATE_TEST_SUITE_P(JournalModes, CrashDuringImport, ::testing::Values("wal", "delete"),
                         [](const auto& info) { return std::string(info.param); });

// kill -9 while a merge of many records is writing: the archive opens, is consistent, and holds all of the merge
// (one merge row, the merged records gone) or none of it.
TEST(CrashDuringMerge, LeavesAllOrNothing)
{
    constexpr int customers = 3000;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("merge-crash.sqlite"));
    {
        auto archive = createArchive(db);
        ASSERT_TRUE(archive);
        DemoGenerator::Options options;
        options.customers = customers;
        options.today = QDate(2026, 6, 30);
        ASSERT_TRUE(DemoGenerator::generate(*archive, options));
    }
    QStringList arguments = {QStringLiteral("merge"), db, QStringLiteral("--keep"), QStringLiteral("C000001"),
                             QStringLiteral("--from")};
    for (int i = 2; i <= customers; ++i)
        arguments.append(QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')));
    QProcess merge;
    merge.start(QStringLiteral(DOSSIER_CLI_PATH), arguments);
    ASSERT_TRUE(merge.waitForStarted());
    ASSERT_TRUE(waitUntilWriting(merge, db)) << "the merge never started writing";
    QThread::msleep(300);
    ASSERT_EQ(merge.state(), QProcess::Running) << "the merge finished before it could be killed; merge more records";
    merge.kill(); // SIGKILL
    ASSERT_TRUE(merge.waitForFinished(10000));
    EXPECT_EQ(merge.exitStatus(), QProcess::CrashExit);

    EXPECT_EQ(ArchiveCheck::run(db), QStringList());
    auto archive = openArchive(db);
    ASSERT_TRUE(archive);
    const qint64 count = archive->customers().count();
    EXPECT_TRUE(count == customers || count == 1) << count << " customers: part of the merge survived";
    QSqlQuery merges(archive->database().connection());
    ASSERT_TRUE(merges.exec(QStringLiteral("SELECT count(*) FROM merges")) && merges.next());
    EXPECT_EQ(merges.value(0).toInt(), count == customers ? 0 : 1);
}
