#pragma once

#include "Order.h"
#include "OrderTotals.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class OrderRepository {
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(QSqlDatabase& db) : m_db(db) {}

    Result<Order> insert(const Order& order); // ErrorKind::Duplicate when the order number exists
    Result<QList<Order>> forCustomer(qint64 customerId, int limit = -1); // newest first
    Result<OrderTotals> totalsForCustomer(qint64 customerId);

    Result<Order> findById(qint64 id);
    Result<qint64> idOfOrderNo(const QString& orderNo); // 0 when there is none
    Status update(const Order& order);                  // all columns by id
    Status remove(qint64 id);
    Status removeRange(qint64 firstId, qint64 lastId);

private:
    QSqlDatabase& m_db;
};
