#include "ImportTestFiles.h"

#include <gtest/gtest.h>

// The renewal date is an ordinary customer field: stored, imported (target field renewal_date, Chinese
// headers recognised) and restored by undoing an import that changed it.
TEST(RenewalDate, ImportsUpdatesAndUndoes)
{
    TempArchive a;
    const QString first = a.dir.filePath(QStringLiteral("first.csv"));
    writeTextFile(first, QStringLiteral("客户编号,客户名称,续约日期\n"
                                        "K1,华夏科技,2026-09-01\n"
                                        "K2,东方贸易,\n"
                                        "K3,南方物流,明年\n"));
    const auto report = importFile(*a, first);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 3);
    EXPECT_EQ(a->customers().findByCode(QStringLiteral("K1"))->renewalDate, QDate(2026, 9, 1));
    EXPECT_FALSE(a->customers().findByCode(QStringLiteral("K2"))->renewalDate.isValid());
    // A value that is no date is flagged, not silently dropped.
    bool flagged = false;
    for (const ImportProblem& p : report->problems)
        flagged |= p.row == 4 && p.value == QStringLiteral("明年");
    EXPECT_TRUE(flagged);

    const QString second = a.dir.filePath(QStringLiteral("second.csv"));
    writeTextFile(second, QStringLiteral("code,name,renewal date\nK1,华夏科技,2027-09-01\n"));
    const auto update = importFile(*a, second);
    ASSERT_TRUE(update) << update.error().toStdString();
    EXPECT_EQ(update->updated, 1);
    EXPECT_EQ(a->customers().findByCode(QStringLiteral("K1"))->renewalDate, QDate(2027, 9, 1));
    ASSERT_TRUE(ImportUndo::undo(*a, update->batch));
    EXPECT_EQ(a->customers().findByCode(QStringLiteral("K1"))->renewalDate, QDate(2026, 9, 1));
}
