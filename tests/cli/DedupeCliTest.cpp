#include "CliRun.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
class DedupeCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    void SetUp() override
    {
        const CliRun demo = cli({QStringLiteral("demo"), db(), QStringLiteral("--customers"), QStringLiteral("300")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        add({QStringLiteral("--name"), QStringLiteral("杭州云帆科技有限公司"), QStringLiteral("--code"), QStringLiteral("K-1"),
             QStringLiteral("--phone"), QStringLiteral("0571-88886666")});
        add({QStringLiteral("--name"), QStringLiteral("杭州雲帆科技有限責任公司"), QStringLiteral("--code"), QStringLiteral("K-2"),
             QStringLiteral("--phone"), QStringLiteral("+86 571 8888 6666")});
    }
    void add(QStringList fields)
    {
        fields.prepend(db());
        fields.prepend(QStringLiteral("add"));
        const CliRun r = cli(fields);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QTemporaryDir dir;
};
} // namespace

TEST_F(DedupeCli, WritesThePairsJudgedTheSameAndASummary)
{
    const QString out = dir.filePath(QStringLiteral("pairs.csv"));
    const CliRun r = cli({QStringLiteral("dedupe"), db(), QStringLiteral("--pairs"), out, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = r.lastLine();
    EXPECT_EQ(summary.value(QStringLiteral("records")).toInt(), 302);
    EXPECT_GT(summary.value(QStringLiteral("candidate_pairs")).toInt(), 0);
    EXPECT_LT(summary.value(QStringLiteral("candidate_pairs")).toInt(), 302 * 301 / 2);
    EXPECT_GE(summary.value(QStringLiteral("pairs")).toInt(), 1);
    EXPECT_GE(summary.value(QStringLiteral("groups")).toInt(), 1);
    EXPECT_TRUE(summary.contains(QStringLiteral("seconds")));

    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), QStringLiteral("left_code,right_code,score"));
    EXPECT_EQ(lines.size() - 1, summary.value(QStringLiteral("pairs")).toInt());
    bool found = false;
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        ASSERT_EQ(cells.size(), 3) << line.toStdString();
        const double score = cells[2].toDouble();
        EXPECT_GE(score, 0.5);
        EXPECT_LE(score, 1.0);
        found = found || (QSet<QString>{cells[0], cells[1]} == QSet<QString>{QStringLiteral("K-1"), QStringLiteral("K-2")});
    }
    EXPECT_TRUE(found) << "the same company typed twice (Traditional, other legal form, other phone format)";
}

TEST_F(DedupeCli, AHigherThresholdNeverFindsMorePairs)
{
    const CliRun low = cli({QStringLiteral("dedupe"), db(), QStringLiteral("--threshold"), QStringLiteral("0.2"), QStringLiteral("--json")});
    const CliRun high = cli({QStringLiteral("dedupe"), db(), QStringLiteral("--threshold"), QStringLiteral("0.999"), QStringLiteral("--json")});
    ASSERT_EQ(low.exitCode, 0);
    ASSERT_EQ(high.exitCode, 0);
    EXPECT_LE(high.lastLine().value(QStringLiteral("pairs")).toInt(), low.lastLine().value(QStringLiteral("pairs")).toInt());
}

TEST_F(DedupeCli, ABadThresholdIsAUsageError)
{
    for (const QString& bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("1.5")}) {
        const CliRun r = cli({QStringLiteral("dedupe"), db(), QStringLiteral("--threshold"), bad});
        EXPECT_EQ(r.exitCode, 2) << bad.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--threshold"))) << r.err.toStdString();
    }
}
