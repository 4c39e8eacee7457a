#include "ValueCleaner.h"

#include "PhoneNumber.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace {

// Appends one decimal digit to an accumulating non-negative value; false on overflow.
bool appendDigit(qint64& value, int digit)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    if (value > (max - digit) / 10)
        return false;
    value = value * 10 + digit;
    return true;
}

std::optional<QDate> validDate(int year, int month, int day)
{
    // QDate::isValid rejects 2024-02-30, 2023-02-29 and month 13.
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

// Excel's 1900 date system. Serial 1 is 1900-01-01; Excel copied Lotus 1-2-3 in treating 1900 as a leap year,
// so serial 60 is the non-existent 1900-02-29 and every later serial is one day ahead of the real count.
std::optional<QDate> excelSerialDate(qint64 serial)
{
    if (serial < 1 || serial > 2958465) // 2958465 = 9999-12-31, Excel's last date
        return std::nullopt;
    if (serial == 60)
        return std::nullopt; // 1900-02-29 does not exist: refuse rather than guess a neighbouring day
    const QDate base = serial < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return base.addDays(serial);
}

// A time of day after the date, which date() ignores: "T08:30:00", " 08:30", " 8:30:00.123+08:00", " 2:05 PM".
const QString timeTail = QStringLiteral(
    R"((?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|[AaPp][Mm])?)?)");

} // namespace

QString ValueCleaner::text(const QString& value)
{
    // Most cells need nothing: hand back the same (shared) string instead of building a copy. Imports call
    // this for every cell.
    const auto needsWork = [](char16_t c) { return (c >= 0xFF01 && c <= 0xFF5E) || c == 0x3000 || c == u'\r'; };
    if (std::none_of(value.begin(), value.end(), [&](QChar c) { return needsWork(c.unicode()); }) &&
        (value.isEmpty() || (!value.front().isSpace() && !value.back().isSpace())))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            out.append(QChar(char16_t(c - 0xFF01 + 0x21))); // full-width ASCII block maps 1:1 onto ASCII
        else if (c == 0x3000)
            out.append(QLatin1Char(' ')); // ideographic space
        else if (c == u'\r' && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
            continue; // \r\n -> \n: the \n follows
        else
            out.append(QChar(c));
    }
    // Only this narrow mapping, not NFKC: NFKC would also rewrite CJK punctuation (、。「」) users typed on purpose.
    return out.trimmed();
}

std::optional<QDate> ValueCleaner::date(const QString& value, DateOrder order)
{
    const QString s = text(value);
    if (s.isEmpty())
        return std::nullopt;

    // Year first: 2024-03-05, 2024/3/5, 2024.3.5, with an optional time.
    static const QRegularExpression ymd(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))") + timeTail
                                        + QStringLiteral("$"));
    // 2024年3月5日 / 2024年03月05日 (号 is the spoken form of 日), optional time.
    static const QRegularExpression chinese(QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)")
                                            + timeTail + QStringLiteral("$"));
    // Four-digit year last: 05/03/2024. Two-digit years are refused: 05/03/24 could be any of three dates.
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))") + timeTail
                                        + QStringLiteral("$"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    // A spreadsheet date cell read as its number; the fraction is the time of day.
    static const QRegularExpression serial(QStringLiteral(R"(^(\d{1,7})(?:\.\d+)?$)"));

    QRegularExpressionMatch m = ymd.match(s);
    if (!m.hasMatch())
        m = chinese.match(s);
    if (m.hasMatch())
        return validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    m = dmy.match(s);
    if (m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        const int year = m.captured(3).toInt();
        return order == DateOrder::DayFirst ? validDate(year, second, first) : validDate(year, first, second);
    }

    // Eight digits are a compact date, never a serial (serials stop at 2958465, seven digits).
    m = compact.match(s);
    if (m.hasMatch())
        return validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    m = serial.match(s);
    if (m.hasMatch())
        return excelSerialDate(m.captured(1).toLongLong());
    return std::nullopt;
}

