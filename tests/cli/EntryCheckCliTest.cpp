#include "CliRun.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// `dossier-cli add` and the check on entry (issue 10): a likely duplicate of an existing customer is warned
// about on stderr, one line each, and the customer is added all the same (exit 0).
namespace {
class EntryCheckCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    void SetUp() override
    {
        const CliRun demo = cli({QStringLiteral("demo"), db(), QStringLiteral("--customers"), QStringLiteral("300")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const CliRun first = add({QStringLiteral("--name"), QStringLiteral("杭州云帆科技有限公司"), QStringLiteral("--code"),
                                  QStringLiteral("K-1"), QStringLiteral("--phone"), QStringLiteral("0571-88886666")});
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
        ASSERT_FALSE(first.err.contains(QStringLiteral("K-1")));
    }
    CliRun add(QStringList fields)
    {
        fields.prepend(db());
        fields.prepend(QStringLiteral("add"));
        return cli(fields);
    }
    qint64 customers()
    {
        return cli({QStringLiteral("stats"), db(), QStringLiteral("--json")}).json()[QStringLiteral("customers")].toInteger();
    }
    QTemporaryDir dir;
};
} // namespace

TEST_F(EntryCheckCli, ALikelyDuplicateIsWarnedAboutAndAddedAnyway)
{
    const qint64 before = customers();
    const CliRun r = add({QStringLiteral("--name"), QStringLiteral("杭州雲帆科技有限責任公司"), QStringLiteral("--phone"),
                          QStringLiteral("+86 571 8888 6666")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList warnings = r.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(warnings.size(), 1) << r.err.toStdString();
    EXPECT_TRUE(warnings.front().contains(QStringLiteral("K-1"))) << r.err.toStdString();
    EXPECT_TRUE(warnings.front().contains(QStringLiteral("杭州云帆科技有限公司")));
    EXPECT_FALSE(r.out.trimmed().isEmpty()) << "the new code is printed";
    EXPECT_EQ(customers(), before + 1);
}

TEST_F(EntryCheckCli, NoWarningForSomeoneNewOrWithNoDuplicateCheck)
{
    const qint64 before = customers();
    const CliRun stranger = add({QStringLiteral("--name"), QStringLiteral("宁波海曙蓝鲸渔具商行"), QStringLiteral("--phone"),
                                 QStringLiteral("0574-23456789")});
    EXPECT_EQ(stranger.exitCode, 0) << stranger.err.toStdString();
    EXPECT_TRUE(stranger.err.trimmed().isEmpty()) << stranger.err.toStdString();
    const CliRun unchecked = add({QStringLiteral("--name"), QStringLiteral("杭州云帆科技有限公司"), QStringLiteral("--phone"),
                                  QStringLiteral("057188886666"), QStringLiteral("--no-duplicate-check")});
    EXPECT_EQ(unchecked.exitCode, 0) << unchecked.err.toStdString();
    EXPECT_FALSE(unchecked.err.contains(QStringLiteral("K-1"))) << unchecked.err.toStdString();
    EXPECT_EQ(customers(), before + 2);
}
