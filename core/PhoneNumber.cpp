#include "PhoneNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumber PhoneNumber::parse(const QString& text, const QString& defaultRegion)
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
