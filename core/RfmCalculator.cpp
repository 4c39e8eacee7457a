#include "RfmCalculator.h"

#include "SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

Result<QList<RfmValues>> RfmCalculator::compute(const Options& options)
{
    if (!options.asOf.isValid())
        return Result<QList<RfmValues>>::failure(tr("The as-of date is missing or invalid."), ErrorKind::Usage);
    // Dates are ISO text, so text comparison is date comparison. The join conditions (not WHERE) keep
    // customers whose orders all fall outside the window; the orders_customer index serves the join.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool windowed = options.windowStart.isValid();
    query.prepare(QStringLiteral("SELECT c.id, c.code, MAX(o.order_date), COUNT(o.id), COALESCE(SUM(o.amount_cents), 0)"
                                 " FROM customers c LEFT JOIN orders o"
                                 " ON o.customer_id = c.id AND o.order_date <= ?%1"
                                 " GROUP BY c.id ORDER BY c.id")
                      .arg(windowed ? QStringLiteral(" AND o.order_date >= ?") : QString()));
    query.addBindValue(SqlValue::fromDate(options.asOf));
    if (windowed)
        query.addBindValue(SqlValue::fromDate(options.windowStart));
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QList<RfmValues>>::failure(error);

    QList<RfmValues> result;
    while (query.next()) {
        RfmValues v;
        v.customerId = query.value(0).toLongLong();
        v.code = query.value(1).toString();
        v.frequency = query.value(3).toLongLong();
        v.monetaryCents = query.value(4).toLongLong();
        if (v.frequency > 0) {
            v.lastOrder = SqlValue::toDate(query.value(2));
            v.recencyDays = int(v.lastOrder.daysTo(options.asOf));
        }
        result.append(std::move(v));
    }
    if (query.lastError().isValid())
        return Result<QList<RfmValues>>::failure(SqlValue::describe(query));
    return result;
}
