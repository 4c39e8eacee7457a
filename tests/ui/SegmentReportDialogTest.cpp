#include "SegmentReportDialog.h"
#include "DemoGenerator.h"
#include "UiTestArchive.h"
#include "WaitFor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <gtest/gtest.h>

// The report dialog writes the PDF and the member list on its worker, with the choices the user made.
namespace {
class SegmentReportDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        DemoGenerator::Options options;
        options.customers = 120;
        options.today = QDate(2026, 6, 30);
        ASSERT_TRUE(DemoGenerator::generate(*archive, options).ok());
    }
    UiTestArchive archive;
};
} // namespace

TEST_F(SegmentReportDialogTest, SavesThePdfOffTheGuiThreadAndExportsTheChosenSegment) {
    SegmentReportDialog dialog(archive.path, CustomerFilter(), archive->users().logins());
    dialog.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 6, 30));
    auto* model = dialog.findChild<QComboBox*>(QStringLiteral("modelCombo"));
    model->setCurrentIndex(model->findData(int(SegmentModelKind::Abc)));
    auto* segment = dialog.findChild<QComboBox*>(QStringLiteral("segmentCombo"));
    ASSERT_EQ(segment->count(), 1 + 4) << "all segments, A, B, C, no orders";

    const QString pdf = archive.dir.filePath(QStringLiteral("report.pdf"));
    dialog.saveAsPdf(pdf);
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("pdfButton"))->isEnabled())
        << "one job at a time";
    ASSERT_TRUE(waitFor([&] { return !dialog.isBusy(); }, 60000));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << dialog.statusText().toStdString();
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    segment->setCurrentIndex(segment->findData(QStringLiteral("A")));
    const SegmentReportBuilder::Options options = dialog.options();
    EXPECT_EQ(options.model, SegmentModelKind::Abc);
    EXPECT_EQ(options.asOf, QDate(2026, 6, 30));
    const auto expected = SegmentReportBuilder::build(*archive, options);
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(expected->sections.size(), 1);

    const QString csv = archive.dir.filePath(QStringLiteral("a.csv"));
    dialog.exportMembers(csv);
    ASSERT_TRUE(waitFor([&] { return !dialog.isBusy(); }, 60000));
    QFile members(csv);
    ASSERT_TRUE(members.open(QIODevice::ReadOnly)) << dialog.statusText().toStdString();
    const QStringList lines =
        QString::fromUtf8(members.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), 1 + expected->sections.first().members.size());
}

TEST_F(SegmentReportDialogTest, StartsFromTheListFilter) {
    CustomerFilter filter;
    filter.quickSearch = QStringLiteral("有限公司");
    filter.stage = CustomerStage::Active;
    SegmentReportDialog dialog(archive.path, filter, archive->users().logins());
    const SegmentReportBuilder::Options options = dialog.options();
    EXPECT_EQ(options.filter.quickSearch, filter.quickSearch);
    EXPECT_EQ(options.filter.stage, filter.stage);
}
