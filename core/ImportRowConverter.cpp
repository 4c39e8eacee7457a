#include "ImportRowConverter.h"

#include "CustomerKind.h"
#include "CustomerStage.h"
#include "CustomerValidator.h"
#include "ImportField.h"
#include "InteractionType.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace {
using Severity = ImportProblem::Severity;
const QString customPrefix = QStringLiteral("custom:");

bool isHan(const QString& text)
{
    for (const QChar c : text)
        if (c.script() != QChar::Script_Han)
            return false;
    return !text.isEmpty();
}

// A name without a kind column: companies usually say so in their name.
bool looksLikeCompany(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral("公司|集团|厂|店|中心|事务所|商行|经营部|工作室|研究院|学校|医院|银行|协会|"
                       "\\b(co|ltd|inc|llc|gmbh|corp|company|limited)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

// Without a type column: family/given names or a 2-4 character Han name say person, company words say company.
CustomerKind guessKind(const Customer& c)
{
    if (!c.familyName.isEmpty() || !c.givenName.isEmpty())
        return CustomerKind::Individual;
    if (looksLikeCompany(c.name))
        return CustomerKind::Company;
    return isHan(c.name) && c.name.size() >= 2 && c.name.size() <= 4 ? CustomerKind::Individual : CustomerKind::Company;
}

QStringList splitTags(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；/|]"));
    QStringList tags;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    return tags;
}

// "2024-03-05 08:30[:00]", "2024/3/5 8:30", ISO with T; a bare date means the start of that day. Local time.
std::optional<QDateTime> parseDateTime(const QString& text, ValueCleaner::DateOrder order)
{
    static const QRegularExpression withTime(
        QStringLiteral("^(.*?)[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto match = withTime.match(text.trimmed());
    if (match.hasMatch()) {
        const auto date = ValueCleaner::date(match.captured(1), order);
        const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
        if (!date || !time.isValid())
            return std::nullopt;
        if (!match.captured(5).isEmpty())
            return QDateTime::fromString(date->toString(Qt::ISODate) + QLatin1Char('T') + time.toString(Qt::ISODate) +
                                             match.captured(5),
                                         Qt::ISODate);
        return QDateTime(*date, time);
    }
    const auto date = ValueCleaner::date(text, order);
    if (!date)
        return std::nullopt;
    return QDateTime(*date, QTime(0, 0));
}
} // namespace

ImportRowConverter::ImportRowConverter(ImportTarget target, const QStringList& headers,
                                       const QMap<QString, QList<int>>& columns,
                                       const QList<CustomFieldDefinition>& customFields, ValueCleaner::DateOrder dateOrder)
    : m_target(target), m_headers(headers), m_columns(columns), m_customFields(customFields), m_dateOrder(dateOrder)
{
}

QString ImportRowConverter::rawValue(const SourceRow& row, const QString& field) const
{
    const auto it = m_columns.constFind(field);
    if (it == m_columns.constEnd())
        return {};
    QStringList parts;
    for (const int index : *it)
        if (index < row.cells.size() && !row.cells[index].trimmed().isEmpty())
            parts << row.cells[index];
    return parts.join(QLatin1Char(' '));
}

QString ImportRowConverter::value(const SourceRow& row, const QString& field) const
{
    const auto it = m_columns.constFind(field);
    if (it == m_columns.constEnd())
        return {};
    if (it->size() == 1) // the common case, without building lists
        return it->first() < row.cells.size() ? ValueCleaner::text(row.cells[it->first()]) : QString();
    QStringList parts;
    for (const int index : *it)
        if (index < row.cells.size())
            if (const QString cell = ValueCleaner::text(row.cells[index]); !cell.isEmpty())
                parts << cell;
    return parts.join(QLatin1Char(' '));
}

QString ImportRowConverter::columnName(const QString& field) const
{
    const auto it = m_columns.constFind(field);
    if (it == m_columns.constEnd()) {
        const ImportField* known = ImportFields::find(m_target, field);
        return known ? known->header() : field;
    }
    QStringList names;
    for (const int index : *it)
        names << m_headers.value(index);
    return names.join(QLatin1Char('+'));
}

ImportProblem ImportRowConverter::problem(const SourceRow& row, const QString& field, const QString& reason,
                                          Severity severity) const
{
    return {row.number, columnName(field), rawValue(row, field), reason, severity};
}

std::optional<QDate> ImportRowConverter::optionalDate(const SourceRow& row, const QString& field,
                                                      QList<ImportProblem>* problems) const
{
    const QString text = value(row, field);
    if (text.isEmpty())
        return std::nullopt;
    const auto date = ValueCleaner::date(text, m_dateOrder);
    if (!date)
        problems->append(problem(row, field, tr("Not a date; the value was left out."), Severity::Warning));
    return date;
}

bool ImportRowConverter::toCustomer(const SourceRow& row, ImportedCustomer* out, QList<ImportProblem>* problems) const
{
    ImportedCustomer result;
    result.given.reserve(32);
    Customer& c = result.customer;
    auto text = [&](const QString& field, QString* target) {
        QString v = value(row, field);
        if (!v.isEmpty()) {
            *target = std::move(v);
            result.given.insert(field);
        }
    };
    text(QStringLiteral("code"), &c.code);
    text(QStringLiteral("name"), &c.name);
    text(QStringLiteral("family_name"), &c.familyName);
    text(QStringLiteral("given_name"), &c.givenName);
    text(QStringLiteral("company"), &c.company);
    text(QStringLiteral("industry"), &c.industry);
    text(QStringLiteral("province"), &c.province);
    text(QStringLiteral("city"), &c.city);
    text(QStringLiteral("address"), &c.address);
    text(QStringLiteral("postcode"), &c.postcode);
    text(QStringLiteral("source"), &c.source);
    text(QStringLiteral("level"), &c.level);
    text(QStringLiteral("owner"), &c.owner);
    text(QStringLiteral("notes"), &c.notes);
    text(QStringLiteral("id_number"), &c.idNumber);
    c.idNumber = c.idNumber.toUpper();

    if (c.name.isEmpty() && (!c.familyName.isEmpty() || !c.givenName.isEmpty())) {
        // Chinese names are written family name first, Latin ones given name first.
        c.name = isHan(c.familyName + c.givenName) ? c.familyName + c.givenName
                                                    : QStringList{c.givenName, c.familyName}.join(QLatin1Char(' ')).trimmed();
        result.given.insert(QStringLiteral("name"));
    }
    if (c.name.isEmpty()) {
        problems->append(problem(row, m_columns.contains(QStringLiteral("name")) ? QStringLiteral("name")
                                                                                  : QStringLiteral("family_name"),
                                 tr("The customer name is empty."), Severity::Rejected));
        return false;
    }

    const QString kindText = value(row, QStringLiteral("kind"));
    const CustomerKind guessed = guessKind(c);
    c.kind = guessed;
    if (!kindText.isEmpty()) {
        const auto kind = CustomerKinds::fromText(kindText);
        if (!kind)
            problems->append(problem(row, QStringLiteral("kind"),
                                     tr("Unknown customer type; %1 was assumed.").arg(CustomerKinds::displayName(guessed)),
                                     Severity::Warning));
        c.kind = kind.value_or(guessed);
        result.given.insert(QStringLiteral("kind"));
    }

    if (const QString stageText = value(row, QStringLiteral("stage")); !stageText.isEmpty()) {
        const auto stage = CustomerStages::fromText(stageText);
        if (stage) {
            c.stage = *stage;
            result.given.insert(QStringLiteral("stage"));
        } else {
            problems->append(problem(row, QStringLiteral("stage"),
                                     tr("Unknown stage; use lead, customer, active or lost (潜在, 成交, 维护, 流失)."),
                                     Severity::Warning));
        }
    }
    if (const QString tags = value(row, QStringLiteral("tags")); !tags.isEmpty()) {
        c.tags = splitTags(tags);
        result.given.insert(QStringLiteral("tags"));
    }
    if (const auto birthday = optionalDate(row, QStringLiteral("birthday"), problems)) {
        c.birthday = *birthday;
        result.given.insert(QStringLiteral("birthday"));
    }
    if (const auto renewal = optionalDate(row, QStringLiteral("renewal_date"), problems)) {
        c.renewalDate = *renewal;
        result.given.insert(QStringLiteral("renewal_date"));
    }

    for (const CustomFieldDefinition& definition : m_customFields) {
        const QString key = customPrefix + definition.name;
        const QString v = value(row, key);
        if (v.isEmpty())
            continue;
        Customer probe;
        probe.customFields.insert(definition.name, v);
        const FieldIssues issues = CustomerValidator::validateCustomFields(probe, {definition});
        if (!issues.isEmpty()) {
            problems->append(problem(row, key, issues.first().message + QLatin1Char(' ') + tr("The value was left out."),
                                     Severity::Warning));
            continue;
        }
        c.customFields.insert(definition.name, v);
        result.given.insert(key);
    }

    // Contact data in the same row becomes the primary contact.
    Contact contact;
    bool hasContact = false;
    auto contactText = [&](const QString& field, QString* target) {
        QString v = value(row, field);
        if (!v.isEmpty()) {
            *target = std::move(v);
            result.given.insert(field);
            hasContact = true;
        }
    };
    contactText(QStringLiteral("contact_name"), &contact.name);
    contactText(QStringLiteral("title"), &contact.title);
    contactText(QStringLiteral("wechat"), &contact.wechat);
    for (const auto& [field, target] :
         {std::pair{QStringLiteral("mobile"), &contact.mobile}, std::pair{QStringLiteral("phone"), &contact.phone}}) {
        const QString v = value(row, field);
        if (v.isEmpty())
            continue;
        const ValueCleaner::Phone phone = ValueCleaner::phone(v);
        if (!phone.valid)
            problems->append(problem(row, field, tr("Not a valid phone number; kept as typed."), Severity::Warning));
        *target = phone.value;
        result.given.insert(field);
        hasContact = true;
    }
    if (const QString email = ValueCleaner::email(value(row, QStringLiteral("email"))); !email.isEmpty()) {
        if (!CustomerValidator::isValidEmail(email))
            problems->append(
                problem(row, QStringLiteral("email"), tr("Not a valid email address; kept as typed."), Severity::Warning));
        contact.email = email;
        result.given.insert(QStringLiteral("email"));
        hasContact = true;
    }
    if (hasContact) {
        if (contact.name.isEmpty() && c.kind == CustomerKind::Individual)
            contact.name = c.name;
        contact.isPrimary = true;
        result.contact = contact;
    }
    *out = std::move(result);
    return true;
}

bool ImportRowConverter::toOrder(const SourceRow& row, ImportedOrder* out, QList<ImportProblem>* problems) const
{
    ImportedOrder result;
    Order& o = result.order;
    bool ok = true;
    o.orderNo = value(row, QStringLiteral("order_no"));
    if (o.orderNo.isEmpty()) {
        problems->append(problem(row, QStringLiteral("order_no"), tr("The order number is empty."), Severity::Rejected));
        ok = false;
    }
    result.customerCode = value(row, QStringLiteral("customer_code"));
    if (result.customerCode.isEmpty()) {
        problems->append(problem(row, QStringLiteral("customer_code"), tr("The customer code is empty."), Severity::Rejected));
        ok = false;
    }
    const auto date = ValueCleaner::date(value(row, QStringLiteral("date")), m_dateOrder);
    if (!date) {
        problems->append(problem(row, QStringLiteral("date"), tr("The order date is missing or not a date."), Severity::Rejected));
        ok = false;
    } else {
        o.date = *date;
    }
    const auto amount = ValueCleaner::amountCents(value(row, QStringLiteral("amount")));
    if (!amount) {
        problems->append(problem(row, QStringLiteral("amount"), tr("The amount is missing or not a number."), Severity::Rejected));
        ok = false;
    } else {
        o.amountCents = *amount;
    }
    if (const QString currency = value(row, QStringLiteral("currency")).toUpper(); !currency.isEmpty())
        o.currency = currency == QStringLiteral("RMB") || currency == QStringLiteral("人民币") ? QStringLiteral("CNY") : currency;
    o.product = value(row, QStringLiteral("product"));
    if (ok)
        *out = std::move(result);
    return ok;
}

bool ImportRowConverter::toInteraction(const SourceRow& row, ImportedInteraction* out, QList<ImportProblem>* problems) const
{
    ImportedInteraction result;
    Interaction& i = result.interaction;
    bool ok = true;
    result.customerCode = value(row, QStringLiteral("customer_code"));
    if (result.customerCode.isEmpty()) {
        problems->append(problem(row, QStringLiteral("customer_code"), tr("The customer code is empty."), Severity::Rejected));
        ok = false;
    }
    const auto time = parseDateTime(value(row, QStringLiteral("date")), m_dateOrder);
    if (!time) {
        problems->append(problem(row, QStringLiteral("date"), tr("The time is missing or not a date."), Severity::Rejected));
        ok = false;
    } else {
        i.happenedAt = time->toUTC();
    }
    if (const QString type = value(row, QStringLiteral("type")); !type.isEmpty()) {
        const auto parsed = InteractionTypes::fromText(type);
        if (!parsed)
            problems->append(problem(row, QStringLiteral("type"), tr("Unknown follow-up type; recorded as Other."),
                                     Severity::Warning));
        i.type = parsed.value_or(InteractionType::Other);
    } else {
        i.type = InteractionType::Other;
    }
    i.content = value(row, QStringLiteral("content"));
    i.author = value(row, QStringLiteral("author"));
    if (const auto next = optionalDate(row, QStringLiteral("next_date"), problems))
        i.nextDate = *next;
    if (ok)
        *out = std::move(result);
    return ok;
}

ConvertedRow ImportRowConverter::convert(const SourceRow& row) const
{
    ConvertedRow converted;
    converted.number = row.number;
    switch (m_target) {
    case ImportTarget::Customers: {
        ImportedCustomer record;
        converted.accepted = toCustomer(row, &record, &converted.problems);
        converted.record = std::move(record);
        break;
    }
    case ImportTarget::Orders: {
        ImportedOrder record;
        converted.accepted = toOrder(row, &record, &converted.problems);
        converted.record = std::move(record);
        break;
    }
    case ImportTarget::Interactions: {
        ImportedInteraction record;
        converted.accepted = toInteraction(row, &record, &converted.problems);
        converted.record = std::move(record);
        break;
    }
    }
    return converted;
}
