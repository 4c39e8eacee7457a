#include "ChurnDetector.h"

#include "SqlValue.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

ChurnDetector::Assessment ChurnDetector::assessDates(QList<QDate> dates, const Options& options)
{
    Assessment a;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    if (dates.isEmpty())
        return a;
    a.daysSinceLastOrder = int(dates.last().daysTo(options.asOf));
    if (dates.size() == 1) {
        a.limitDays = options.singleOrderDays;
    } else {
        QList<qint64> gaps;
        for (qsizetype i = 1; i < dates.size(); ++i)
            gaps.append(dates[i - 1].daysTo(dates[i]));
        std::sort(gaps.begin(), gaps.end());
        const qsizetype n = gaps.size();
        a.medianGapDays = n % 2 ? double(gaps[n / 2]) : (double(gaps[n / 2 - 1]) + double(gaps[n / 2])) / 2.0;
        a.limitDays = options.gapMultiple * a.medianGapDays;
    }
    a.atRisk = a.daysSinceLastOrder > a.limitDays;
    return a;
}

Result<QList<ChurnDetector::Assessment>> ChurnDetector::assess(const Options& options)
{
    using R = Result<QList<Assessment>>;
    if (!options.asOf.isValid())
        return R::failure(tr("The as-of date is missing or invalid."), ErrorKind::Usage);
    // Codes once per customer, not once per order row (the driver converts every selected column).
    QHash<qint64, QString> codes;
    {
        QSqlQuery codeQuery(m_db);
        codeQuery.setForwardOnly(true);
        if (!codeQuery.exec(QStringLiteral("SELECT id, code FROM customers")))
            return R::failure(SqlValue::describe(codeQuery));
        while (codeQuery.next())
            codes.insert(codeQuery.value(0).toLongLong(), codeQuery.value(1).toString());
    }
    // Streams the orders in (customer, date) order: the orders_customer index covers both, no sort step.
    // The date arrives as a Julian day number, so no 'YYYY-MM-DD' text is parsed per order.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT customer_id, CAST(julianday(order_date) + 0.5 AS INTEGER) FROM orders"
                                 " WHERE order_date <= ? ORDER BY customer_id, order_date"));
    query.addBindValue(SqlValue::fromDate(options.asOf));
    QString error;
    if (!SqlValue::exec(query, &error))
        return R::failure(error);
    QList<Assessment> result;
    qint64 current = 0;
    QString code;
    QList<QDate> dates;
    const auto flush = [&] {
        if (dates.isEmpty())
            return;
        Assessment a = assessDates(dates, options);
        a.customerId = current;
        a.code = code;
        result.append(std::move(a));
        dates.clear();
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != current) {
            flush();
            current = id;
            code = codes.value(id);
        }
        dates.append(QDate::fromJulianDay(query.value(1).toLongLong()));
    }
    flush();
    if (query.lastError().isValid())
        return R::failure(SqlValue::describe(query));
    return result;
}
