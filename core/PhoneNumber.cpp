#include "PhoneNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumber PhoneNumber::parse(const QString& text, const QString& defaultRegion)
{
    PhoneNumber result;
    result.m_original = text;
    result.m_normalized = text.trimmed();
    result.m_display = result.m_normalized;
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
    std::string display;
    const auto region = defaultRegion.toStdString();
    util->FormatOutOfCountryCallingNumber(number, region, &display);

    result.m_valid = true;
    const auto type = util->GetNumberType(number);
    result.m_mobile = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    result.m_normalized = QString::fromStdString(e164);
    if (number.has_extension())
        result.m_normalized += QStringLiteral(";ext=") + QString::fromStdString(number.extension());
    result.m_display = QString::fromStdString(display);
    return result;
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
