#include "RecordSnapshot.h"

#include "CustomerKind.h"
#include "CustomerStage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString date(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate toDate(const QJsonValue& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
QString time(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime toTime(const QJsonValue& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC(); }
} // namespace

QJsonObject RecordSnapshot::customerFields(const Customer& c)
{
    QJsonObject fields;
    for (auto it = c.customFields.constBegin(); it != c.customFields.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    return {
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), CustomerKinds::toKey(c.kind)},
        {QStringLiteral("family_name"), c.familyName},
        {QStringLiteral("given_name"), c.givenName},
        {QStringLiteral("company"), c.company},
        {QStringLiteral("industry"), c.industry},
        {QStringLiteral("province"), c.province},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("postcode"), c.postcode},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("level"), c.level},
        {QStringLiteral("stage"), CustomerStages::toKey(c.stage)},
        {QStringLiteral("owner"), c.owner},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("birthday"), date(c.birthday)},
        {QStringLiteral("id_number"), c.idNumber},
        {QStringLiteral("renewal_date"), date(c.renewalDate)},
        {QStringLiteral("custom_fields"), fields},
        {QStringLiteral("created_at"), time(c.createdAt)},
        {QStringLiteral("updated_at"), time(c.updatedAt)},
        {QStringLiteral("version"), c.version},
    };
}

QByteArray RecordSnapshot::customer(const Customer& c, const QList<Contact>& contacts)
{
    QJsonArray people;
    for (const Contact& k : contacts)
        people.append(QJsonObject{{QStringLiteral("name"), k.name},     {QStringLiteral("title"), k.title},
                                  {QStringLiteral("mobile"), k.mobile}, {QStringLiteral("phone"), k.phone},
                                  {QStringLiteral("email"), k.email},   {QStringLiteral("wechat"), k.wechat},
                                  {QStringLiteral("birthday"), date(k.birthday)}, {QStringLiteral("primary"), k.isPrimary}});
    QJsonObject o = customerFields(c);
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("contacts"), people);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool RecordSnapshot::readCustomer(const QByteArray& json, Customer* customer, QList<Contact>* contacts)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    Customer c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    c.code = o.value(QStringLiteral("code")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.kind = CustomerKinds::fromText(o.value(QStringLiteral("kind")).toString()).value_or(CustomerKind::Company);
    c.familyName = o.value(QStringLiteral("family_name")).toString();
    c.givenName = o.value(QStringLiteral("given_name")).toString();
    c.company = o.value(QStringLiteral("company")).toString();
    c.industry = o.value(QStringLiteral("industry")).toString();
    c.province = o.value(QStringLiteral("province")).toString();
    c.city = o.value(QStringLiteral("city")).toString();
    c.address = o.value(QStringLiteral("address")).toString();
    c.postcode = o.value(QStringLiteral("postcode")).toString();
    c.source = o.value(QStringLiteral("source")).toString();
    c.level = o.value(QStringLiteral("level")).toString();
    c.stage = CustomerStages::fromText(o.value(QStringLiteral("stage")).toString()).value_or(CustomerStage::Lead);
    c.owner = o.value(QStringLiteral("owner")).toString();
    for (const QJsonValue& tag : o.value(QStringLiteral("tags")).toArray())
        c.tags.append(tag.toString());
    c.notes = o.value(QStringLiteral("notes")).toString();
    c.birthday = toDate(o.value(QStringLiteral("birthday")));
    c.idNumber = o.value(QStringLiteral("id_number")).toString();
    c.renewalDate = toDate(o.value(QStringLiteral("renewal_date")));
    const QJsonObject fields = o.value(QStringLiteral("custom_fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.customFields.insert(it.key(), it.value().toString());
    c.createdAt = toTime(o.value(QStringLiteral("created_at")));
    c.updatedAt = toTime(o.value(QStringLiteral("updated_at")));
    c.version = o.value(QStringLiteral("version")).toInt();
    QList<Contact> people;
    for (const QJsonValue& v : o.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject k = v.toObject();
        Contact contact;
        contact.customerId = c.id;
        contact.name = k.value(QStringLiteral("name")).toString();
        contact.title = k.value(QStringLiteral("title")).toString();
        contact.mobile = k.value(QStringLiteral("mobile")).toString();
        contact.phone = k.value(QStringLiteral("phone")).toString();
        contact.email = k.value(QStringLiteral("email")).toString();
        contact.wechat = k.value(QStringLiteral("wechat")).toString();
        contact.birthday = toDate(k.value(QStringLiteral("birthday")));
        contact.isPrimary = k.value(QStringLiteral("primary")).toBool();
        people.append(contact);
    }
    *customer = c;
    *contacts = people;
    return true;
}

QByteArray RecordSnapshot::order(const Order& o)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), o.id},
                                     {QStringLiteral("customer_id"), o.customerId},
                                     {QStringLiteral("order_no"), o.orderNo},
                                     {QStringLiteral("date"), date(o.date)},
                                     {QStringLiteral("amount_cents"), o.amountCents},
                                     {QStringLiteral("currency"), o.currency},
                                     {QStringLiteral("product"), o.product}})
        .toJson(QJsonDocument::Compact);
}

bool RecordSnapshot::readOrder(const QByteArray& json, Order* order)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    order->id = o.value(QStringLiteral("id")).toInteger();
    order->customerId = o.value(QStringLiteral("customer_id")).toInteger();
    order->orderNo = o.value(QStringLiteral("order_no")).toString();
    order->date = toDate(o.value(QStringLiteral("date")));
    order->amountCents = o.value(QStringLiteral("amount_cents")).toInteger();
    order->currency = o.value(QStringLiteral("currency")).toString();
    order->product = o.value(QStringLiteral("product")).toString();
    return true;
}
