#include "CustomerJson.h"

#include "CustomerKind.h"
#include "CustomerStage.h"
#include "InteractionType.h"
#include "RecordSnapshot.h"

namespace {
QJsonValue date(const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue time(const QDateTime& t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(); }
} // namespace

QJsonObject CustomerJson::customer(const Customer& c)
{
    // The same field names as import mappings and undo snapshots; dates empty -> null for scripts.
    QJsonObject object = RecordSnapshot::customerFields(c);
    for (const char* key : {"birthday", "renewal_date", "created_at", "updated_at"})
        if (object.value(QLatin1String(key)).toString().isEmpty())
            object.insert(QLatin1String(key), QJsonValue());
    return object;
}

QJsonObject CustomerJson::contact(const Contact& c)
{
    return {
        {QStringLiteral("name"), c.name},       {QStringLiteral("title"), c.title},
        {QStringLiteral("mobile"), c.mobile},   {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},     {QStringLiteral("wechat"), c.wechat},
        {QStringLiteral("birthday"), date(c.birthday)}, {QStringLiteral("primary"), c.isPrimary},
    };
}

QJsonObject CustomerJson::interaction(const Interaction& i)
{
    return {
        {QStringLiteral("type"), InteractionTypes::toKey(i.type)},
        {QStringLiteral("happened_at"), time(i.happenedAt)},
        {QStringLiteral("author"), i.author},
        {QStringLiteral("content"), i.content},
        {QStringLiteral("next_date"), date(i.nextDate)},
    };
}

QJsonObject CustomerJson::orderTotals(const OrderTotals& t)
{
    return {
        {QStringLiteral("count"), t.count},
        {QStringLiteral("total_cents"), t.amountCents},
        {QStringLiteral("total"), double(t.amountCents) / 100.0},
        {QStringLiteral("first_date"), date(t.firstDate)},
        {QStringLiteral("last_date"), date(t.lastDate)},
    };
}

QJsonObject CustomerJson::listRow(const CustomerListRow& r)
{
    return {
        {QStringLiteral("code"), r.code},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("kind"), CustomerKinds::toKey(r.kind)},
        {QStringLiteral("stage"), CustomerStages::toKey(r.stage)},
        {QStringLiteral("owner"), r.owner},
        {QStringLiteral("province"), r.province},
        {QStringLiteral("city"), r.city},
        {QStringLiteral("industry"), r.industry},
        {QStringLiteral("level"), r.level},
        {QStringLiteral("phone"), r.primaryPhone},
        {QStringLiteral("updated_at"), time(r.updatedAt)},
    };
}