std::optional<qint64> ValueCleaner::amountCents(const QString& value)
{
    QString s = text(value);
    // Currency marks and grouping: ¥ (U+00A5), ￥ (U+FFE5), RMB, CNY, 人民币, 元; commas and any kind of space.
    static const QRegularExpression noise(QStringLiteral(R"([¥￥,\s\x{00A0}\x{2009}\x{202F}元]|RMB|CNY|人民币)"),
                                          QRegularExpression::CaseInsensitiveOption);
    s.remove(noise);
    if (s.isEmpty())
        return std::nullopt;

    bool negative = false;
    // Accountants write negative amounts in parentheses: (1,234.50).
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) { // ASCII minus or U+2212 minus sign
        negative = !negative;
        s.remove(0, 1);
    } else if (s.startsWith(QLatin1Char('+'))) {
        s.remove(0, 1);
    }

    // Chinese multipliers: 1.2万 = 12000, 3亿 = 300000000.
    int extraScale = 0;
    if (s.endsWith(QChar(u'万'))) {
        extraScale = 4;
        s.chop(1);
    } else if (s.endsWith(QChar(u'亿'))) {
        extraScale = 8;
        s.chop(1);
    }

    // Digits with an optional fraction and an optional exponent (a number cell's "1.2345E+6").
    static const QRegularExpression number(QStringLiteral(R"(^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$)"));
    const QRegularExpressionMatch m = number.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QString intPart = m.captured(1);
    const QString fracPart = m.captured(2);
    if (intPart.isEmpty() && fracPart.isEmpty())
        return std::nullopt;

    // Exact decimal arithmetic on the digit string: the value is digits × 10^(shift - fracPart.size()) yuan,
    // cents are that × 100. Move the decimal point instead of going through double.
    const QString digits = intPart + fracPart;
    const int pointShift = 2 + extraScale + m.captured(3).toInt(); // toInt() of "" is 0
    const qsizetype pointPos = intPart.size() + pointShift;       // digits before the cents' decimal point

    qint64 cents = 0;
    for (qsizetype i = 0; i < std::max<qsizetype>(pointPos, 0); ++i) {
        const int d = i < digits.size() ? digits.at(i).digitValue() : 0;
        if (!appendDigit(cents, d))
            return std::nullopt;
    }
    // Half away from zero: only the first dropped digit decides, since we round the magnitude.
    const qsizetype roundPos = pointPos;
    if (roundPos >= 0 && roundPos < digits.size() && digits.at(roundPos).digitValue() >= 5) {
        if (cents == std::numeric_limits<qint64>::max())
            return std::nullopt;
        ++cents;
    }
    return negative ? -cents : cents;
}

QString ValueCleaner::email(const QString& value)
{
    return text(value).toLower();
}

ValueCleaner::Phone ValueCleaner::phone(const QString& value)
{
    QString s = text(value);
    if (s.isEmpty())
        return {};

    // A number cell shown as "1.38001380000E10" or written out as "13800138000.0" by a spreadsheet or script.
    static const QRegularExpression exponent(QStringLiteral(R"(^\+?(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})$)"));
    static const QRegularExpression trailingZeroFraction(QStringLiteral(R"(^(\d+)\.0+$)"));
    // Both forms need a '.' or an exponent; the usual plain number skips the two matches.
    const bool maybeNumberCell = s.contains(QLatin1Char('.')) || s.contains(QLatin1Char('e'), Qt::CaseInsensitive);
    if (const QRegularExpressionMatch m = maybeNumberCell ? exponent.match(s) : QRegularExpressionMatch(); m.hasMatch()) {
        const QString fraction = m.captured(2);
        const int exp = m.captured(3).toInt();
        // Only exact when every digit is in the mantissa: 1.38E+10 lost the last eight digits of a phone
        // number; padding with zeros would invent a number, so it stays as it was, marked invalid.
        if (fraction.size() < exp)
            return {s, false};
        const QString rest = fraction.mid(exp);
        if (!rest.isEmpty() && rest != QString(rest.size(), QLatin1Char('0')))
            return {s, false}; // a fractional value is no phone number
        s = m.captured(1) + fraction.left(exp);
    } else if (const QRegularExpressionMatch z = maybeNumberCell ? trailingZeroFraction.match(s) : QRegularExpressionMatch();
               z.hasMatch()) {
        s = z.captured(1);
    }

    const PhoneNumber parsed = PhoneNumber::parse(s, QStringLiteral("CN"));
    return {parsed.normalized(), parsed.isValid()};
}
