#include "QualityScorer.h"

#include "CustomerValidator.h"
#include "PhoneNumber.h"

#include <cmath>

QualityScorer::QualityScorer(QualityRules rules, const QDateTime& asOf)
    : m_rules(std::move(rules)), m_asOf(asOf.toUTC()), m_staleBefore(m_asOf.addMonths(-m_rules.staleMonths))
{
}

bool QualityScorer::hasField(const QString& key, const Customer& c, const QList<Contact>& contacts) const
{
    const auto filled = [](const QString& text) { return !text.trimmed().isEmpty(); };
    const auto anyContact = [&](auto member) {
        for (const Contact& contact : contacts)
            if (filled(contact.*member))
                return true;
        return false;
    };
    if (key == QLatin1String("family_name")) return filled(c.familyName);
    if (key == QLatin1String("given_name")) return filled(c.givenName);
    if (key == QLatin1String("company")) return filled(c.company);
    if (key == QLatin1String("industry")) return filled(c.industry);
    if (key == QLatin1String("province")) return filled(c.province);
    if (key == QLatin1String("city")) return filled(c.city);
    if (key == QLatin1String("address")) return filled(c.address);
    if (key == QLatin1String("postcode")) return filled(c.postcode);
    if (key == QLatin1String("source")) return filled(c.source);
    if (key == QLatin1String("level")) return filled(c.level);
    if (key == QLatin1String("owner")) return filled(c.owner);
    if (key == QLatin1String("birthday")) return c.birthday.isValid();
    if (key == QLatin1String("id_number")) return filled(c.idNumber);
    if (key == QLatin1String("tags")) return !c.tags.isEmpty();
    if (key == QLatin1String("notes")) return filled(c.notes);
    if (key == QLatin1String("contact")) return !contacts.isEmpty();
    if (key == QLatin1String("mobile")) return anyContact(&Contact::mobile);
    if (key == QLatin1String("phone")) return anyContact(&Contact::mobile) || anyContact(&Contact::phone);
    if (key == QLatin1String("email")) return anyContact(&Contact::email);
    return true; // unknown keys are refused when rules are saved; never penalise for them
}

QualityScore QualityScorer::score(const Customer& customer, const QList<Contact>& contacts,
                                  const QDateTime& lastContact) const
{
    QualityScore result;

    const QStringList& required = m_rules.requiredFor(customer.kind);
    for (const QString& key : required)
        if (!hasField(key, customer, contacts)) {
            result.missingFields.append(key);
            result.problems.append(QStringLiteral("missing_") + key);
        }
    if (!required.isEmpty())
        result.completeness =
            completenessPoints * double(required.size() - result.missingFields.size()) / double(required.size());

    int invalidPhones = 0;
    int invalidEmails = 0;
    int impossibleDates = CustomerValidator::isPlausibleBirthday(customer.birthday) ? 0 : 1;
    for (const Contact& contact : contacts) {
        for (const QString* phone : {&contact.mobile, &contact.phone})
            if (!CustomerValidator::isValidPhone(*phone))
                ++invalidPhones;
        if (!contact.email.trimmed().isEmpty() && !CustomerValidator::isValidEmail(contact.email))
            ++invalidEmails;
        if (!CustomerValidator::isPlausibleBirthday(contact.birthday))
            ++impossibleDates;
    }
    // Follow-ups are logged as they happen; one dated after tomorrow was mistyped.
    if (lastContact.isValid() && lastContact > m_asOf.addDays(1))
        ++impossibleDates;
    if (invalidPhones > 0)
        result.problems.append(QStringLiteral("invalid_phone"));
    if (invalidEmails > 0)
        result.problems.append(QStringLiteral("invalid_email"));
    if (impossibleDates > 0)
        result.problems.append(QStringLiteral("impossible_date"));
    result.validity =
        std::max(0.0, validityPoints - pointsPerInvalidValue * double(invalidPhones + invalidEmails + impossibleDates));

    result.freshness = freshnessPoints;
    if (customer.updatedAt.isValid() && customer.updatedAt < m_staleBefore) {
        result.problems.append(QStringLiteral("stale"));
        result.freshness -= pointsPerFreshnessProblem;
    }
    if (!lastContact.isValid() || lastContact < m_staleBefore) {
        result.problems.append(QStringLiteral("not_contacted"));
        result.freshness -= pointsPerFreshnessProblem;
    }

    result.score = int(std::lround(result.completeness + result.validity + result.freshness));
    return result;
}
