#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
class SearchCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), db()}).exitCode, 0);
        add({QStringLiteral("--name"), QStringLiteral("张伟"), QStringLiteral("--code"), QStringLiteral("K-1"),
             QStringLiteral("--phone"), QStringLiteral("13800138000")});
        add({QStringLiteral("--name"), QStringLiteral("张伟军"), QStringLiteral("--code"), QStringLiteral("K-2")});
        add({QStringLiteral("--name"), QStringLiteral("深圳华为科技"), QStringLiteral("--code"), QStringLiteral("K-3")});
    }
    void add(QStringList fields)
    {
        fields.prepend(db());
        fields.prepend(QStringLiteral("add"));
        const CliRun r = cli(fields);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QJsonArray search(const QStringList& extra)
    {
        const CliRun r = cli(QStringList{QStringLiteral("search"), db()} + extra + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        EXPECT_TRUE(doc.isArray()) << r.out.toStdString();
        return doc.array();
    }

    QTemporaryDir dir;
};
} // namespace

TEST_F(SearchCli, JsonHitsAreRankedWithCodeNameAndScore)
{
    const QJsonArray hits = search({QStringLiteral("zhangwei")});
    ASSERT_EQ(hits.size(), 2);
    const QJsonObject best = hits[0].toObject();
    EXPECT_EQ(best.value(QStringLiteral("code")).toString(), QStringLiteral("K-1"));
    EXPECT_EQ(best.value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
    ASSERT_TRUE(best.value(QStringLiteral("score")).isDouble());
    EXPECT_GT(best.value(QStringLiteral("score")).toInt(), hits[1].toObject().value(QStringLiteral("score")).toInt());

    // Traditional characters, a phone by its last 4 digits, a limit.
    EXPECT_EQ(search({QStringLiteral("華為")}).at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("K-3"));
    EXPECT_EQ(search({QStringLiteral("8000")}).at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("K-1"));
    EXPECT_EQ(search({QStringLiteral("zw"), QStringLiteral("--limit"), QStringLiteral("1")}).size(), 1);
    EXPECT_TRUE(search({QStringLiteral("没有这个")}).isEmpty());
}

TEST_F(SearchCli, PlainOutputAndBadUsage)
{
    const CliRun plain = cli({QStringLiteral("search"), db(), QStringLiteral("K-3")});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.out.startsWith(QStringLiteral("K-3\t深圳华为科技\t"))) << plain.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("search"), db(), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("search")}).exitCode, 2); // no query
    EXPECT_EQ(cli({QStringLiteral("search"), dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("x")}).exitCode, 1);
}

TEST_F(SearchCli, ReindexRebuildsADamagedIndex)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const char* table : {"search_text", "search_names", "search_terms"})
            ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM %1").arg(QString::fromLatin1(table))));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    EXPECT_TRUE(search({QStringLiteral("zhangwei")}).isEmpty());
    const CliRun r = cli({QStringLiteral("reindex"), db()});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("3"))) << r.out.toStdString();
    EXPECT_EQ(search({QStringLiteral("zhangwei")}).size(), 2);
}
