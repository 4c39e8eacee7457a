#pragma once

#include "OrderHistoryScan.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Churn risk from each customer's own rhythm: a customer is at risk when the days since the last order
// exceed `gapMultiple` times the median gap between their purchase days. Gaps are between DISTINCT order
// dates (two orders on one day are one visit, not a gap of 0 that would make everyone look overdue).
// A customer with a single purchase day has no rhythm yet: at risk after `singleOrderDays`.
// Customers without orders up to the as-of date are not assessed.
class ChurnDetector {
    Q_DECLARE_TR_FUNCTIONS(ChurnDetector)

public:
    struct Options {
        QDate asOf;
        double gapMultiple = 2.0;
        int singleOrderDays = 365;
    };

    struct Assessment {
        qint64 customerId = 0;
        QString code;
        int daysSinceLastOrder = 0;
        double medianGapDays = 0; // 0 with a single purchase day
        double limitDays = 0;     // beyond this the customer is at risk
        bool atRisk = false;
    };

    explicit ChurnDetector(QSqlDatabase& db) : m_db(db) {}

    // Every customer with orders up to asOf, in customer id order (filter on atRisk for the list).
    Result<QList<Assessment>> assess(const Options& options);

    // The rule for one customer's order dates (any order, duplicates allowed); for tests and callers that
    // already hold the dates.
    static Assessment assessDates(QList<QDate> dates, const Options& options);
    // The same rule for Julian day numbers in ascending order (repeated days allowed), as OrderHistoryScan
    // delivers them; `customer` supplies the id.
    static Assessment assessDays(const OrderHistoryScan::Customer& customer, const Options& options);

private:
    QSqlDatabase& m_db;
};
