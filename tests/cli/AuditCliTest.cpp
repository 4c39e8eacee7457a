#include "CliRun.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
class AuditCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), db()}).exitCode, 0);
        run({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("华夏科技"), QStringLiteral("--code"),
             QStringLiteral("K-1"), QStringLiteral("--phone"), QStringLiteral("13800138000")});
    }
    CliRun run(const QStringList& args, int expected = 0)
    {
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, expected) << args.join(' ').toStdString() << '\n' << r.err.toStdString();
        return r;
    }
    QJsonArray jsonArray(const QStringList& args)
    {
        const CliRun r = run(args);
        EXPECT_TRUE(r.json().isArray()) << r.out.toStdString();
        return r.json().array();
    }

    QTemporaryDir dir;
};
} // namespace

TEST_F(AuditCli, HistoryShowsEachChangedFieldWithOldAndNewValue)
{
    run({QStringLiteral("update"), db(), QStringLiteral("K-1"), QStringLiteral("--name"), QStringLiteral("华夏科技集团")});
    const QJsonArray rows = jsonArray({QStringLiteral("history"), db(), QStringLiteral("K-1"), QStringLiteral("--json")});
    ASSERT_GE(rows.size(), 2);
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    bool sawName = false;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("field")).toString() == QLatin1String("name")) {
            sawName = true;
            EXPECT_EQ(row.value(QStringLiteral("old_value")).toString(), QStringLiteral("华夏科技"));
            EXPECT_EQ(row.value(QStringLiteral("new_value")).toString(), QStringLiteral("华夏科技集团"));
        }
    }
    EXPECT_TRUE(sawName);
    const CliRun text = run({QStringLiteral("history"), db(), QStringLiteral("K-1")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("name: 华夏科技 -> 华夏科技集团"))) << text.out.toStdString();
}

TEST_F(AuditCli, DeleteMovesToTheBinAndTrashRestoresIt)
{
    const CliRun deleted = run({QStringLiteral("delete"), db(), QStringLiteral("K-1")});
    EXPECT_TRUE(deleted.out.contains(QStringLiteral("K-1")));
    run({QStringLiteral("show"), db(), QStringLiteral("K-1")}, 1);
    const CliRun listed = run({QStringLiteral("trash"), db(), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("K-1\t华夏科技"))) << listed.out.toStdString();
    // The deleted customer keeps its history.
    EXPECT_FALSE(jsonArray({QStringLiteral("history"), db(), QStringLiteral("K-1"), QStringLiteral("--json")}).isEmpty());

    run({QStringLiteral("trash"), db(), QStringLiteral("restore"), QStringLiteral("K-1")});
    const CliRun shown = run({QStringLiteral("show"), db(), QStringLiteral("K-1"), QStringLiteral("--json")});
    EXPECT_EQ(shown.jsonObject().value(QStringLiteral("name")).toString(), QStringLiteral("华夏科技"));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("13800138000"))) << shown.out.toStdString();
    EXPECT_TRUE(run({QStringLiteral("trash"), db(), QStringLiteral("list")}).out.trimmed().isEmpty());
}

TEST_F(AuditCli, RestoreOfATakenCodeFailsWithAClearMessage)
{
    run({QStringLiteral("delete"), db(), QStringLiteral("K-1")});
    run({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("东方贸易"), QStringLiteral("--code"),
         QStringLiteral("K-1")});
    const CliRun refused = run({QStringLiteral("trash"), db(), QStringLiteral("restore"), QStringLiteral("K-1")}, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("K-1"))) << refused.err.toStdString();
}

TEST_F(AuditCli, PurgeRemovesForGoodAndUnknownCodesFail)
{
    run({QStringLiteral("delete"), db(), QStringLiteral("K-1")});
    run({QStringLiteral("trash"), db(), QStringLiteral("purge"), QStringLiteral("K-1")});
    EXPECT_TRUE(run({QStringLiteral("trash"), db(), QStringLiteral("list")}).out.trimmed().isEmpty());
    run({QStringLiteral("trash"), db(), QStringLiteral("restore"), QStringLiteral("K-1")}, 1);
    run({QStringLiteral("delete"), db(), QStringLiteral("NOPE")}, 1);
    run({QStringLiteral("trash"), db(), QStringLiteral("empty")}, 2);
}

TEST_F(AuditCli, AuditListsEveryActionAndFiltersBySince)
{
    run({QStringLiteral("delete"), db(), QStringLiteral("K-1")});
    run({QStringLiteral("trash"), db(), QStringLiteral("restore"), QStringLiteral("K-1")});
    const QJsonArray rows = jsonArray({QStringLiteral("audit"), db(), QStringLiteral("--json")});
    QStringList actions;
    for (const QJsonValue& v : rows)
        actions.append(v.toObject().value(QStringLiteral("action")).toString());
    EXPECT_TRUE(actions.contains(QStringLiteral("create")));
    EXPECT_TRUE(actions.contains(QStringLiteral("delete")));
    EXPECT_TRUE(actions.contains(QStringLiteral("restore")));
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    EXPECT_TRUE(jsonArray({QStringLiteral("audit"), db(), QStringLiteral("--since"), tomorrow, QStringLiteral("--json")})
                    .isEmpty());
    run({QStringLiteral("audit"), db(), QStringLiteral("--since"), QStringLiteral("yesterday")}, 2);
}

TEST_F(AuditCli, AuditRowsRefuseChangesFromAnotherSqliteConnection)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-audit"));
        raw.setDatabaseName(db());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-audit"));
    EXPECT_FALSE(jsonArray({QStringLiteral("audit"), db(), QStringLiteral("--json")}).isEmpty());
}
