#include "CustomerValidator.h"

#include "PhoneNumber.h"

#include <QRegularExpression>

bool CustomerValidator::isValidEmail(const QString& email)
{
    // Practical syntax check (local@domain.tld); the mail server is the real judge.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)"
                       R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    const QString trimmed = email.trimmed();
    return pattern.match(trimmed).hasMatch() && !trimmed.contains(QStringLiteral(".."));
}

bool CustomerValidator::isValidPhone(const QString& phone)
{
    return phone.trimmed().isEmpty() || PhoneNumber::parse(phone).isValid();
}

bool CustomerValidator::isPlausibleBirthday(const QDate& date)
{
    return !date.isValid() || (date.year() >= 1900 && date <= QDate::currentDate());
}

FieldIssues CustomerValidator::validateCustomer(const Customer& customer)
{
    FieldIssues issues;
    if (customer.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("The name is empty.")});
    if (!customer.code.isEmpty() && customer.code.trimmed() != customer.code)
        issues.append({QStringLiteral("code"), tr("The code starts or ends with spaces.")});
    if (!isPlausibleBirthday(customer.birthday))
        issues.append({QStringLiteral("birthday"), tr("The birthday is in the future or before 1900.")});
    if (!customer.postcode.isEmpty() && !QRegularExpression(QStringLiteral("^[0-9A-Za-z -]{3,10}$"))
                                            .match(customer.postcode.trimmed())
                                            .hasMatch())
        issues.append({QStringLiteral("postcode"), tr("The postcode does not look like a postcode.")});
    const QString id = customer.idNumber.trimmed();
    if (!id.isEmpty() && id.size() == 18) {
        // Mainland resident ID: 17 digits and an ISO 7064 MOD 11-2 check character.
        static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        static const char checks[] = "10X98765432";
        int sum = 0;
        bool digits = true;
        for (int i = 0; i < 17; ++i) {
            if (!id[i].isDigit()) {
                digits = false;
                break;
            }
            sum += id[i].digitValue() * weights[i];
        }
        if (!digits || id[17].toUpper() != QLatin1Char(checks[sum % 11]))
            issues.append({QStringLiteral("id_number"), tr("The ID number's check digit is wrong.")});
    }
    return issues;
}

FieldIssues CustomerValidator::validateContact(const Contact& contact, const QString& prefix)
{
    FieldIssues issues;
    if (!isValidPhone(contact.mobile))
        issues.append({prefix + QStringLiteral("mobile"), tr("Not a valid phone number: %1").arg(contact.mobile)});
    if (!isValidPhone(contact.phone))
        issues.append({prefix + QStringLiteral("phone"), tr("Not a valid phone number: %1").arg(contact.phone)});
    if (!contact.email.trimmed().isEmpty() && !isValidEmail(contact.email))
        issues.append({prefix + QStringLiteral("email"), tr("Not a valid email address: %1").arg(contact.email)});
    if (!isPlausibleBirthday(contact.birthday))
        issues.append({prefix + QStringLiteral("birthday"), tr("The birthday is in the future or before 1900.")});
    return issues;
}

FieldIssues CustomerValidator::validateCustomFields(const Customer& customer,
                                                    const QList<CustomFieldDefinition>& definitions)
{
    FieldIssues issues;
    for (const CustomFieldDefinition& definition : definitions) {
        const QString value = customer.customFields.value(definition.name).trimmed();
        if (value.isEmpty())
            continue;
        const QString field = QStringLiteral("custom:") + definition.name;
        switch (definition.type) {
        case CustomFieldType::Text: break;
        case CustomFieldType::Number: {
            bool ok = false;
            QString(value).remove(QLatin1Char(',')).toDouble(&ok);
            if (!ok)
                issues.append({field, tr("%1 is not a number.").arg(value)});
            break;
        }
        case CustomFieldType::Date:
            if (!QDate::fromString(value, Qt::ISODate).isValid())
                issues.append({field, tr("%1 is not a date (YYYY-MM-DD).").arg(value)});
            break;
        case CustomFieldType::Choice:
            if (!definition.choices.contains(value))
                issues.append({field, tr("%1 is not one of the choices: %2.")
                                          .arg(value, definition.choices.join(QStringLiteral(", ")))});
            break;
        }
    }
    return issues;
}
