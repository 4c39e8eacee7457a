#include "SmartFilterSql.h"

#include "CustomerKind.h"
#include "CustomerStage.h"
#include "PhoneNumber.h"
#include "SmartFilterFields.h"

namespace {
using Type = SmartFilterFields::Type;

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// The SQL expression of a single-valued field (Text, Choice, Date); dates as YYYY-MM-DD text.
QString columnOf(const QString& field)
{
    if (field == QLatin1String("owner"))
        return QStringLiteral("coalesce((SELECT login FROM users WHERE id = c.owner_id), '')");
    if (field == QLatin1String("created_at") || field == QLatin1String("updated_at"))
        return QStringLiteral("substr(c.%1, 1, 10)").arg(field);
    if (field == QLatin1String("last_contact"))
        return QStringLiteral("(SELECT substr(max(happened_at), 1, 10) FROM interactions WHERE customer_id = c.id)");
    return QStringLiteral("c.") + field; // a fixed column name from the catalogue, never user text
}

// For Many fields: the rows to look in (with %1 for the condition) and the columns to compare.
struct ManySource {
    QString from;
    QStringList columns;
};
ManySource manySource(const QString& field)
{
    const QString contacts = QStringLiteral("SELECT 1 FROM contacts k WHERE k.customer_id = c.id AND (%1)");
    if (field == QLatin1String("tag"))
        return {QStringLiteral("SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                               " WHERE ct.customer_id = c.id AND (%1)"),
                {QStringLiteral("t.name")}};
    if (field == QLatin1String("contact_name"))
        return {contacts, {QStringLiteral("k.name")}};
    if (field == QLatin1String("phone"))
        return {contacts, {QStringLiteral("k.mobile"), QStringLiteral("k.phone")}};
    return {contacts, {QStringLiteral("k.email")}};
}

struct Part {
    QString sql;
    QVariantList values;
};

Result<Part> textCondition(const QString& column, const QString& op, const QString& value)
{
    const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");
    if (op == QLatin1String("equals"))
        return Part{column + QStringLiteral(" = ?"), {value}};
    if (op == QLatin1String("not_equals"))
        return Part{column + QStringLiteral(" <> ?"), {value}};
    if (op == QLatin1String("contains"))
        return Part{column + like, {QLatin1Char('%') + escapeLike(value) + QLatin1Char('%')}};
    if (op == QLatin1String("not_contains"))
        return Part{column + QStringLiteral(" NOT") + like, {QLatin1Char('%') + escapeLike(value) + QLatin1Char('%')}};
    if (op == QLatin1String("starts_with"))
        return Part{column + like, {escapeLike(value) + QLatin1Char('%')}};
    if (op == QLatin1String("is_empty"))
        return Part{column + QStringLiteral(" = ''"), {}};
    if (op == QLatin1String("is_not_empty"))
        return Part{column + QStringLiteral(" <> ''"), {}};
    return Result<Part>::failure(QString());
}

Result<Part> choiceCondition(const QString& field, const QString& column, const QString& op, const QString& value)
{
    QString key;
    if (field == QLatin1String("kind")) {
        if (const auto kind = CustomerKinds::fromText(value))
            key = CustomerKinds::toKey(*kind);
    } else if (const auto stage = CustomerStages::fromText(value)) {
        key = CustomerStages::toKey(*stage);
    }
    if (key.isEmpty())
        return Result<Part>::failure(SmartFilterSql::tr("\"%1\" is not a valid value here.").arg(value));
    if (op == QLatin1String("equals"))
        return Part{column + QStringLiteral(" = ?"), {key}};
    return Part{column + QStringLiteral(" <> ?"), {key}};
}

Result<Part> dateCondition(const QString& column, const QString& op, const QString& value, const QDate& today)
{
    if (op == QLatin1String("is_empty"))
        return Part{column + QStringLiteral(" IS NULL"), {}};
    if (op == QLatin1String("is_not_empty"))
        return Part{column + QStringLiteral(" IS NOT NULL"), {}};
    if (op == QLatin1String("within_days") || op == QLatin1String("not_within_days")) {
        bool ok = false;
        const int days = value.trimmed().toInt(&ok);
        if (!ok || days < 0 || days > 100000)
            return Result<Part>::failure(SmartFilterSql::tr("\"%1\" is not a number of days.").arg(value));
        const QString since = today.addDays(-days).toString(Qt::ISODate);
        if (op == QLatin1String("within_days"))
            return Part{column + QStringLiteral(" >= ?"), {since}};
        return Part{QStringLiteral("(%1 IS NULL OR %1 < ?)").arg(column), {since}};
    }
    const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Result<Part>::failure(SmartFilterSql::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(value));
    const QString iso = date.toString(Qt::ISODate);
    if (op == QLatin1String("before"))
        return Part{column + QStringLiteral(" < ?"), {iso}};
    if (op == QLatin1String("after"))
        return Part{column + QStringLiteral(" > ?"), {iso}};
    return Part{column + QStringLiteral(" = ?"), {iso}};
}

Result<Part> manyCondition(const QString& field, const QString& op, QString value)
{
    const ManySource source = manySource(field);
    const bool negated = op == QLatin1String("not_equals") || op == QLatin1String("not_contains") ||
                         op == QLatin1String("is_empty");
    QString positive = op;
    if (op == QLatin1String("not_equals"))
        positive = QStringLiteral("equals");
    else if (op == QLatin1String("not_contains"))
        positive = QStringLiteral("contains");
    else if (op == QLatin1String("is_empty"))
        positive = QStringLiteral("is_not_empty");
    if (field == QLatin1String("phone") && SmartFilterFields::needsValue(op)) {
        // Phones are stored as E.164: compare digits (contains) or the normalised number (equals).
        value = positive == QLatin1String("contains") ? PhoneNumber::digitsOnly(value) : PhoneNumber::normalize(value);
        if (value.isEmpty())
            return Result<Part>::failure(SmartFilterSql::tr("A phone condition needs digits."));
    }
    QStringList alternatives;
    QVariantList values;
    for (const QString& column : source.columns) {
        auto part = textCondition(column, positive, value);
        if (!part)
            return part;
        alternatives.append(part->sql);
        values.append(part->values);
    }
    const QString exists = QStringLiteral("EXISTS (%1)").arg(source.from.arg(alternatives.join(QStringLiteral(" OR "))));
    return Part{negated ? QStringLiteral("NOT ") + exists : exists, values};
}
} // namespace

Result<SmartFilterSql::Condition> SmartFilterSql::translate(const SmartFilter& filter, const QDate& today)
{
    Condition result;
    QStringList parts;
    for (qsizetype i = 0; i < filter.conditions.size(); ++i) {
        const SmartFilterCondition& c = filter.conditions[i];
        const auto fail = [&](const QString& why) {
            return Result<Condition>::failure(tr("Condition %1: %2").arg(i + 1).arg(why), ErrorKind::Usage);
        };
        const SmartFilterFields::Field* field = SmartFilterFields::find(c.field);
        if (!field)
            return fail(tr("there is no field \"%1\".").arg(c.field));
        if (!SmartFilterFields::operatorsFor(field->type).contains(c.op))
            return fail(tr("\"%1\" cannot be used with %2.").arg(c.op, field->name));
        if (SmartFilterFields::needsValue(c.op) && c.value.trimmed().isEmpty())
            return fail(tr("%1 %2 needs a value.").arg(field->name, SmartFilterFields::operatorName(c.op)));

        Result<Part> part = Result<Part>::failure(QString());
        switch (field->type) {
        case Type::Text: part = textCondition(columnOf(c.field), c.op, c.value.trimmed()); break;
        case Type::Choice: part = choiceCondition(c.field, columnOf(c.field), c.op, c.value.trimmed()); break;
        case Type::Date: part = dateCondition(columnOf(c.field), c.op, c.value, today); break;
        case Type::Many: part = manyCondition(c.field, c.op, c.value.trimmed()); break;
        }
        if (!part)
            return fail(part.error());
        parts.append(QLatin1Char('(') + part->sql + QLatin1Char(')'));
        result.values.append(part->values);
    }
    if (!parts.isEmpty())
        result.sql = QLatin1Char('(') +
                     parts.join(filter.match == SmartFilter::Match::Any ? QStringLiteral(" OR ") : QStringLiteral(" AND ")) +
                     QLatin1Char(')');
    return result;
}
