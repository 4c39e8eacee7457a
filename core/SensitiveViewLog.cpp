#include "SensitiveViewLog.h"

#include "AccessPolicy.h"
#include "AuditLog.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

QStringList SensitiveViewLog::shownFields(const Customer& customer, const QList<Contact>& contacts)
{
    QStringList fields;
    const auto any = [&](auto member) {
        return std::any_of(contacts.begin(), contacts.end(), [&](const Contact& c) { return !(c.*member).isEmpty(); });
    };
    if (!customer.idNumber.isEmpty())
        fields << QStringLiteral("id_number");
    if (any(&Contact::mobile))
        fields << QStringLiteral("mobile");
    if (any(&Contact::phone))
        fields << QStringLiteral("phone");
    if (any(&Contact::email))
        fields << QStringLiteral("email");
    QSqlQuery orders(m_db);
    orders.prepare(QStringLiteral("SELECT 1 FROM orders WHERE customer_id = ? LIMIT 1"));
    orders.addBindValue(customer.id);
    if (orders.exec() && orders.next())
        fields << QStringLiteral("order_amounts");
    return fields;
}

Result<bool> SensitiveViewLog::recentlyRecorded(qint64 customerId, qint64 userId)
{
    // audit_log_entity (entity, entity_id, id) finds the customer's few rows; the newest view decides.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT at FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND action = ?"
                             " AND user_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(customerId);
    q.addBindValue(AuditActions::viewSensitive);
    q.addBindValue(userId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<bool>::failure(error);
    if (!q.next())
        return false;
    const QDateTime last = SqlValue::toDateTime(q.value(0));
    return last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < quietSeconds;
}

Result<bool> SensitiveViewLog::record(const Customer& customer, const QList<Contact>& contacts, const QString& where)
{
    const AccessPolicy policy = AccessPolicy::forConnection(m_db);
    if (policy.isUnrestricted() || customer.id <= 0 || policy.masksSensitiveOf(policy.ownerIdOf(customer.owner)))
        return false;
    const QStringList fields = shownFields(customer, contacts);
    if (fields.isEmpty())
        return false;
    const auto recent = recentlyRecorded(customer.id, policy.user().id);
    if (!recent)
        return Result<bool>::failure(recent.error());
    if (*recent)
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<bool>::failure(tr("The archive is busy or read-only; the view was not logged."));
    AuditEntry entry;
    entry.action = AuditActions::viewSensitive;
    entry.entity = QStringLiteral("customer");
    entry.entityId = customer.id;
    entry.entityCode = customer.code;
    entry.field = fields.join(QLatin1Char(','));
    entry.detail = where;
    if (Status s = AuditLog(m_db).record(entry); !s)
        return Result<bool>::failure(s.error());
    if (!transaction.commit())
        return Result<bool>::failure(tr("The archive refused the audit entry."));
    return true;
}
