#include "SegmentReportRenderer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// What a reader of the PDF sees, read back with poppler's pdftotext page by page: the table header again on
// every page a table reaches, "continued" on the pages after the first, page numbers everywhere but the
// cover.
namespace {
SegmentReport sampleReport(int members) {
    SegmentReport report;
    report.asOf = QDate(2026, 6, 30);
    report.modelTitle = QStringLiteral("rfm8");
    report.filterText = QStringLiteral("All customers");
    report.printedBy = QStringLiteral("王经理");
    report.createdAt = QDateTime(QDate(2026, 7, 1), QTime(9, 30));
    report.archiveCustomers = members;
    SegmentReport::Section big;
    big.name = {"important_value", "Important value", "重要价值客户"};
    big.title = QStringLiteral("重要价值客户");
    for (int i = 0; i < members; ++i) {
        SegmentReport::Member m;
        m.code = QStringLiteral("K%1").arg(i, 6, 10, QChar(u'0'));
        m.name = QStringLiteral("测试客户有限公司%1").arg(i);
        m.owner = QStringLiteral("lina");
        m.lastOrder = QDate(2026, 6, 1);
        m.orders = 3;
        m.revenueCents = 100000 - i;
        m.r = m.f = m.m = QStringLiteral("H");
        big.revenueCents += m.revenueCents;
        big.members.append(m);
    }
    SegmentReport::Section empty;
    empty.name = {"general_retain", "General retain", "一般挽留客户"};
    empty.title = QStringLiteral("一般挽留客户");
    report.sections = {big, empty};
    return report;
}

QString pageText(const QString& pdf, int page) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                   pdf, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

TEST(SegmentReportRenderer, TablesFlowAcrossPagesWithHeaderAndPageNumbers) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    int pages = 0;
    const SegmentReport report = sampleReport(250);
    ASSERT_TRUE(SegmentReportRenderer::writePdf(report, pdf, {}, &pages).ok());
    ASSERT_GE(pages, 2 + 4) << "250 rows do not fit on fewer than four A4 pages";
    const QString header = SegmentReportRenderer::tr("Revenue (yuan)");
    QStringList seen;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        if (page > 1) {
            EXPECT_TRUE(text.contains(SegmentReportRenderer::tr("Page %1 of %2").arg(page).arg(pages)))
                << page;
        }
        if (page <= 2)
            continue;
        EXPECT_TRUE(text.contains(header)) << "table header on page " << page;
        if (page > 3) {
            EXPECT_TRUE(text.contains(
                SegmentReportRenderer::tr("%1 (continued)").arg(QStringLiteral("重要价值客户"))))
                << page;
        }
        for (const SegmentReport::Member& m : report.sections.first().members)
            if (text.contains(m.code))
                seen.append(m.code);
    }
    EXPECT_EQ(seen.size(), 250) << "every row printed exactly once";
    EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()).size(), 250);
    const QString cover = pageText(pdf, 1);
    EXPECT_TRUE(cover.contains(QStringLiteral("王经理"))) << "who printed it";
    EXPECT_TRUE(cover.contains(QStringLiteral("2026-06-30")));
}

TEST(SegmentReportRenderer, CancelLeavesNoFile) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    const Status s =
        SegmentReportRenderer::writePdf(sampleReport(300), pdf, [](int done, int) { return done < 3; });
    EXPECT_EQ(s.errorKind(), ErrorKind::Cancelled);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0) << "no temporary file left";
}
