#pragma once

#include <QDate>
#include <QString>

// Order summary of one customer.
struct OrderTotals {
    qint64 count = 0;
    qint64 amountCents = 0;
    QDate firstDate;
    QDate lastDate;
};
