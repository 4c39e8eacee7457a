#include "ValueCleaner.h"

#include <gtest/gtest.h>

namespace {
using Order = ValueCleaner::DateOrder;

std::optional<QDate> date(const char* text, Order order = Order::DayFirst)
{
    return ValueCleaner::date(QString::fromUtf8(text), order);
}
std::optional<qint64> cents(const char* text) { return ValueCleaner::amountCents(QString::fromUtf8(text)); }
} // namespace

// ---- text ----

TEST(ValueCleanerText, TrimsAndTurnsFullWidthAsciiHalfWidth)
{
    EXPECT_EQ(ValueCleaner::text(QStringLiteral("  张伟  ")), QStringLiteral("张伟"));
    EXPECT_EQ(ValueCleaner::text(QStringLiteral("ＡＢＣ１２３，＠！")), QStringLiteral("ABC123,@!"));
    EXPECT_EQ(ValueCleaner::text(QStringLiteral("华为\u3000技术")), QStringLiteral("华为 技术"));
    EXPECT_EQ(ValueCleaner::text(QStringLiteral("\u3000\u3000张伟\u3000")), QStringLiteral("张伟"));
}

TEST(ValueCleanerText, KeepsChinesePunctuationAndInnerSpacing)
{
    // 、。「」 are not in the full-width ASCII block: a user typed them on purpose.
    EXPECT_EQ(ValueCleaner::text(QStringLiteral("北京、上海。「重要」")), QStringLiteral("北京、上海。「重要」"));
    EXPECT_EQ(ValueCleaner::text(QStringLiteral("a  b")), QStringLiteral("a  b"));
}

TEST(ValueCleanerText, WindowsLineBreaksBecomeNewlines)
{
    EXPECT_EQ(ValueCleaner::text(QStringLiteral("第一行\r\n第二行\n第三行")), QStringLiteral("第一行\n第二行\n第三行"));
}

// ---- dates ----

TEST(ValueCleanerDate, IsoAndSlashAndDotForms)
{
    const QDate expected(2024, 3, 5);
    EXPECT_EQ(date("2024-03-05"), expected);
    EXPECT_EQ(date("2024/3/5"), expected);
    EXPECT_EQ(date("2024.3.5"), expected);
    EXPECT_EQ(date("20240305"), expected); // eight digits are a date, not an Excel serial
    EXPECT_EQ(date(" 2024-03-05 "), expected);
    EXPECT_EQ(date("２０２４－０３－０５"), expected); // full-width digits and dash
}

TEST(ValueCleanerDate, ChineseForms)
{
    const QDate expected(2024, 3, 5);
    EXPECT_EQ(date("2024年3月5日"), expected);
    EXPECT_EQ(date("2024年03月05日"), expected);
    EXPECT_EQ(date("2024年3月5号"), expected);
    EXPECT_EQ(date("2024年3月5日 14:30"), expected);
}

TEST(ValueCleanerDate, TimePartIsIgnored)
{
    const QDate expected(2024, 3, 5);
    EXPECT_EQ(date("2024-03-05T08:30:00"), expected);
    EXPECT_EQ(date("2024-03-05 08:30"), expected);
    EXPECT_EQ(date("2024/3/5 8:30:15"), expected);
    EXPECT_EQ(date("2024-03-05T08:30:00.000+08:00"), expected);
    EXPECT_FALSE(date("2024-03-05 morning").has_value());
}

TEST(ValueCleanerDate, DayOrMonthFirstAsConfigured)
{
    EXPECT_EQ(date("05/03/2024", Order::DayFirst), QDate(2024, 3, 5));
    EXPECT_EQ(date("05/03/2024", Order::MonthFirst), QDate(2024, 5, 3));
    EXPECT_EQ(date("5.3.2024"), QDate(2024, 3, 5));
    // 25/12/2024 cannot be month-first.
    EXPECT_FALSE(date("25/12/2024", Order::MonthFirst).has_value());
}

TEST(ValueCleanerDate, TwoDigitYearsAreRefused)
{
    EXPECT_FALSE(date("05/03/24").has_value());
    EXPECT_FALSE(date("24-3-5").has_value());
}

TEST(ValueCleanerDate, ExcelSerialNumbers)
{
    EXPECT_EQ(date("45356"), QDate(2024, 3, 5));
    EXPECT_EQ(date("45356.5"), QDate(2024, 3, 5)); // noon
    EXPECT_EQ(date("1"), QDate(1900, 1, 1));
    EXPECT_EQ(date("59"), QDate(1900, 2, 28));
    EXPECT_FALSE(date("60").has_value()); // Excel's 1900-02-29, which never existed
    EXPECT_EQ(date("61"), QDate(1900, 3, 1));
    EXPECT_EQ(date("2958465"), QDate(9999, 12, 31));
    EXPECT_FALSE(date("0").has_value());
    EXPECT_FALSE(date("2958466").has_value());
}

TEST(ValueCleanerDate, ImpossibleDatesAndTextAreRefused)
{
    EXPECT_FALSE(date("2024-02-30").has_value());
    EXPECT_FALSE(date("2023-02-29").has_value());
    EXPECT_EQ(date("2024-02-29"), QDate(2024, 2, 29));
    EXPECT_FALSE(date("2024-13-01").has_value());
    EXPECT_FALSE(date("20241301").has_value());
    EXPECT_FALSE(date("下周三").has_value());
    EXPECT_FALSE(date("").has_value());
}

