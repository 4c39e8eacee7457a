#include "PhoneNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <optional>

using i18n::phonenumbers::PhoneNumberUtil;

namespace {
// For the default region CN, the national number of the two commonest plain forms: "+86" and 7-12 digits not starting with 0 (what the
// archive itself stores, so every re-import and export round trip), and 11 digits starting with 1 (a Chinese
// mobile typed without separators). For these, Parse() finds country code 86 and exactly these digits unless
// it strips a national or carrier prefix, which parse() leaves to the full path (see there).
std::optional<uint64_t> plainChineseNumber(const QString& text, const QString& defaultRegion)
{
    if (defaultRegion != QLatin1String("CN"))
        return std::nullopt;
    QStringView digits(text);
    if (digits.startsWith(u"+86"))
        digits = digits.mid(3);
    else if (digits.size() != 11 || digits.front() != u'1')
        return std::nullopt;
    if (digits.size() < 7 || digits.size() > 12 || digits.front() == u'0')
        return std::nullopt;
    uint64_t value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}
} // namespace

PhoneNumber PhoneNumber::parse(const QString& text, const QString& defaultRegion)
{
    PhoneNumber result;
    result.m_original = text;
    result.m_normalized = text.trimmed();
    result.m_region = defaultRegion;
    if (result.m_normalized.isEmpty())
        return result;

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    // Imports check millions of numbers, nearly all in one of the plain forms; Parse() spends three quarters of
    // its time on what these forms do not need (normalising characters, looking for extensions and prefixes).
    // The validity check is still libphonenumber's own. Only a valid answer is taken: an invalid one could be a
    // number Parse() would read differently (after stripping a carrier prefix such as 17951), so it goes the full
    // way. PhoneNumberTest compares this with parseFully() over every six-digit mobile prefix and every length.
    if (const auto national = plainChineseNumber(result.m_normalized, defaultRegion)) {
        i18n::phonenumbers::PhoneNumber number;
        number.set_country_code(86);
        number.set_national_number(*national);
        if (util->IsValidNumber(number)) {
            result.m_valid = true;
            result.m_normalized = QStringLiteral("+86") + QString::number(*national);
            return result;
        }
    }
    return parseFully(text, defaultRegion);
}

PhoneNumber PhoneNumber::parseFully(const QString& text, const QString& defaultRegion)
{
    PhoneNumber result;
    result.m_original = text;
    result.m_normalized = text.trimmed();
    result.m_region = defaultRegion;
    if (result.m_normalized.isEmpty())
        return result;

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    // Parse() accepts full-width digits, separators and "ext." suffixes on its own.
    const auto error = util->Parse(result.m_normalized.toStdString(), defaultRegion.toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number))
        return result;

    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    result.m_valid = true;
    result.m_normalized = QString::fromStdString(e164);
    if (number.has_extension())
        result.m_normalized += QStringLiteral(";ext=") + QString::fromStdString(number.extension());
    return result;
}

namespace {
// The normalised form parsed again, for the on-demand properties of a valid number.
bool reparse(const QString& normalized, const QString& region, i18n::phonenumbers::PhoneNumber* number)
{
    QString text = normalized;
    text.replace(QLatin1String(";ext="), QLatin1String(" ext. "));
    return PhoneNumberUtil::GetInstance()->Parse(text.toStdString(), region.toStdString(), number) ==
           PhoneNumberUtil::NO_PARSING_ERROR;
}
} // namespace

QString PhoneNumber::display() const
{
    i18n::phonenumbers::PhoneNumber number;
    if (!m_valid || !reparse(m_normalized, m_region, &number))
        return m_normalized;
    std::string display;
    PhoneNumberUtil::GetInstance()->FormatOutOfCountryCallingNumber(number, m_region.toStdString(), &display);
    return QString::fromStdString(display);
}

bool PhoneNumber::isMobile() const
{
    i18n::phonenumbers::PhoneNumber number;
    if (!m_valid || !reparse(m_normalized, m_region, &number))
        return false;
    const auto type = PhoneNumberUtil::GetInstance()->GetNumberType(number);
    return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

QString PhoneNumber::normalize(const QString& text, const QString& defaultRegion)
{
    return parse(text, defaultRegion).normalized();
}

QString PhoneNumber::digitsOnly(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue())); // full-width digits count too
    return digits;
}
