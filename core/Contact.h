#pragma once

#include <QDate>
#include <QString>

// A contact person of a customer.
struct Contact {
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString title;
    QString mobile;  // E.164 when it parsed, otherwise as typed
    QString phone;   // E.164 when it parsed, otherwise as typed
    QString email;
    QString wechat;
    QDate birthday;
    bool isPrimary = false;

    bool operator==(const Contact&) const = default;
};
