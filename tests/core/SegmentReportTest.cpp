#include "DemoGenerator.h"
#include "RfmCalculator.h"
#include "RfmSegmenter.h"
#include "SegmentMemberExporter.h"
#include "SegmentReportBuilder.h"
#include "TabularSource.h"
#include "TempArchive.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>

// The segment report's data (SegmentReportBuilder) and the member export (SegmentMemberExporter): the
// report must list each customer once, under the segment `dossier-cli segment` gives it, with the name and
// owner the customer list shows; a filter chooses members without changing anyone's scores.
namespace {
const QDate asOf(2026, 6, 30);

class SegmentReport_ : public ::testing::Test {
protected:
    void SetUp() override {
        DemoGenerator::Options options;
        options.customers = 150;
        options.today = asOf;
        ASSERT_TRUE(DemoGenerator::generate(*archive, options).ok());
        // One customer who never ordered.
        auto saved = archive->saveCustomer(makeCustomer(QStringLiteral("从未下单客户")), {});
        ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
        neverOrdered = saved->code;
    }

    SegmentReport build(SegmentModelKind model, const CustomerFilter& filter = {},
                        const QString& segment = {}) {
        SegmentReportBuilder::Options options;
        options.asOf = asOf;
        options.model = model;
        options.filter = filter;
        options.segment = segment;
        options.printedBy = QStringLiteral("tester");
        auto report = SegmentReportBuilder::build(*archive, options);
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        return report ? *report : SegmentReport();
    }

    // code -> the list's row (name, owner), read through the customer list's own repository.
    QHash<QString, CustomerListRow> listRows() {
        const auto ids = archive->customers().listIds({}, CustomerSortKey::Code);
        EXPECT_TRUE(ids.ok());
        const auto rows = archive->customers().rows(*ids);
        EXPECT_TRUE(rows.ok());
        QHash<QString, CustomerListRow> result;
        for (const CustomerListRow& row : *rows)
            result.insert(row.code, row);
        return result;
    }

    TempArchive archive;
    QString neverOrdered;
};
} // namespace

TEST_F(SegmentReport_, EveryCustomerOnceUnderTheSegmentTheSegmenterGives) {
    const auto values = RfmCalculator(archive->database().connection()).compute({asOf, {}});
    ASSERT_TRUE(values.ok());
    QHash<QString, QString> expected; // code -> rfm8 class
    for (const CustomerSegment& s : RfmSegmenter::rfm8(*values))
        expected.insert(s.values.code, s.segment);
    const QHash<QString, CustomerListRow> rows = listRows();

    const SegmentReport report = build(SegmentModelKind::Rfm8);
    EXPECT_EQ(report.archiveCustomers, values->size());
    EXPECT_EQ(report.memberCount(), values->size());
    EXPECT_EQ(report.printedBy, QStringLiteral("tester"));
    EXPECT_EQ(report.sections.size(), RfmSegmenter::rfm8Segments().size())
        << "empty segments are kept for the summary";
    QSet<QString> seen;
    for (const SegmentReport::Section& section : report.sections) {
        qint64 revenue = 0;
        for (qsizetype i = 0; i < section.members.size(); ++i) {
            const SegmentReport::Member& m = section.members[i];
            EXPECT_FALSE(seen.contains(m.code)) << m.code.toStdString();
            seen.insert(m.code);
            EXPECT_EQ(expected.value(m.code), section.segment) << m.code.toStdString();
            EXPECT_EQ(m.name, rows.value(m.code).name);
            EXPECT_EQ(m.owner, rows.value(m.code).owner);
            revenue += m.revenueCents;
            if (i > 0) { // the biggest customers first
                EXPECT_GE(section.members[i - 1].revenueCents, m.revenueCents);
            }
        }
        EXPECT_EQ(section.revenueCents, revenue);
    }
    EXPECT_EQ(seen.size(), values->size());
}

TEST_F(SegmentReport_, CustomersWithoutOrdersFormTheirOwnGroup) {
    for (SegmentModelKind model : {SegmentModelKind::Rfm5, SegmentModelKind::Rfm8, SegmentModelKind::Abc}) {
        const SegmentReport report = build(model);
        const SegmentReport::Section& last = report.sections.last();
        EXPECT_EQ(QString::fromLatin1(last.name.key), QStringLiteral("no_orders"));
        bool found = false;
        for (const SegmentReport::Member& m : last.members) {
            EXPECT_EQ(m.orders, 0);
            EXPECT_FALSE(m.lastOrder.isValid());
            EXPECT_TRUE(m.r.isEmpty());
            found = found || m.code == neverOrdered;
        }
        EXPECT_TRUE(found);
    }
}

