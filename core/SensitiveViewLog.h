#pragma once

#include "Contact.h"
#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Seeing a customer's sensitive fields unmasked is traced (AuditActions::viewSensitive): the detail pane and
// `dossier-cli show` record which fields a signed-in user saw. List and search rows are not traced one by one
// (docs/security.md). One entry per user and customer per quarter of an hour, so clicking back and forth
// through a list does not flood the log; nothing is written for a personal archive without sign-in, for a
// customer without sensitive values, or for a user who sees them masked.
class SensitiveViewLog {
    Q_DECLARE_TR_FUNCTIONS(SensitiveViewLog)

public:
    static constexpr int quietSeconds = 15 * 60;

    explicit SensitiveViewLog(QSqlDatabase& db) : m_db(db) {}

    // `where` names the place it was shown ("detail", "cli show"), stored as the entry's detail.
    // Returns whether an entry was written.
    Result<bool> record(const Customer& customer, const QList<Contact>& contacts, const QString& where);

    // The sensitive field keys that hold a value: id_number, mobile, phone, email (of any contact) and
    // order_amounts when the customer has orders.
    QStringList shownFields(const Customer& customer, const QList<Contact>& contacts);

private:
    Result<bool> recentlyRecorded(qint64 customerId, qint64 userId);

    QSqlDatabase& m_db;
};
