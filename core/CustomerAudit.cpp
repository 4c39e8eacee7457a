#include "CustomerAudit.h"

#include "AuditLog.h"
#include "RecordSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace {
// Bookkeeping the storage changes on every save: not a user's edit.
bool isBookkeeping(const QString& key)
{
    return key == QLatin1String("created_at") || key == QLatin1String("updated_at") ||
           key == QLatin1String("version");
}

QString valueText(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// Field key -> stored text, custom fields flattened to "custom:<name>".
QMap<QString, QString> flatten(const Customer& customer)
{
    QMap<QString, QString> values;
    const QJsonObject fields = RecordSnapshot::customerFields(customer);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (isBookkeeping(it.key()))
            continue;
        if (it.key() == QLatin1String("custom_fields")) {
            const QJsonObject custom = it.value().toObject();
            for (auto c = custom.begin(); c != custom.end(); ++c)
                values.insert(CustomerAudit::customPrefix + c.key(), c.value().toString());
            continue;
        }
        values.insert(it.key(), valueText(it.value()));
    }
    return values;
}
} // namespace

namespace CustomerAudit {

Status recordCreate(QSqlDatabase& db, const Customer& created)
{
    AuditEntry entry;
    entry.action = AuditActions::create;
    entry.entity = QStringLiteral("customer");
    entry.entityId = created.id;
    entry.entityCode = created.code;
    entry.newValue = created.name;
    return AuditLog(db).record(entry);
}

Status recordUpdate(QSqlDatabase& db, const Customer& before, const Customer& after)
{
    const QMap<QString, QString> old = flatten(before);
    const QMap<QString, QString> now = flatten(after);
    QSet<QString> keys;
    for (auto it = old.begin(); it != old.end(); ++it)
        keys.insert(it.key());
    for (auto it = now.begin(); it != now.end(); ++it)
        keys.insert(it.key());
    QStringList ordered(keys.begin(), keys.end());
    ordered.sort();
    AuditLog log(db);
    for (const QString& key : ordered) {
        const QString oldValue = old.value(key);
        const QString newValue = now.value(key);
        if (oldValue == newValue)
            continue;
        AuditEntry entry;
        entry.action = AuditActions::update;
        entry.entity = QStringLiteral("customer");
        entry.entityId = after.id;
        entry.entityCode = after.code;
        entry.field = key;
        entry.oldValue = oldValue.isNull() ? QStringLiteral("") : oldValue;
        entry.newValue = newValue.isNull() ? QStringLiteral("") : newValue;
        entry.detail = QStringLiteral("version %1").arg(after.version);
        if (Status s = log.record(entry); !s)
            return s;
    }
    return {};
}

QString contactsValue(const QList<Contact>& contacts)
{
    const QJsonObject snapshot = QJsonDocument::fromJson(RecordSnapshot::customer(Customer{}, contacts)).object();
    return valueText(snapshot.value(QStringLiteral("contacts")));
}

Status recordContacts(QSqlDatabase& db, const Customer& customer, const QList<Contact>& before,
                      const QList<Contact>& after)
{
    const QString oldValue = contactsValue(before);
    const QString newValue = contactsValue(after);
    if (oldValue == newValue)
        return {};
    AuditEntry entry;
    entry.action = AuditActions::update;
    entry.entity = QStringLiteral("customer");
    entry.entityId = customer.id;
    entry.entityCode = customer.code;
    entry.field = QStringLiteral("contacts");
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.detail = QStringLiteral("version %1").arg(customer.version);
    return AuditLog(db).record(entry);
}

} // namespace CustomerAudit
