#pragma once

#include <QDate>
#include <QString>

// An order placed by a customer. Amounts are kept in cents (分) so sums are exact.
struct Order {
    qint64 id = 0;
    qint64 customerId = 0;
    QString orderNo; // unique
    QDate date;
    qint64 amountCents = 0;
    QString currency = QStringLiteral("CNY");
    QString product;

    bool operator==(const Order&) const = default;
};
