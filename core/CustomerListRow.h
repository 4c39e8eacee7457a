#pragma once

#include "CustomerKind.h"
#include "CustomerStage.h"

#include <QDateTime>
#include <QString>

// The columns shown in the customer list; cheaper to fetch than a whole Customer.
struct CustomerListRow {
    qint64 id = 0;
    QString code;
    QString name;
    CustomerKind kind = CustomerKind::Company;
    CustomerStage stage = CustomerStage::Lead;
    QString owner;
    QString province;
    QString city;
    QString industry;
    QString level;
    QString primaryPhone; // primary contact's mobile, else phone
    QDateTime updatedAt;
};
