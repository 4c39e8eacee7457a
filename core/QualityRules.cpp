#include "QualityRules.h"

QualityRules QualityRules::defaults()
{
    QualityRules rules;
    rules.companyRequired = {QStringLiteral("industry"), QStringLiteral("province"), QStringLiteral("city"),
                             QStringLiteral("address"),  QStringLiteral("owner"),    QStringLiteral("contact"),
                             QStringLiteral("phone"),    QStringLiteral("email")};
    rules.individualRequired = {QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("owner"),
                                QStringLiteral("mobile"), QStringLiteral("birthday")};
    rules.staleMonths = 12;
    return rules;
}

const QStringList& QualityRules::fieldKeys()
{
    static const QStringList keys = {
        QStringLiteral("family_name"), QStringLiteral("given_name"), QStringLiteral("company"),
        QStringLiteral("industry"),    QStringLiteral("province"),   QStringLiteral("city"),
        QStringLiteral("address"),     QStringLiteral("postcode"),   QStringLiteral("source"),
        QStringLiteral("level"),       QStringLiteral("owner"),      QStringLiteral("birthday"),
        QStringLiteral("id_number"),   QStringLiteral("tags"),       QStringLiteral("notes"),
        QStringLiteral("contact"),     QStringLiteral("mobile"),     QStringLiteral("phone"),
        QStringLiteral("email")};
    return keys;
}

QString QualityRules::fieldName(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("province"), QT_TR_NOOP("Province")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
    };
    const char* name = names.value(key);
    return name ? tr(name) : key;
}

QString QualityRules::check() const
{
    for (const QStringList* list : {&companyRequired, &individualRequired})
        for (const QString& key : *list)
            if (!fieldKeys().contains(key))
                return tr("Unknown field for completeness: %1 (known: %2).")
                    .arg(key, fieldKeys().join(QStringLiteral(", ")));
    if (staleMonths < 1 || staleMonths > 120)
        return tr("The stale period must be 1 to 120 months, not %1.").arg(staleMonths);
    return {};
}

QString QualityRules::problemName(const QString& problem)
{
    if (problem.startsWith(QLatin1String("missing_")))
        return tr("%1 missing").arg(fieldName(problem.mid(8)));
    if (problem == QLatin1String("invalid_phone"))
        return tr("Phone number does not parse");
    if (problem == QLatin1String("invalid_email"))
        return tr("Email address is invalid");
    if (problem == QLatin1String("impossible_date"))
        return tr("Impossible date");
    if (problem == QLatin1String("stale"))
        return tr("Not updated for too long");
    if (problem == QLatin1String("not_contacted"))
        return tr("No follow-up for too long");
    return problem;
}
