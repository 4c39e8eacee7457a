#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Code, name and owner of many customers at once, for lists built from a computed set of ids (the segment
// dashboard's churn list: tens of thousands of customers at risk). One pass over the customers in id order on
// the raw SQLite connection, merged with the sorted ids: a query with an `IN (…)` list of that length, a row
// per customer with the list's contact lookup and a QVariant per value took half a second at 34,000 ids.
class CustomerLabelScan {
    Q_DECLARE_TR_FUNCTIONS(CustomerLabelScan)

public:
    struct Label {
        qint64 id = 0;
        QString code;
        QString name;
        QString owner; // login, empty for the shared pool
    };

    // The labels of the customers among `ids` that exist, in ascending id order (duplicates given once).
    static Result<QList<Label>> read(QSqlDatabase& db, QList<qint64> ids);
};
