#include "CustomerHistory.h"

#include "Archive.h"
#include "AuditLog.h"
#include "CustomerAudit.h"
#include "RecordSnapshot.h"
#include "SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <optional>

namespace {
const QString customerEntity = QStringLiteral("customer");

Result<AuditEntry> findEntry(QSqlDatabase& db, qint64 entryId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT action, entity, entity_id, entity_code, field, old_value FROM audit_log WHERE id = ?"));
    q.addBindValue(entryId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<AuditEntry>::failure(error);
    if (!q.next())
        return Result<AuditEntry>::failure(CustomerHistory::tr("There is no history entry %1.").arg(entryId),
                                           ErrorKind::NotFound);
    AuditEntry e;
    e.id = entryId;
    e.action = q.value(0).toString();
    e.entity = q.value(1).toString();
    e.entityId = q.value(2).toLongLong();
    e.entityCode = q.value(3).toString();
    e.field = q.value(4).toString();
    e.oldValue = q.value(5).isNull() ? QString() : q.value(5).toString();
    return e;
}

// The recycle bin entry a delete, restore or purge names (RecycleBin::auditReference), which pairs a restore
// with the delete it undoes.
QStringView binEntryOf(const AuditEntry& entry)
{
    QStringView detail(entry.detail);
    const qsizetype end = detail.indexOf(u';');
    return end < 0 ? detail : detail.left(end);
}

// Entries newest first, of the current customer's life under its id only. It began at its creation, or where
// an earlier customer's delete (not undone by a restore this walk has passed) or purge ended that one's. A
// restore brings the customer back after whatever rows other customers left under the id meanwhile: those are
// skipped up to the delete it undoes. The creation time alone cannot tell: a customer created in the same
// millisecond as the previous holder's deletion, or on a PC whose clock is behind (an archive on a shared
// drive), would show that customer's rows as its own.
QList<AuditEntry> currentLifeOf(const QList<AuditEntry>& newestFirst)
{
    QList<AuditEntry> own;
    std::optional<QStringView> skippingToDeleteOf;
    for (const AuditEntry& entry : newestFirst) {
        if (skippingToDeleteOf) {
            if (entry.action == AuditActions::remove && binEntryOf(entry) == *skippingToDeleteOf) {
                skippingToDeleteOf.reset();
                own.append(entry);
            }
            continue;
        }
        if (entry.action == AuditActions::remove || entry.action == AuditActions::purge)
            break;
        own.append(entry);
        if (entry.action == AuditActions::create)
            break;
        if (entry.action == AuditActions::restore)
            skippingToDeleteOf = binEntryOf(entry);
    }
    return own;
}

QJsonArray parseArray(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}
} // namespace

bool CustomerHistory::isRestorable(const AuditEntry& entry)
{
    return entry.entity == customerEntity && entry.action == AuditActions::update && !entry.field.isEmpty();
}

Result<QList<AuditEntry>> CustomerHistory::forCustomer(qint64 customerId)
{
    AuditQuery query;
    query.entity = customerEntity;
    query.entityId = customerId;
    auto rows = AuditLog(m_archive.database().connection()).list(query);
    if (!rows)
        return rows;
    const auto customer = m_archive.customers().findById(customerId);
    if (!customer || !customer->createdAt.isValid())
        return rows; // deleted: everything recorded under its id
    QList<AuditEntry> own;
    for (const AuditEntry& entry : currentLifeOf(*rows))
        if (entry.at >= customer->createdAt)
            own.append(entry);
    return own;
}

Result<Customer> CustomerHistory::restoreValue(qint64 entryId, int expectedVersion)
{
    using R = Result<Customer>;
    const auto entry = findEntry(m_archive.database().connection(), entryId);
    if (!entry)
        return R::failure(entry.error(), entry.errorKind());
    if (!isRestorable(*entry))
        return R::failure(tr("History entry %1 is not a field change; there is no value to restore.").arg(entryId),
                          ErrorKind::Usage);
    auto current = m_archive.customers().findById(entry->entityId);
    if (!current)
        return R::failure(current.errorKind() == ErrorKind::NotFound
                              ? tr("Customer %1 no longer exists; restore it from the recycle bin first.")
                                    .arg(entry->entityCode)
                              : current.error(),
                          current.errorKind());
    auto contacts = m_archive.contacts().forCustomer(current->id);
    if (!contacts)
        return R::failure(contacts.error());

    // Set the field in the record's JSON form and read it back: one mapping of keys to members (RecordSnapshot).
    QJsonObject record = QJsonDocument::fromJson(RecordSnapshot::customer(*current, *contacts)).object();
    const QString& field = entry->field;
    const QString& value = entry->oldValue;
    if (field == QLatin1String("contacts") || field == QLatin1String("tags")) {
        record.insert(field, parseArray(value));
    } else if (field.startsWith(CustomerAudit::customPrefix)) {
        QJsonObject custom = record.value(QStringLiteral("custom_fields")).toObject();
        const QString name = field.mid(CustomerAudit::customPrefix.size());
        if (value.isEmpty())
            custom.remove(name);
        else
            custom.insert(name, value);
        record.insert(QStringLiteral("custom_fields"), custom);
    } else if (record.contains(field) && field != QLatin1String("id") && field != QLatin1String("version")) {
        record.insert(field, value);
    } else {
        return R::failure(tr("The field %1 cannot be restored.").arg(field), ErrorKind::Usage);
    }
    Customer restored;
    QList<Contact> restoredContacts;
    if (!RecordSnapshot::readCustomer(QJsonDocument(record).toJson(QJsonDocument::Compact), &restored, &restoredContacts))
        return R::failure(tr("History entry %1 is damaged.").arg(entryId));
    restored.id = current->id;
    restored.version = expectedVersion > 0 ? expectedVersion : current->version;
    // Other fields' contacts keep their ids; only a restored contact list replaces them.
    return m_archive.saveCustomer(restored, field == QLatin1String("contacts") ? restoredContacts : *contacts);
}
