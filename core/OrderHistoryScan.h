#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <functional>
#include <optional>
#include <vector>

// One sequential read of the orders up to an as-of date, handed over one customer at a time in customer id
// order. The covering index orders(customer_id, order_date, amount_cents) delivers the rows already in
// (customer, date) order without touching the table, and the raw SQLite connection is read directly (no
// QVariant per value, no date text parsed by QDate): RfmCalculator and ChurnDetector both read the orders
// this way, and the segment dashboard computes both from one read.
class OrderHistoryScan {
    Q_DECLARE_TR_FUNCTIONS(OrderHistoryScan)

public:
    struct Customer {
        qint64 customerId = 0;
        qint64 orders = 0;        // every order, two on one day are two
        qint64 amountCents = 0;   // their sum
        std::vector<qint64> days; // Julian day of each order, ascending, repeated days kept
        QDate lastOrder;          // the date of the last order (invalid if its stored text is no date)
    };

    // Orders dated on or before `asOf` (and on or after `windowStart` when valid). `each` is called for every
    // customer with at least one such order; the Customer it gets is reused for the next one.
    static Status run(QSqlDatabase& db, const QDate& asOf, const QDate& windowStart,
                      const std::function<void(const Customer&)>& each);

    // The Julian day of an ISO date text ('YYYY-MM-DD', as the archive stores order dates), or nullopt.
    static std::optional<qint64> julianDay(const char* text, int length);
};
