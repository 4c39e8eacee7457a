#include "XlsxCellText.h"

#include <QDate>

#include <cmath>
#include <optional>

namespace {

// value = (negative ? -1 : 1) * 0.digits * 10^point, digits without leading or trailing zeros.
struct Decimal {
    bool negative = false;
    QString digits;
    qint64 point = 0;
};

constexpr int kExcelDigits = 15;
// Beyond this a "number" is garbage or a zip bomb's idea of one; show the raw text instead of 10^9 zeros.
constexpr qint64 kMaxExponent = 400;
constexpr double kLastExcelDay = 2958465; // 9999-12-31 in the 1900 system

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

int hexValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

std::optional<Decimal> parseDecimal(QStringView text)
{
    Decimal d;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'-' || text[i] == u'+'))
        d.negative = text[i++] == u'-';
    qsizetype intDigits = 0;
    while (i < n && isDigit(text[i])) {
        d.digits.append(text[i++]);
        ++intDigits;
    }
    qsizetype fracDigits = 0;
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && isDigit(text[i])) {
            d.digits.append(text[i++]);
            ++fracDigits;
        }
    }
    if (intDigits + fracDigits == 0)
        return std::nullopt;
    qint64 exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+'))
            negativeExponent = text[i++] == u'-';
        const qsizetype start = i;
        while (i < n && isDigit(text[i])) {
            if (i - start >= 6)
                return std::nullopt;
            exponent = exponent * 10 + text[i++].digitValue();
        }
        if (i == start)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;
    d.point = intDigits + exponent;
    qsizetype lead = 0;
    while (lead < d.digits.size() && d.digits[lead] == u'0')
        ++lead;
    d.digits.remove(0, lead);
    d.point -= lead;
    while (!d.digits.isEmpty() && d.digits.back() == u'0')
        d.digits.chop(1);
    if (d.digits.isEmpty())
        return Decimal{}; // zero, including "-0"
    if (d.point > kMaxExponent || d.point < -kMaxExponent)
        return std::nullopt;
    return d;
}

void roundToExcelPrecision(Decimal& d)
{
    if (d.digits.size() <= kExcelDigits || d.point >= d.digits.size())
        return; // integers keep every digit: they are IDs and phone numbers more often than measurements
    const bool up = d.digits[kExcelDigits] >= u'5';
    d.digits.truncate(kExcelDigits);
    if (up) {
        qsizetype i = d.digits.size() - 1;
        while (i >= 0 && d.digits[i] == u'9')
            d.digits[i--] = u'0';
        if (i >= 0) {
            d.digits[i] = QChar(d.digits[i].unicode() + 1);
        } else {
            d.digits.prepend(u'1');
            ++d.point;
        }
    }
    while (!d.digits.isEmpty() && d.digits.back() == u'0')
        d.digits.chop(1);
}

QString render(const Decimal& d)
{
    if (d.digits.isEmpty())
        return QStringLiteral("0");
    QString out;
    if (d.negative)
        out.append(u'-');
    const qsizetype size = d.digits.size();
    if (d.point <= 0) {
        out.append(QStringLiteral("0."));
        out.append(QString(-d.point, u'0'));
        out.append(d.digits);
    } else if (d.point >= size) {
        out.append(d.digits);
        out.append(QString(d.point - size, u'0'));
    } else {
        out.append(QStringView(d.digits).left(d.point));
        out.append(u'.');
        out.append(QStringView(d.digits).mid(d.point));
    }
    return out;
}

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QChar(u'0'))
        .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace

QString XlsxCellText::number(QStringView raw)
{
    const QStringView text = raw.trimmed();
    auto d = parseDecimal(text);
    if (!d)
        return raw.toString();
    roundToExcelPrecision(*d);
    return render(*d);
}

QString XlsxCellText::serial(QStringView raw, XlsxValueKind kind, bool date1904)
{
    if (kind == XlsxValueKind::Number)
        return number(raw);
    bool ok = false;
    const double value = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::fabs(value) > kLastExcelDay + 1)
        return number(raw);

    if (kind == XlsxValueKind::Duration) {
        const qint64 total = std::llround(value * 86400.0);
        return total < 0 ? u'-' + clock(-total) : clock(total);
    }
    if (value < 0)
        return number(raw);
    qint64 days = static_cast<qint64>(std::floor(value));
    qint64 seconds = std::llround((value - static_cast<double>(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    if (kind == XlsxValueKind::Time)
        return clock(seconds);
    if (days > static_cast<qint64>(kLastExcelDay))
        return number(raw);

    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 0) {
        // Excel's "1900-01-00": a time typed into a date column, or nothing at all.
        return seconds == 0 ? number(raw) : clock(seconds);
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, which Excel still shows
    } else {
        // Serials after the phantom 1900-02-29 are one day ahead of the real calendar.
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    if (kind == XlsxValueKind::Date && seconds == 0)
        return date;
    return date + u'T' + clock(seconds);
}

QString XlsxCellText::isoDate(QStringView raw, XlsxValueKind kind)
{
    QString text = raw.trimmed().toString();
    if (text.endsWith(u'Z'))
        text.chop(1);
    const qsizetype dot = text.lastIndexOf(u'.');
    if (dot > 0 && text.indexOf(u':') >= 0 && dot > text.lastIndexOf(u':'))
        text.truncate(dot); // milliseconds: nobody imports them
    const qsizetype t = text.indexOf(u'T');
    if (t < 0)
        return text;
    if (kind == XlsxValueKind::Time)
        return text.mid(t + 1);
    if ((kind == XlsxValueKind::Date || kind == XlsxValueKind::Number) && QStringView(text).mid(t + 1) == u"00:00:00")
        return text.left(t);
    return text;
}

QString XlsxCellText::unescape(const QString& text)
{
    qsizetype i = text.indexOf(QLatin1String("_x"));
    if (i < 0)
        return text;
    QString out;
    out.reserve(text.size());
    out.append(QStringView(text).left(i));
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            char16_t code = 0;
            bool hex = true;
            for (qsizetype k = i + 2; k < i + 6 && hex; ++k) {
                const int digit = hexValue(text[k]);
                hex = digit >= 0;
                code = static_cast<char16_t>(code * 16 + digit);
            }
            if (hex) {
                out.append(QChar(code));
                i += 7;
                continue;
            }
        }
        out.append(text[i++]);
    }
    return out;
}
