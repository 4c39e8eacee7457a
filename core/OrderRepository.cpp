#include "OrderRepository.h"

#include "CustomerOwnership.h"
#include "SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

Result<Order> OrderRepository::insert(const Order& order)
{
    const QString orderNo = order.orderNo.trimmed();
    if (orderNo.isEmpty())
        return Result<Order>::failure(tr("An order needs an order number."), ErrorKind::Usage);
    if (!order.date.isValid())
        return Result<Order>::failure(tr("Order %1 has no valid date.").arg(orderNo), ErrorKind::Usage);
    if (Status allowed = CustomerOwnership(m_db).check(order.customerId, Permission::Edit); !allowed)
        return Result<Order>::failure(allowed.error(), allowed.errorKind());
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM orders WHERE order_no = ?"));
    exists.addBindValue(orderNo);
    if (exists.exec() && exists.next())
        return Result<Order>::failure(tr("The order number %1 already exists.").arg(orderNo), ErrorKind::Duplicate);

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO orders(order_no, customer_id, order_date, amount_cents, currency, product)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(orderNo);
    insert.addBindValue(order.customerId);
    insert.addBindValue(SqlValue::fromDate(order.date));
    insert.addBindValue(order.amountCents);
    insert.addBindValue(order.currency.isEmpty() ? QStringLiteral("CNY") : order.currency);
    insert.addBindValue(SqlValue::fromText(order.product));
    QString error;
    if (!SqlValue::exec(insert, &error))
        return Result<Order>::failure(tr("Cannot save order %1: %2").arg(orderNo, error));
    Order stored = order;
    stored.orderNo = orderNo;
    stored.id = insert.lastInsertId().toLongLong();
    return stored;
}

Result<QList<Order>> OrderRepository::forCustomer(qint64 customerId, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, order_no, order_date, amount_cents, currency, product FROM orders"
                                 " WHERE customer_id = ? ORDER BY order_date DESC, id DESC LIMIT ?"));
    query.addBindValue(customerId);
    query.addBindValue(limit);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QList<Order>>::failure(error);
    QList<Order> result;
    while (query.next()) {
        Order order;
        order.id = query.value(0).toLongLong();
        order.customerId = customerId;
        order.orderNo = query.value(1).toString();
        order.date = SqlValue::toDate(query.value(2));
        order.amountCents = query.value(3).toLongLong();
        order.currency = query.value(4).toString();
        order.product = query.value(5).toString();
        result.append(order);
    }
    return result;
}

Result<OrderTotals> OrderRepository::totalsForCustomer(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*), coalesce(sum(amount_cents), 0), min(order_date), max(order_date)"
                                 " FROM orders WHERE customer_id = ?"));
    query.addBindValue(customerId);
    QString error;
    if (!SqlValue::exec(query, &error) || !query.next())
        return Result<OrderTotals>::failure(error);
    OrderTotals totals;
    totals.count = query.value(0).toLongLong();
    totals.amountCents = query.value(1).toLongLong();
    totals.firstDate = SqlValue::toDate(query.value(2));
    totals.lastDate = SqlValue::toDate(query.value(3));
    return totals;
}

Result<Order> OrderRepository::findById(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, customer_id, order_no, order_date, amount_cents, currency, product FROM orders"
                                 " WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<Order>::failure(error);
    if (!query.next())
        return Result<Order>::failure(tr("There is no order with id %1.").arg(id), ErrorKind::NotFound);
    Order o;
    o.id = query.value(0).toLongLong();
    o.customerId = query.value(1).toLongLong();
    o.orderNo = query.value(2).toString();
    o.date = SqlValue::toDate(query.value(3));
    o.amountCents = query.value(4).toLongLong();
    o.currency = query.value(5).toString();
    o.product = query.value(6).toString();
    return o;
}

Result<qint64> OrderRepository::idOfOrderNo(const QString& orderNo)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM orders WHERE order_no = ?"));
    query.addBindValue(orderNo.trimmed());
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<qint64>::failure(error);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Status OrderRepository::update(const Order& order)
{
    if (Status allowed = CustomerOwnership(m_db).check(order.customerId, Permission::Edit); !allowed)
        return allowed;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE orders SET customer_id = ?, order_no = ?, order_date = ?, amount_cents = ?,"
                                 " currency = ?, product = ? WHERE id = ?"));
    query.addBindValue(order.customerId);
    query.addBindValue(order.orderNo.trimmed());
    query.addBindValue(SqlValue::fromDate(order.date));
    query.addBindValue(order.amountCents);
    query.addBindValue(order.currency.isEmpty() ? QStringLiteral("CNY") : order.currency);
    query.addBindValue(SqlValue::fromText(order.product));
    query.addBindValue(order.id);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Status::failure(tr("Cannot save order %1: %2").arg(order.orderNo, error));
    return {};
}

Status OrderRepository::remove(qint64 id)
{
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM orders WHERE id = ?"), {id});
}

Status OrderRepository::removeRange(qint64 firstId, qint64 lastId)
{
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM orders WHERE id BETWEEN ? AND ?"), {firstId, lastId});
}
