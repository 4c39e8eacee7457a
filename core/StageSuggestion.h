#pragma once

#include "CustomerStage.h"

#include <QDate>
#include <QString>

// What the lifecycle rule looks at for one customer (orders and follow-ups up to the as-of date).
struct LifecycleFacts {
    qint64 customerId = 0;
    QString code;
    QString name;
    QString owner;
    CustomerStage current = CustomerStage::Lead;
    qint64 orders = 0;
    QDate lastOrder;     // invalid without orders
    qint64 followUps = 0;
    QDate lastFollowUp;  // invalid without follow-ups
    bool churnRisk = false; // ChurnDetector's flag
};

// A suggested stage that differs from the customer's current one.
struct StageSuggestion {
    LifecycleFacts facts;
    CustomerStage suggested = CustomerStage::Lead;
};
