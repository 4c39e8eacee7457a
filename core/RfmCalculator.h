#pragma once

#include "Result.h"
#include "SegmentModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Computes recency, frequency and monetary value for every customer of an archive, from the orders table,
// in one streaming query grouped by customer (no order is loaded into memory).
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

private:
    QSqlDatabase& m_db;
};
