#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

// Freezes a customer row and every row that hangs off it (all tables with a foreign key to customers:
// contacts, follow-ups, orders, tasks, tags, custom field values, aliases, segment memberships, and whatever
// a later schema adds) into JSON, and puts them back. Generic over the columns, so a row comes back exactly,
// and a column added by a later schema step is kept (or takes its default when it is new).
// No transaction here: the caller (RecycleBin) holds one.
class CustomerFreezer {
    Q_DECLARE_TR_FUNCTIONS(CustomerFreezer)

public:
    explicit CustomerFreezer(QSqlDatabase& db) : m_db(db) {}

    Result<QJsonObject> freeze(qint64 customerId); // NotFound when there is no such customer

    struct Thawed {
        qint64 customerId = 0; // the frozen id, or a new one when another customer took it meanwhile
        int droppedRows = 0;   // rows whose other parent (a tag, a custom field, a snapshot) is gone
    };
    // Inserts the customer and its rows. Fails with ErrorKind::Duplicate when its code is now used by
    // another customer (nothing is inserted then).
    Result<Thawed> thaw(const QJsonObject& frozen);

private:
    QSqlDatabase& m_db;
};
