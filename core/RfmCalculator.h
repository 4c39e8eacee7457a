#pragma once

#include "OrderHistoryScan.h"
#include "Result.h"
#include "SegmentModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Computes recency, frequency and monetary value for every customer of an archive, from one sequential read
// of the orders in (customer, date) order (OrderHistoryScan; no order is kept in memory).
//  - recency_days = asOf - date of the last order on or before asOf
//  - frequency    = number of orders (two orders on the same day are two orders)
//  - monetary     = sum of amount_cents
// Orders after asOf never count, so a past as-of date shows the archive as it was. With windowStart set
// only orders on or after it count. Customers without counted orders are included with frequency 0.
class RfmCalculator {
    Q_DECLARE_TR_FUNCTIONS(RfmCalculator)

public:
    struct Options {
        QDate asOf;        // required
        QDate windowStart; // invalid = all orders up to asOf
    };

    explicit RfmCalculator(QSqlDatabase& db) : m_db(db) {}

    // In customer id order.
    Result<QList<RfmValues>> compute(const Options& options);
    // The same; `alsoEach` also gets every customer's orders from the same read (the dashboard assesses churn
    // from them instead of reading the orders a second time).
    Result<QList<RfmValues>> compute(const Options& options,
                                     const std::function<void(const OrderHistoryScan::Customer&)>& alsoEach);

private:
    QSqlDatabase& m_db;
};