TEST_F(SegmentReport_, FilterChoosesMembersButScoresStayThoseOfTheWholeArchive) {
    const QHash<QString, CustomerListRow> rows = listRows();
    QHash<QString, int> perOwner;
    for (const CustomerListRow& row : rows)
        if (!row.owner.isEmpty())
            ++perOwner[row.owner];
    ASSERT_FALSE(perOwner.isEmpty()) << "the demo archive assigns owners";
    const QString owner = perOwner.constBegin().key();

    QHash<QString, SegmentReport::Member> everyone;
    for (const SegmentReport::Section& s : build(SegmentModelKind::Rfm5).sections)
        for (const SegmentReport::Member& m : s.members)
            everyone.insert(m.code, m);

    CustomerFilter filter;
    filter.owner = owner;
    const SegmentReport report = build(SegmentModelKind::Rfm5, filter);
    EXPECT_EQ(report.memberCount(), perOwner.value(owner));
    EXPECT_TRUE(report.filterText.contains(owner));
    for (const SegmentReport::Section& s : report.sections)
        for (const SegmentReport::Member& m : s.members) {
            EXPECT_EQ(m.owner, owner);
            EXPECT_EQ(m.r, everyone.value(m.code).r);
            EXPECT_EQ(m.f, everyone.value(m.code).f);
            EXPECT_EQ(m.m, everyone.value(m.code).m);
        }
}

TEST_F(SegmentReport_, OneSegmentByAnyOfItsNames) {
    const SegmentReport all = build(SegmentModelKind::Rfm8);
    qsizetype expected = -1;
    for (const SegmentReport::Section& s : all.sections)
        if (QString::fromLatin1(s.name.key) == QStringLiteral("general_develop"))
            expected = s.members.size();
    ASSERT_GT(expected, 0);
    for (const QString& name : {QStringLiteral("一般发展客户"), QStringLiteral("general_develop"),
                                QStringLiteral("General develop")}) {
        const SegmentReport one = build(SegmentModelKind::Rfm8, {}, name);
        ASSERT_EQ(one.sections.size(), 1) << name.toStdString();
        EXPECT_EQ(one.sections.first().members.size(), expected);
    }
    SegmentReportBuilder::Options options;
    options.asOf = asOf;
    options.model = SegmentModelKind::Abc;
    options.segment = QStringLiteral("重要价值客户"); // an rfm8 class, not an ABC tier
    const auto wrong = SegmentReportBuilder::build(*archive, options);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.errorKind(), ErrorKind::Usage);
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("重要价值客户")));
}

TEST_F(SegmentReport_, CancelStopsTheBuild) {
    SegmentReportBuilder::Options options;
    options.asOf = asOf;
    const auto cancelled = SegmentReportBuilder::build(*archive, options, [](double f) { return f < 0.5; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.errorKind(), ErrorKind::Cancelled);
}

TEST_F(SegmentReport_, MemberExportReadsBackAsTheSegmentsMembers) {
    const SegmentReport report = build(SegmentModelKind::Abc, {}, QStringLiteral("A"));
    ASSERT_EQ(report.sections.size(), 1);
    const QList<SegmentReport::Member>& members = report.sections.first().members;
    ASSERT_FALSE(members.isEmpty());
    for (const QString& name : {QStringLiteral("a.csv"), QStringLiteral("a.xlsx")}) {
        SCOPED_TRACE(name.toStdString());
        const QString path = archive.dir.filePath(name);
        const auto written = SegmentMemberExporter::exportTo(report, path);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        EXPECT_EQ(*written, members.size());
        auto source = TabularSource::open(path);
        ASSERT_TRUE(source.ok()) << source.error().toStdString();
        const auto header = (*source)->nextRow();
        ASSERT_TRUE(header);
        EXPECT_EQ(header->cells, SegmentMemberExporter::headers());
        for (const SegmentReport::Member& m : members) {
            const auto row = (*source)->nextRow();
            ASSERT_TRUE(row);
            EXPECT_EQ(row->cells.value(1), m.code);
            EXPECT_EQ(row->cells.value(2), m.name);
            EXPECT_EQ(row->cells.value(5), QString::number(m.orders));
        }
        EXPECT_FALSE((*source)->nextRow()) << "one row per member";
    }
}

TEST_F(SegmentReport_, MemberExportRefusesOtherFormatsAndLeavesNoFile) {
    const SegmentReport report = build(SegmentModelKind::Rfm5);
    const QString path = archive.dir.filePath(QStringLiteral("members.txt"));
    const auto written = SegmentMemberExporter::exportTo(report, path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.errorKind(), ErrorKind::Usage);
    EXPECT_FALSE(QFile::exists(path));
    const QString cancelledPath = archive.dir.filePath(QStringLiteral("members.csv"));
    const auto cancelled = SegmentMemberExporter::exportTo(report, cancelledPath, QStringLiteral("utf-8"),
                                                           [](qint64, qint64) { return false; });
    EXPECT_EQ(cancelled.errorKind(), ErrorKind::Cancelled);
    EXPECT_FALSE(QFile::exists(cancelledPath));
}
