#pragma once

#include "Contact.h"
#include "Customer.h"
#include "Interaction.h"
#include "Order.h"
#include "Result.h"
#include "SearchIndex.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>

// Writes many complete records fast, for bulk work such as demo data and imports: prepared statements on
// the raw SQLite connection reused for every row, no per-row look-ups. The caller owns the surrounding transaction and
// must give every customer a code; finish() then moves the code counter past the codes used.
class BulkCustomerWriter {
    Q_DECLARE_TR_FUNCTIONS(BulkCustomerWriter)

public:
    explicit BulkCustomerWriter(QSqlDatabase& db);

    Status prepare();
    // Stored as given (times and version included, name sort key computed); returns the new id.
    Result<qint64> addCustomer(const Customer& customer);
    Status addContact(qint64 customerId, const Contact& contact);
    Result<qint64> addInteraction(qint64 customerId, const Interaction& interaction);
    Result<qint64> addOrder(qint64 customerId, const Order& order);
    Status addCustomFieldValue(qint64 customerId, qint64 fieldId, const QString& value);
    // The id of the customer with this code, 0 when there is none.
    Result<qint64> idOfCode(const QString& code);
    // Sets the code counter to `nextNumber` unless it is already further on and indexes the new customers
    // for search, running `meanwhile` on the way (see SearchIndex::refresh). `carryOn` returning false
    // cancels the search index update (error kind Cancelled).
    Status finish(qint64 nextNumber, const std::function<bool()>& carryOn = {},
                  const SearchIndex::Meanwhile& meanwhile = {});

private:
    Result<qint64> userId(const QString& login);
    Result<qint64> tagId(const QString& name);
    Status run(SqliteStatement& statement);
    Status run(QSqlQuery& query);
    const QString& timeText(const QDateTime& time);

    QSqlDatabase& m_db;
    SqliteStatement m_customer;
    SqliteStatement m_contact;
    SqliteStatement m_interaction;
    SqliteStatement m_order;
    SqliteStatement m_customerTag;
    SqliteStatement m_fieldValue;
    SqliteStatement m_idOfCode;
    // Bulk rows share their creation time: formatted once.
    QDateTime m_lastTime;
    QString m_lastTimeText;
    QHash<QString, qint64> m_userIds;
    QHash<QString, qint64> m_tagIds;
};