// ---- amounts ----

TEST(ValueCleanerAmount, CurrencyMarksAndGrouping)
{
    EXPECT_EQ(cents("¥1,234.50"), 123450);
    EXPECT_EQ(cents("￥1,234.50"), 123450);
    EXPECT_EQ(cents("1234.5元"), 123450);
    EXPECT_EQ(cents("￥ 1 234"), 123400);
    EXPECT_EQ(cents("RMB 88"), 8800);
    EXPECT_EQ(cents("CNY88.8"), 8880);
    EXPECT_EQ(cents("１，２３４．５０"), 123450); // full-width digits, comma and point
    EXPECT_EQ(cents("0"), 0);
    EXPECT_EQ(cents(".5"), 50);
}

TEST(ValueCleanerAmount, NegativeAmounts)
{
    EXPECT_EQ(cents("-12"), -1200);
    EXPECT_EQ(cents("(1,234.50)"), -123450);
    EXPECT_EQ(cents("-¥12.30"), -1230);
}

TEST(ValueCleanerAmount, TenThousandMultiplier)
{
    EXPECT_EQ(cents("1.2万"), 1200000);
    EXPECT_EQ(cents("3万元"), 3000000);
    EXPECT_EQ(cents("1.23456万"), 1234560);
}

TEST(ValueCleanerAmount, RoundsHalfAwayFromZero)
{
    EXPECT_EQ(cents("0.125"), 13);
    EXPECT_EQ(cents("0.124"), 12);
    EXPECT_EQ(cents("-0.125"), -13);
    EXPECT_EQ(cents("2.675"), 268); // would be 267 through double
}

TEST(ValueCleanerAmount, ExponentFormFromNumberCells)
{
    EXPECT_EQ(cents("1.2345E+3"), 123450);
}

TEST(ValueCleanerAmount, NotANumberOrTooLarge)
{
    EXPECT_FALSE(cents("").has_value());
    EXPECT_FALSE(cents("面议").has_value());
    EXPECT_FALSE(cents("12abc").has_value());
    EXPECT_FALSE(cents("1.2.3").has_value());
    EXPECT_FALSE(cents("-").has_value());
    EXPECT_EQ(cents("92233720368547758.07"), std::numeric_limits<qint64>::max());
    EXPECT_FALSE(cents("92233720368547758.08").has_value());
    EXPECT_FALSE(cents("99999999999999999999").has_value());
}

// ---- e-mail ----

TEST(ValueCleanerEmail, TrimmedHalfWidthLowerCase)
{
    EXPECT_EQ(ValueCleaner::email(QStringLiteral("  Zhang.Wei@Example.COM ")), QStringLiteral("zhang.wei@example.com"));
    EXPECT_EQ(ValueCleaner::email(QStringLiteral("ｚｗ＠ｑｑ．ｃｏｍ")), QStringLiteral("zw@qq.com"));
}

// ---- phones ----

TEST(ValueCleanerPhone, TypedFormsBecomeE164)
{
    const auto p = ValueCleaner::phone(QStringLiteral("138-0013-8000"));
    EXPECT_TRUE(p.valid);
    EXPECT_EQ(p.value, QStringLiteral("+8613800138000"));
    EXPECT_EQ(ValueCleaner::phone(QStringLiteral("１３８ ００１３ ８０００")).value, QStringLiteral("+8613800138000"));
    EXPECT_EQ(ValueCleaner::phone(QStringLiteral("+86 138 0013 8000")).value, QStringLiteral("+8613800138000"));
    EXPECT_EQ(ValueCleaner::phone(QStringLiteral("010-62345678")).value, QStringLiteral("+861062345678"));
}

TEST(ValueCleanerPhone, SpreadsheetExponentFormWithAllDigitsIsRestored)
{
    const auto p = ValueCleaner::phone(QStringLiteral("1.38001380000E10"));
    EXPECT_TRUE(p.valid);
    EXPECT_EQ(p.value, QStringLiteral("+8613800138000"));
    EXPECT_EQ(ValueCleaner::phone(QStringLiteral("1.3800138000E+10")).value, QStringLiteral("+8613800138000"));
    EXPECT_EQ(ValueCleaner::phone(QStringLiteral("13800138000.0")).value, QStringLiteral("+8613800138000"));
}

TEST(ValueCleanerPhone, ExponentFormThatLostDigitsIsFlagged)
{
    const auto p = ValueCleaner::phone(QStringLiteral("1.38E+10"));
    EXPECT_FALSE(p.valid);
    EXPECT_EQ(p.value, QStringLiteral("1.38E+10"));
}

TEST(ValueCleanerPhone, UnparseableTextIsKeptCleaned)
{
    const auto p = ValueCleaner::phone(QStringLiteral("  找前台\u3000"));
    EXPECT_FALSE(p.valid);
    EXPECT_EQ(p.value, QStringLiteral("找前台"));
    EXPECT_FALSE(ValueCleaner::phone(QStringLiteral("12345")).valid);
    EXPECT_FALSE(ValueCleaner::phone(QString()).valid);
    EXPECT_TRUE(ValueCleaner::phone(QString()).value.isEmpty());
}
