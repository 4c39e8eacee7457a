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

namespace {
void expectSameAsFullParse(const QString& text)
{
    const PhoneNumber fast = PhoneNumber::parse(text);
    const PhoneNumber full = PhoneNumber::parseFully(text);
    ASSERT_EQ(fast.isValid(), full.isValid()) << qPrintable(text);
    ASSERT_EQ(fast.normalized(), full.normalized()) << qPrintable(text);
    ASSERT_EQ(fast.original(), full.original()) << qPrintable(text);
}
} // namespace

// parse() takes a shortcut for "+86…" and plain 11-digit numbers; it must never answer differently from
// libphonenumber's full parse. Every five-digit mobile prefix (1xxxx) in both forms, and "+86" with every
// three-digit prefix at every length the shortcut takes, each with pseudo-random tails. (The same check over
// every six-digit prefix and four-digit "+86" prefixes, 254,000 numbers, also passed; it takes 8 s.)
TEST(PhoneNumber, ShortcutGivesTheFullParseResultForEveryPrefix)
{
    quint32 seed = 12345;
    auto tail = [&seed](int digits) {
        QString s;
        for (int i = 0; i < digits; ++i) {
            seed = seed * 1103515245u + 12345u;
            s += QChar(u'0' + (seed >> 16) % 10);
        }
        return s;
    };
    for (int prefix = 10000; prefix < 20000; ++prefix) {
        const QString head = QString::number(prefix);
        for (int i = 0; i < 2; ++i) {
            expectSameAsFullParse(head + tail(6));
            expectSameAsFullParse(QStringLiteral("+86") + head + tail(6));
        }
    }
    for (int length = 7; length <= 12; ++length)
        for (int prefix = 100; prefix < 1000; ++prefix)
            for (int i = 0; i < 2; ++i)
                expectSameAsFullParse(QStringLiteral("+86") + QString::number(prefix) + tail(length - 3));
}

TEST(PhoneNumber, ShortcutEdgeCasesMatchTheFullParse)
{
    for (const char* text : {"+8613800138000", "13800138000", " +8613800138000 ", "+86", "+860", "+8601062345678",
                             "+861062345678", "+86123456", "+861234567890123", "17951138001380", "+8617951138001380",
                             "1795113800", "12593138001", "11808138001", "+8612593138001", "+8619912345678",
                             "+86138001380001", "8613800138000", "+85291234567", "+8613800138000;ext=12"})
        expectSameAsFullParse(QString::fromUtf8(text));
    EXPECT_TRUE(PhoneNumber::parse(QStringLiteral("+8613800138000")).isValid());
    EXPECT_EQ(PhoneNumber::parse(QStringLiteral("13800138000")).normalized(), QStringLiteral("+8613800138000"));
    EXPECT_EQ(PhoneNumber::parse(QStringLiteral("+862083056226")).normalized(), QStringLiteral("+862083056226"));
}
