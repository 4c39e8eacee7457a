#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Counts for the dashboard's breakdown charts, with the customers behind every count so that clicking a
// bar can show exactly those customers in the list.
class CustomerBreakdown {
    Q_DECLARE_TR_FUNCTIONS(CustomerBreakdown)

public:
    // One bar: a value of a column (empty = not filled in) and its customers.
    struct Group {
        QString value;
        QList<qint64> customerIds;
    };
    enum class Column { Province, Industry };

    // Follow-ups per rep (author) per week: `weeks` Monday-based weeks, the last one holding the as-of date.
    // A follow-up's week is that of its local date. Follow-ups without an author count under "" (unknown).
    struct FollowUpGrid {
        QList<QDate> weekStarts; // Mondays, oldest first
        QStringList reps;        // logins, by total follow-ups (most first), then login
        QList<QList<qint64>> counts; // counts[rep][week]
        struct Entry {
            qint64 customerId;
            int rep;
            int week;
        };
        QList<Entry> entries; // one per follow-up, for "which customers are behind this cell"
        QList<qint64> customersOf(int rep, int week) const; // distinct, ascending
    };

    explicit CustomerBreakdown(QSqlDatabase& db) : m_db(db) {}

    // Largest group first (ties by value); every customer is in exactly one group.
    Result<QList<Group>> customersBy(Column column);
    Result<FollowUpGrid> followUpsPerRepWeek(const QDate& asOf, int weeks = 12);

private:
    QSqlDatabase& m_db;
};
