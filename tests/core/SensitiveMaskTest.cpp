#include "SensitiveMask.h"

#include <gtest/gtest.h>

TEST(SensitiveMask, MobileShowsFirstThreeAndLastFourDigits)
{
    EXPECT_EQ(SensitiveMask::phone(QStringLiteral("+8613800138000")), QStringLiteral("138****8000"));
    EXPECT_EQ(SensitiveMask::phone(QStringLiteral("13800138000")), QStringLiteral("138****8000"));
    EXPECT_EQ(SensitiveMask::phone(QStringLiteral("138-0013-8000")), QStringLiteral("138****8000"));
}

TEST(SensitiveMask, LandlineAndShortNumbersHideTheMiddle)
{
    EXPECT_EQ(SensitiveMask::phone(QStringLiteral("021-62345678")), QStringLiteral("021****5678"));
    EXPECT_EQ(SensitiveMask::phone(QStringLiteral("95588")), QStringLiteral("***88"));
    EXPECT_EQ(SensitiveMask::phone(QString()), QString());
    EXPECT_EQ(SensitiveMask::phone(QStringLiteral("unknown")), QStringLiteral("****"));
}

TEST(SensitiveMask, EmailKeepsFirstLetterAndDomain)
{
    EXPECT_EQ(SensitiveMask::email(QStringLiteral("zhangsan@example.com")), QStringLiteral("z***@example.com"));
    EXPECT_EQ(SensitiveMask::email(QStringLiteral("not-an-address")), QStringLiteral("n***"));
    EXPECT_EQ(SensitiveMask::email(QString()), QString());
}

TEST(SensitiveMask, IdNumberAndAmounts)
{
    EXPECT_EQ(SensitiveMask::idNumber(QStringLiteral("11010519491231002X")), QStringLiteral("110***********002X"));
    EXPECT_EQ(SensitiveMask::idNumber(QString()), QString());
    EXPECT_EQ(SensitiveMask::amount(), QStringLiteral("***"));
}
