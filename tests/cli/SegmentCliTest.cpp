#include "CliRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
class SegmentCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    QString csv() const { return dir.filePath(QStringLiteral("segments.csv")); }
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("demo"), db(), QStringLiteral("--customers"), QStringLiteral("200")}).exitCode, 0);
        // One customer who never ordered.
        ASSERT_EQ(cli({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("无单客户")}).exitCode, 0);
    }
    // The CSV's lines, BOM removed, CRLF split.
    QStringList csvLines() const
    {
        QFile file(csv());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 with BOM, for Excel";
        return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
    CliRun segment(const QString& model)
    {
        const CliRun r = cli({QStringLiteral("segment"), db(), QStringLiteral("--as-of"), QStringLiteral("2026-01-01"),
                           QStringLiteral("--model"), model, QStringLiteral("--out"), csv(), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r;
    }

    QTemporaryDir dir;
};
} // namespace

TEST_F(SegmentCli, CsvColumnsAndJsonSummaryForEveryModel)
{
    const QRegularExpression money(QStringLiteral("^-?\\d+\\.\\d\\d$"));
    for (const QString& model : {QStringLiteral("rfm5"), QStringLiteral("rfm8"), QStringLiteral("abc")}) {
        SCOPED_TRACE(model.toStdString());
        const QJsonObject summary = segment(model).lastLine();
        ASSERT_TRUE(summary.value(QStringLiteral("customers")).isDouble());
        ASSERT_TRUE(summary.value(QStringLiteral("segments")).isObject());
        ASSERT_TRUE(summary.value(QStringLiteral("seconds")).isDouble());
        const int customers = summary.value(QStringLiteral("customers")).toInt();
        EXPECT_EQ(customers, 201);
        int counted = 0;
        const QJsonObject segments = summary.value(QStringLiteral("segments")).toObject();
        for (auto it = segments.begin(); it != segments.end(); ++it)
            counted += it.value().toInt();
        EXPECT_EQ(counted, customers);

        const QStringList lines = csvLines();
        ASSERT_EQ(lines.size(), customers + 1);
        EXPECT_EQ(lines.first(), QStringLiteral("code,recency_days,frequency,monetary,r,f,m,segment"));
        int noOrders = 0;
        for (const QString& line : lines.mid(1)) {
            const QStringList f = line.split(u',');
            ASSERT_EQ(f.size(), 8) << line.toStdString();
            EXPECT_TRUE(money.match(f[3]).hasMatch()) << line.toStdString();
            EXPECT_TRUE(segments.contains(f[7])) << line.toStdString();
            if (f[2] == QStringLiteral("0")) {
                ++noOrders;
                EXPECT_TRUE(f[1].isEmpty());
                EXPECT_EQ(f[3], QStringLiteral("0.00"));
                EXPECT_TRUE(f[4].isEmpty() && f[5].isEmpty() && f[6].isEmpty());
            } else if (model == QStringLiteral("rfm8")) {
                for (int i = 4; i <= 6; ++i)
                    EXPECT_TRUE(f[i] == QStringLiteral("H") || f[i] == QStringLiteral("L")) << line.toStdString();
            } else {
                for (int i = 4; i <= 6; ++i)
                    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[1-5]$")).match(f[i]).hasMatch()) << line.toStdString();
            }
        }
        EXPECT_GE(noOrders, 1);
        const QString none = model == QStringLiteral("rfm8") ? QStringLiteral("无订单客户") : QStringLiteral("no_orders");
        EXPECT_EQ(segments.value(none).toInt(), noOrders);
        if (model == QStringLiteral("abc")) {
            EXPECT_TRUE(segments.contains(QStringLiteral("A")));
        }
    }
}

TEST_F(SegmentCli, DefaultsToRfm5AndTodayWithoutJson)
{
    const CliRun r = cli({QStringLiteral("segment"), db()});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("no_orders"))) << r.out.toStdString();
}

TEST_F(SegmentCli, BadUsageAndMissingArchive)
{
    EXPECT_EQ(cli({QStringLiteral("segment"), db(), QStringLiteral("--as-of"), QStringLiteral("2026-13-01")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("segment"), db(), QStringLiteral("--as-of"), QStringLiteral("1.1.2026")}).exitCode, 2);
    const CliRun unknown = cli({QStringLiteral("segment"), db(), QStringLiteral("--model"), QStringLiteral("rfm9")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("rfm9"))) << unknown.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("segment"), dir.filePath(QStringLiteral("missing.sqlite"))}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("segment"), db(), QStringLiteral("--out"), dir.filePath(QStringLiteral("no/such/dir/x.csv"))}).exitCode, 1);
}

TEST_F(SegmentCli, SnapshotFlagStoresWithoutChangingTheOutput)
{
    const QStringList base{QStringLiteral("segment"), db(), QStringLiteral("--as-of"), QStringLiteral("2026-01-01"),
                           QStringLiteral("--model"), QStringLiteral("rfm8")};
    const CliRun plain = cli(base + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_FALSE(plain.lastLine().contains(QStringLiteral("snapshot")));

    const CliRun first = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("--snapshot")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.lastLine().value(QStringLiteral("segments")), plain.lastLine().value(QStringLiteral("segments")));
    EXPECT_EQ(first.lastLine().value(QStringLiteral("customers")), plain.lastLine().value(QStringLiteral("customers")));
    const qint64 id = first.lastLine().value(QStringLiteral("snapshot")).toInteger();
    EXPECT_GT(id, 0);

    // Text mode: the same segment lines, plus one line naming the new snapshot.
    const CliRun text = cli(base);
    const CliRun textSnapshot = cli(base + QStringList{QStringLiteral("--snapshot")});
    ASSERT_EQ(textSnapshot.exitCode, 0) << textSnapshot.err.toStdString();
    const QStringList withLines = textSnapshot.out.trimmed().split(u'\n');
    const QStringList plainLines = text.out.trimmed().split(u'\n');
    ASSERT_EQ(withLines.size(), plainLines.size() + 1);
    // The segment lines are the same; the snapshot line comes before the summary (which holds the time taken).
    EXPECT_EQ(withLines.mid(0, plainLines.size() - 1), plainLines.mid(0, plainLines.size() - 1));
    EXPECT_TRUE(withLines[plainLines.size() - 1].contains(QString::number(id + 1))) << textSnapshot.out.toStdString();
}
