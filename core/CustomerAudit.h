#pragma once

#include "Contact.h"
#include "Customer.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>

// Field-level history of customers, written into the audit log by the normal write paths
// (CustomerRepository::insert/update, Archive::saveCustomer for contacts) inside their transaction.
// Field keys are RecordSnapshot's model names ("name", "city", "stage" ...), "tags" (JSON array),
// "custom:<field name>" and "contacts" (JSON array in RecordSnapshot's contact form).
namespace CustomerAudit {
Status recordCreate(QSqlDatabase& db, const Customer& created);
// One "update" row per changed field; nothing when nothing changed.
Status recordUpdate(QSqlDatabase& db, const Customer& before, const Customer& after);
Status recordContacts(QSqlDatabase& db, const Customer& customer, const QList<Contact>& before,
                      const QList<Contact>& after);
// The stored text of the contacts field.
QString contactsValue(const QList<Contact>& contacts);
// Key prefix of custom fields.
inline const QString customPrefix = QStringLiteral("custom:");
} // namespace CustomerAudit
