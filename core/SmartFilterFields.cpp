#include "SmartFilterFields.h"

const QList<SmartFilterFields::Field>& SmartFilterFields::all()
{
    // Built on first use, after the translator is installed.
    static const QList<Field> fields = {
        {QStringLiteral("code"), Type::Text, tr("Code")},
        {QStringLiteral("name"), Type::Text, tr("Name")},
        {QStringLiteral("kind"), Type::Choice, tr("Kind")},
        {QStringLiteral("stage"), Type::Choice, tr("Stage")},
        {QStringLiteral("owner"), Type::Text, tr("Owner")},
        {QStringLiteral("company"), Type::Text, tr("Company")},
        {QStringLiteral("industry"), Type::Text, tr("Industry")},
        {QStringLiteral("province"), Type::Text, tr("Province")},
        {QStringLiteral("city"), Type::Text, tr("City")},
        {QStringLiteral("address"), Type::Text, tr("Address")},
        {QStringLiteral("source"), Type::Text, tr("Source")},
        {QStringLiteral("level"), Type::Text, tr("Level")},
        {QStringLiteral("notes"), Type::Text, tr("Notes")},
        {QStringLiteral("tag"), Type::Many, tr("Tag")},
        {QStringLiteral("contact_name"), Type::Many, tr("Contact name")},
        {QStringLiteral("phone"), Type::Many, tr("Phone")},
        {QStringLiteral("email"), Type::Many, tr("Email")},
        {QStringLiteral("birthday"), Type::Date, tr("Birthday")},
        {QStringLiteral("created_at"), Type::Date, tr("Created")},
        {QStringLiteral("updated_at"), Type::Date, tr("Updated")},
        {QStringLiteral("last_contact"), Type::Date, tr("Last follow-up")},
    };
    return fields;
}

const SmartFilterFields::Field* SmartFilterFields::find(const QString& key)
{
    for (const Field& field : all())
        if (field.key == key)
            return &field;
    return nullptr;
}

QStringList SmartFilterFields::operatorsFor(Type type)
{
    switch (type) {
    case Type::Text:
        return {QStringLiteral("contains"), QStringLiteral("equals"),   QStringLiteral("not_equals"),
                QStringLiteral("not_contains"), QStringLiteral("starts_with"), QStringLiteral("is_empty"),
                QStringLiteral("is_not_empty")};
    case Type::Choice: return {QStringLiteral("equals"), QStringLiteral("not_equals")};
    case Type::Date:
        return {QStringLiteral("within_days"), QStringLiteral("not_within_days"), QStringLiteral("before"),
                QStringLiteral("after"),       QStringLiteral("on"),              QStringLiteral("is_empty"),
                QStringLiteral("is_not_empty")};
    case Type::Many:
        return {QStringLiteral("contains"), QStringLiteral("equals"), QStringLiteral("not_equals"),
                QStringLiteral("not_contains"), QStringLiteral("is_empty"), QStringLiteral("is_not_empty")};
    }
    return {};
}

QString SmartFilterFields::operatorName(const QString& op)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("equals"), QT_TR_NOOP("is")},
        {QStringLiteral("not_equals"), QT_TR_NOOP("is not")},
        {QStringLiteral("contains"), QT_TR_NOOP("contains")},
        {QStringLiteral("not_contains"), QT_TR_NOOP("does not contain")},
        {QStringLiteral("starts_with"), QT_TR_NOOP("starts with")},
        {QStringLiteral("is_empty"), QT_TR_NOOP("is empty")},
        {QStringLiteral("is_not_empty"), QT_TR_NOOP("is not empty")},
        {QStringLiteral("before"), QT_TR_NOOP("before (YYYY-MM-DD)")},
        {QStringLiteral("after"), QT_TR_NOOP("after (YYYY-MM-DD)")},
        {QStringLiteral("on"), QT_TR_NOOP("on (YYYY-MM-DD)")},
        {QStringLiteral("within_days"), QT_TR_NOOP("in the last N days")},
        {QStringLiteral("not_within_days"), QT_TR_NOOP("not in the last N days (or never)")},
    };
    const char* name = names.value(op);
    return name ? tr(name) : op;
}

bool SmartFilterFields::needsValue(const QString& op)
{
    return op != QLatin1String("is_empty") && op != QLatin1String("is_not_empty");
}
