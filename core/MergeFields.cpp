#include "MergeFields.h"

#include <QSet>

#include <algorithm>

namespace {
const QString customPrefix = QStringLiteral("custom:");

// Own fields in the order the comparison shows them; the code is not chosen (the survivor keeps its code,
// the others become its aliases).
const QStringList ownKeys = {
    QStringLiteral("name"),     QStringLiteral("kind"),    QStringLiteral("family_name"), QStringLiteral("given_name"),
    QStringLiteral("company"),  QStringLiteral("industry"), QStringLiteral("province"),   QStringLiteral("city"),
    QStringLiteral("address"),  QStringLiteral("postcode"), QStringLiteral("source"),     QStringLiteral("level"),
    QStringLiteral("stage"),    QStringLiteral("owner"),    QStringLiteral("birthday"),   QStringLiteral("id_number"),
    QStringLiteral("renewal_date"), QStringLiteral("notes")};

QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

void setField(Customer* target, const Customer& source, const QString& key)
{
    if (key.startsWith(customPrefix)) {
        const QString name = key.mid(customPrefix.size());
        if (source.customFields.value(name).trimmed().isEmpty())
            target->customFields.remove(name);
        else
            target->customFields.insert(name, source.customFields.value(name));
        return;
    }
    if (key == QLatin1String("name")) target->name = source.name;
    else if (key == QLatin1String("kind")) target->kind = source.kind;
    else if (key == QLatin1String("family_name")) target->familyName = source.familyName;
    else if (key == QLatin1String("given_name")) target->givenName = source.givenName;
    else if (key == QLatin1String("company")) target->company = source.company;
    else if (key == QLatin1String("industry")) target->industry = source.industry;
    else if (key == QLatin1String("province")) target->province = source.province;
    else if (key == QLatin1String("city")) target->city = source.city;
    else if (key == QLatin1String("address")) target->address = source.address;
    else if (key == QLatin1String("postcode")) target->postcode = source.postcode;
    else if (key == QLatin1String("source")) target->source = source.source;
    else if (key == QLatin1String("level")) target->level = source.level;
    else if (key == QLatin1String("stage")) target->stage = source.stage;
    else if (key == QLatin1String("owner")) target->owner = source.owner;
    else if (key == QLatin1String("birthday")) target->birthday = source.birthday;
    else if (key == QLatin1String("id_number")) target->idNumber = source.idNumber;
    else if (key == QLatin1String("renewal_date")) target->renewalDate = source.renewalDate;
    else if (key == QLatin1String("notes")) target->notes = source.notes;
}

int completeness(const Customer& c)
{
    int filled = 0;
    for (const QString& key : ownKeys)
        filled += MergeFields::text(c, key).trimmed().isEmpty() ? 0 : 1;
    for (const QString& value : c.customFields)
        filled += value.trimmed().isEmpty() ? 0 : 1;
    return filled;
}
} // namespace

QStringList MergeFields::keys(const QList<Customer>& records)
{
    QStringList keys = ownKeys;
    QStringList custom;
    for (const Customer& c : records)
        for (auto it = c.customFields.begin(); it != c.customFields.end(); ++it)
            if (!it.value().trimmed().isEmpty() && !custom.contains(customPrefix + it.key()))
                custom.append(customPrefix + it.key());
    std::sort(custom.begin(), custom.end());
    return keys + custom;
}

QString MergeFields::label(const QString& key)
{
    if (key.startsWith(customPrefix))
        return key.mid(customPrefix.size());
    if (key == QLatin1String("name")) return tr("Name");
    if (key == QLatin1String("kind")) return tr("Kind");
    if (key == QLatin1String("family_name")) return tr("Family name");
    if (key == QLatin1String("given_name")) return tr("Given name");
    if (key == QLatin1String("company")) return tr("Company");
    if (key == QLatin1String("industry")) return tr("Industry");
    if (key == QLatin1String("province")) return tr("Province");
    if (key == QLatin1String("city")) return tr("City");
    if (key == QLatin1String("address")) return tr("Address");
    if (key == QLatin1String("postcode")) return tr("Postcode");
    if (key == QLatin1String("source")) return tr("Source");
    if (key == QLatin1String("level")) return tr("Level");
    if (key == QLatin1String("stage")) return tr("Stage");
    if (key == QLatin1String("owner")) return tr("Owner");
    if (key == QLatin1String("birthday")) return tr("Birthday");
    if (key == QLatin1String("id_number")) return tr("ID number");
    if (key == QLatin1String("renewal_date")) return tr("Renewal date");
    if (key == QLatin1String("notes")) return tr("Notes");
    return key;
}

