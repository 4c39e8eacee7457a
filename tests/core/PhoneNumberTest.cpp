#include "PhoneNumber.h"

#include <gtest/gtest.h>

TEST(PhoneNumber, MobileWithDashesBecomesE164)
{
    const PhoneNumber p = PhoneNumber::parse(QStringLiteral("138-0013-8000"));
    EXPECT_TRUE(p.isValid());
    EXPECT_EQ(p.normalized(), QStringLiteral("+8613800138000"));
}

TEST(PhoneNumber, InternationalAndSpacedFormsAgree)
{
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("+86 138 0013 8000")), QStringLiteral("+8613800138000"));
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("0086 13800138000")), QStringLiteral("+8613800138000"));
}

TEST(PhoneNumber, FullWidthDigitsAreUnderstood)
{
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("１３８００１３８０００")), QStringLiteral("+8613800138000"));
}

TEST(PhoneNumber, LandlineWithAreaCode)
{
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("010-62345678")), QStringLiteral("+861062345678"));
}

TEST(PhoneNumber, ExtensionIsKept)
{
    const PhoneNumber p = PhoneNumber::parse(QStringLiteral("010-62345678 ext. 123"));
    ASSERT_TRUE(p.isValid());
    EXPECT_EQ(p.normalized(), QStringLiteral("+861062345678;ext=123"));
}

TEST(PhoneNumber, UnparseableTextIsKeptAsTyped)
{
    const PhoneNumber p = PhoneNumber::parse(QStringLiteral("  call the front desk "));
    EXPECT_FALSE(p.isValid());
    EXPECT_EQ(p.normalized(), QStringLiteral("call the front desk"));
    EXPECT_FALSE(PhoneNumber::parse(QStringLiteral("12345")).isValid());
}

TEST(PhoneNumber, DigitsOnlyDropsSeparators)
{
    EXPECT_EQ(PhoneNumber::digitsOnly(QStringLiteral("+86 (138) 0013-8000")), QStringLiteral("8613800138000"));
    EXPECT_EQ(PhoneNumber::digitsOnly(QStringLiteral("８０００")), QStringLiteral("8000"));
}
