#include "CliRun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// `dossier-cli report` and `export --segment` as a user runs them: the PDF is checked with poppler's
// pdfinfo / pdftotext / pdffonts (what a reader sees), the member list against `dossier-cli segment`.
namespace {
// The report must render without a display.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

CliRun run(const QString& program, const QStringList& args)
{
    return runProgram(program, args, headless());
}

CliRun headlessCli(const QStringList& args)
{
    return run(QStringLiteral(DOSSIER_CLI_PATH), args);
}

class ReportCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    QString pdf() const { return dir.filePath(QStringLiteral("report.pdf")); }
    void SetUp() override {
        ASSERT_EQ(headlessCli({QStringLiteral("demo"), db(), QStringLiteral("--customers"), QStringLiteral("200")})
                      .exitCode,
                  0);
        ASSERT_EQ(
            headlessCli({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("无单客户")}).exitCode,
            0);
    }
    // code -> segment as `dossier-cli segment` writes it.
    QHash<QString, QString> segments(const QString& model) {
        const QString csv = dir.filePath(QStringLiteral("segments.csv"));
        const CliRun r =
            headlessCli({QStringLiteral("segment"), db(), QStringLiteral("--as-of"), QStringLiteral("2026-01-01"),
                 QStringLiteral("--model"), model, QStringLiteral("--out"), csv});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QFile file(csv);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QStringList lines =
            QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        lines.removeFirst();
        QHash<QString, QString> result;
        for (const QString& line : lines) {
            const QStringList cells = line.split(u',');
            result.insert(cells.first(), cells.last());
        }
        return result;
    }
    int pages(const QString& path) {
        const CliRun info = run(QStringLiteral("pdfinfo"), {path});
        EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    QTemporaryDir dir;
};
} // namespace

TEST_F(ReportCli, WritesASearchablePdfWithEveryCustomerAndAnEmbeddedChineseFont) {
    const CliRun r =
        headlessCli({QStringLiteral("report"), db(), QStringLiteral("--out"), pdf(), QStringLiteral("--as-of"),
             QStringLiteral("2026-01-01"), QStringLiteral("--model"), QStringLiteral("rfm8")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile file(pdf());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    // Cover + charts + tables: 201 customers at ~40 rows a page in 9 rfm8 groups need at least 6 table pages
    // and, even with every group starting a page of its own, no more than 9 + 201/20.
    const int count = pages(pdf());
    EXPECT_GE(count, 2 + 6);
    EXPECT_LE(count, 2 + 9 + 201 / 20);

    const CliRun text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf(), QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QHash<QString, QString> expected = segments(QStringLiteral("rfm8"));
    ASSERT_EQ(expected.size(), 201);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_TRUE(text.out.contains(it.key())) << it.key().toStdString() << " missing from the PDF text";
    EXPECT_TRUE(text.out.contains(QStringLiteral("2026-01-01"))) << "the as-of date is on the cover";
    // 户 and 无 share their glyphs with Kangxi radicals; the text layer must still give the ideographs.
    EXPECT_TRUE(text.out.contains(QStringLiteral("无单客户"))) << "Chinese names come out as text";
    // Page numbers "n … count" on the last page's footer.
    EXPECT_TRUE(text.out.contains(QString::number(count)));

    const CliRun fonts = run(QStringLiteral("pdffonts"), {pdf()});
    ASSERT_EQ(fonts.exitCode, 0);
    bool embeddedCjk = false;
    for (const QString& line : fonts.out.split(u'\n'))
        if (line.contains(QStringLiteral("CJK"), Qt::CaseInsensitive) &&
            line.contains(QRegularExpression(QStringLiteral("\\syes\\s"))))
            embeddedCjk = true;
    EXPECT_TRUE(embeddedCjk) << fonts.out.toStdString();
}

TEST_F(ReportCli, MoreCustomersMorePages) {
    ASSERT_EQ(headlessCli({QStringLiteral("report"), db(), QStringLiteral("--out"), pdf()}).exitCode, 0)
        << "defaults: rfm5, today";
    const int before = pages(pdf());
    const QString bigger = dir.filePath(QStringLiteral("bigger.sqlite"));
    ASSERT_EQ(
        headlessCli({QStringLiteral("demo"), bigger, QStringLiteral("--customers"), QStringLiteral("800")}).exitCode,
        0);
    const QString out = dir.filePath(QStringLiteral("bigger.pdf"));
    ASSERT_EQ(headlessCli({QStringLiteral("report"), bigger, QStringLiteral("--out"), out}).exitCode, 0);
    EXPECT_GE(pages(out), before + 600 / 60) << "600 more customers need at least 10 more pages";
}

TEST_F(ReportCli, BadUsageAndMissingArchive) {
    EXPECT_EQ(headlessCli({QStringLiteral("report"), db()}).exitCode, 2) << "--out is required";
    EXPECT_EQ(
        headlessCli({QStringLiteral("report"), db(), QStringLiteral("--out"), dir.filePath(QStringLiteral("r.txt"))})
            .exitCode,
        2);
    EXPECT_EQ(headlessCli({QStringLiteral("report"), db(), QStringLiteral("--out"), pdf(), QStringLiteral("--model"),
                   QStringLiteral("rfm9")})
                  .exitCode,
              2);
    EXPECT_EQ(headlessCli({QStringLiteral("report"), db(), QStringLiteral("--out"), pdf(), QStringLiteral("--as-of"),
                   QStringLiteral("2026-13-01")})
                  .exitCode,
              2);
    EXPECT_EQ(headlessCli({QStringLiteral("report"), dir.filePath(QStringLiteral("none.sqlite")),
                   QStringLiteral("--out"), pdf()})
                  .exitCode,
              1);
    EXPECT_FALSE(QFile::exists(pdf()));
    EXPECT_EQ(headlessCli({QStringLiteral("report"), db(), QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("no/such/folder/r.pdf"))})
                  .exitCode,
              1);
}

TEST_F(ReportCli, ExportSegmentWritesExactlyThatSegmentsMembers) {
    const QHash<QString, QString> all = segments(QStringLiteral("rfm8"));
    QSet<QString> expected;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it.value() == QStringLiteral("一般发展客户"))
            expected.insert(it.key());
    ASSERT_FALSE(expected.isEmpty());

    const QString csv = dir.filePath(QStringLiteral("members.csv"));
    const CliRun r =
        headlessCli({QStringLiteral("export"), db(), QStringLiteral("--out"), csv, QStringLiteral("--segment"),
             QStringLiteral("一般发展客户"), QStringLiteral("--model"), QStringLiteral("rfm8"),
             QStringLiteral("--as-of"), QStringLiteral("2026-01-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList lines =
        QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    lines.removeFirst(); // header
    QSet<QString> got;
    for (const QString& line : lines)
        got.insert(line.split(u',').value(1));
    EXPECT_EQ(got, expected);

    EXPECT_EQ(headlessCli({QStringLiteral("export"), db(), QStringLiteral("--out"), csv, QStringLiteral("--segment"),
                   QStringLiteral("Champions"), QStringLiteral("--model"), QStringLiteral("rfm8")})
                  .exitCode,
              2)
        << "champions is an rfm5 segment";
    EXPECT_EQ(headlessCli({QStringLiteral("export"), db(), QStringLiteral("--out"), csv, QStringLiteral("--model"),
                   QStringLiteral("rfm8")})
                  .exitCode,
              2)
        << "--model without --segment";
}