QString MergeFields::text(const Customer& c, const QString& key)
{
    if (key.startsWith(customPrefix))
        return c.customFields.value(key.mid(customPrefix.size()));
    if (key == QLatin1String("name")) return c.name;
    if (key == QLatin1String("kind")) return CustomerKinds::displayName(c.kind);
    if (key == QLatin1String("family_name")) return c.familyName;
    if (key == QLatin1String("given_name")) return c.givenName;
    if (key == QLatin1String("company")) return c.company;
    if (key == QLatin1String("industry")) return c.industry;
    if (key == QLatin1String("province")) return c.province;
    if (key == QLatin1String("city")) return c.city;
    if (key == QLatin1String("address")) return c.address;
    if (key == QLatin1String("postcode")) return c.postcode;
    if (key == QLatin1String("source")) return c.source;
    if (key == QLatin1String("level")) return c.level;
    if (key == QLatin1String("stage")) return CustomerStages::displayName(c.stage);
    if (key == QLatin1String("owner")) return c.owner;
    if (key == QLatin1String("birthday")) return dateText(c.birthday);
    if (key == QLatin1String("id_number")) return c.idNumber;
    if (key == QLatin1String("renewal_date")) return dateText(c.renewalDate);
    if (key == QLatin1String("notes")) return c.notes;
    return {};
}

bool MergeFields::differs(const QList<Customer>& records, const QString& key)
{
    QSet<QString> values;
    for (const Customer& c : records)
        values.insert(text(c, key).trimmed());
    return values.size() > 1;
}

MergeChoices MergeFields::defaults(const QList<Customer>& records)
{
    MergeChoices choices;
    if (records.isEmpty())
        return choices;
    // Most recently updated first, then the more complete record, then the survivor (stable sort keeps order).
    QList<int> order;
    for (int i = 0; i < records.size(); ++i)
        order.append(i);
    QList<int> filled;
    for (const Customer& c : records)
        filled.append(completeness(c));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (records[a].updatedAt != records[b].updatedAt)
            return records[a].updatedAt > records[b].updatedAt;
        return filled[a] > filled[b];
    });
    for (const QString& key : keys(records)) {
        qint64 chosen = records.first().id;
        for (const int i : order) {
            if (!text(records[i], key).trimmed().isEmpty()) {
                chosen = records[i].id;
                break;
            }
        }
        choices.insert(key, chosen);
    }
    QSet<QString> notes;
    for (const Customer& c : records)
        if (!c.notes.trimmed().isEmpty())
            notes.insert(c.notes.trimmed());
    if (notes.size() > 1)
        choices.insert(QStringLiteral("notes"), CombineNotes);
    return choices;
}

QString MergeFields::combinedNotes(const QList<Customer>& records)
{
    QStringList parts;
    for (const Customer& c : records) {
        const QString note = c.notes.trimmed();
        if (!note.isEmpty() && !parts.contains(note))
            parts.append(note);
    }
    return parts.join(QStringLiteral("\n\n"));
}

Result<Customer> MergeFields::survivor(const QList<Customer>& records, const MergeChoices& choices)
{
    if (records.isEmpty())
        return Result<Customer>::failure(tr("There is nothing to merge."), ErrorKind::Usage);
    const MergeChoices fallback = defaults(records);
    Customer merged = records.first();
    for (const QString& key : keys(records)) {
        const qint64 from = choices.value(key, fallback.value(key));
        if (key == QLatin1String("notes") && from == CombineNotes) {
            merged.notes = combinedNotes(records);
            continue;
        }
        const auto source = std::find_if(records.begin(), records.end(), [&](const Customer& c) { return c.id == from; });
        if (source == records.end())
            return Result<Customer>::failure(
                tr("The value chosen for %1 comes from a record that is not part of this merge.").arg(label(key)),
                ErrorKind::Usage);
        setField(&merged, *source, key);
    }
    for (auto it = choices.begin(); it != choices.end(); ++it)
        if (!keys(records).contains(it.key()) && !it.key().startsWith(customPrefix))
            return Result<Customer>::failure(tr("There is no field %1 to choose a value for.").arg(it.key()),
                                             ErrorKind::Usage);
    QStringList tags;
    for (const Customer& c : records)
        for (const QString& tag : c.tags)
            if (!tags.contains(tag))
                tags.append(tag);
    merged.tags = tags;
    return merged;
}

int MergeFields::defaultSurvivor(const QList<Customer>& records)
{
    int best = records.isEmpty() ? -1 : 0;
    for (int i = 1; i < records.size(); ++i) {
        const Customer& c = records[i];
        const Customer& b = records[best];
        if (c.createdAt < b.createdAt || (c.createdAt == b.createdAt && c.id < b.id))
            best = i;
    }
    return best;
}
