#include "CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
class MergeCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), db()}).exitCode, 0);
        add({QStringLiteral("--name"), QStringLiteral("张伟"), QStringLiteral("--code"), QStringLiteral("K-1"),
             QStringLiteral("--phone"), QStringLiteral("13800138000")});
        add({QStringLiteral("--name"), QStringLiteral("張偉"), QStringLiteral("--code"), QStringLiteral("K-2"),
             QStringLiteral("--phone"), QStringLiteral("+86 139 0013 9000"), QStringLiteral("--notes"),
             QStringLiteral("展会上认识")});
        add({QStringLiteral("--name"), QStringLiteral("Zhang Wei"), QStringLiteral("--code"), QStringLiteral("K-3"),
             QStringLiteral("--email"), QStringLiteral("zhangwei@example.com")});
    }
    void add(QStringList fields)
    {
        fields.prepend(db());
        fields.prepend(QStringLiteral("add"));
        const CliRun r = cli(fields);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString firstHit(const QString& text)
    {
        const CliRun r = cli({QStringLiteral("search"), db(), text, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().array().at(0).toObject().value(QStringLiteral("code")).toString();
    }
    QJsonObject show(const QString& code)
    {
        const CliRun r = cli({QStringLiteral("show"), db(), code, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.jsonObject();
    }

    QTemporaryDir dir;
};
} // namespace

TEST_F(MergeCli, MergePrintsTheIdOldCodesFindTheSurvivorAndUnmergeRestores)
{
    const QJsonObject before = show(QStringLiteral("K-2"));
    const CliRun merged = cli({QStringLiteral("merge"), db(), QStringLiteral("--keep"), QStringLiteral("K-1"),
                               QStringLiteral("--from"), QStringLiteral("K-2"), QStringLiteral("K-3")});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    bool isNumber = false;
    const qint64 mergeId = merged.out.trimmed().toLongLong(&isNumber);
    ASSERT_TRUE(isNumber) << merged.out.toStdString();

    // The survivor holds every contact; the merged codes are gone as records but find the survivor.
    const QJsonObject kept = show(QStringLiteral("K-1"));
    EXPECT_EQ(kept.value(QStringLiteral("contacts")).toArray().size(), 3);
    EXPECT_EQ(kept.value(QStringLiteral("notes")).toString(), QStringLiteral("展会上认识"));
    EXPECT_EQ(cli({QStringLiteral("show"), db(), QStringLiteral("K-2")}).exitCode, 1);
    EXPECT_EQ(firstHit(QStringLiteral("K-2")), QStringLiteral("K-1"));
    EXPECT_EQ(firstHit(QStringLiteral("K-3")), QStringLiteral("K-1"));

    const CliRun undone = cli({QStringLiteral("unmerge"), db(), QString::number(mergeId)});
    ASSERT_EQ(undone.exitCode, 0) << undone.err.toStdString();
    EXPECT_EQ(firstHit(QStringLiteral("K-2")), QStringLiteral("K-2"));
    EXPECT_EQ(show(QStringLiteral("K-2")), before);
    EXPECT_EQ(show(QStringLiteral("K-1")).value(QStringLiteral("contacts")).toArray().size(), 1);

    const CliRun twice = cli({QStringLiteral("unmerge"), db(), QString::number(mergeId)});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QString::number(mergeId))) << twice.err.toStdString();
}

TEST_F(MergeCli, BadArgumentsAreExplainedAndChangeNothing)
{
    const CliRun noFrom = cli({QStringLiteral("merge"), db(), QStringLiteral("--keep"), QStringLiteral("K-1")});
    EXPECT_EQ(noFrom.exitCode, 2);
    EXPECT_TRUE(noFrom.err.contains(QStringLiteral("--from"))) << noFrom.err.toStdString();
    const CliRun unknown = cli({QStringLiteral("merge"), db(), QStringLiteral("--keep"), QStringLiteral("K-1"),
                                QStringLiteral("--from"), QStringLiteral("K-9")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("K-9"))) << unknown.err.toStdString();
    const CliRun self = cli({QStringLiteral("merge"), db(), QStringLiteral("--keep"), QStringLiteral("K-1"),
                             QStringLiteral("--from"), QStringLiteral("K-1")});
    EXPECT_EQ(self.exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("unmerge"), db(), QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("unmerge"), db(), QStringLiteral("99")}).exitCode, 1);
    // Nothing was merged: every record is still its own.
    for (const char* code : {"K-1", "K-2", "K-3"})
        EXPECT_EQ(firstHit(QString::fromLatin1(code)), QString::fromLatin1(code));
}

TEST_F(MergeCli, AMergeIsPrecededByABackupAndAudited)
{
    ASSERT_EQ(cli({QStringLiteral("merge"), db(), QStringLiteral("--keep"), QStringLiteral("K-1"), QStringLiteral("--from"),
                   QStringLiteral("K-2")})
                  .exitCode,
              0);
    // The copy taken before the merge still holds K-2 as a record of its own.
    const QFileInfoList backups = QDir(db() + QStringLiteral(".backups")).entryInfoList(QDir::Files, QDir::Time);
    ASSERT_FALSE(backups.isEmpty());
    EXPECT_EQ(cli({QStringLiteral("show"), backups.first().filePath(), QStringLiteral("K-2")}).exitCode, 0);

    const CliRun audit = cli({QStringLiteral("audit"), db(), QStringLiteral("--json")});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    bool merged = false;
    for (const QJsonValue& row : audit.json().array())
        merged = merged || (row.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("merge") &&
                            row.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("K-1"));
    EXPECT_TRUE(merged) << audit.out.toStdString();
}
