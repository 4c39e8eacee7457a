#pragma once

#include "InteractionType.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// A logged follow-up: call, visit, email, ... with an optional next follow-up date.
struct Interaction {
    qint64 id = 0;
    qint64 customerId = 0;
    InteractionType type = InteractionType::Call;
    QDateTime happenedAt; // UTC
    QString author;       // user login
    QString content;
    QDate nextDate;       // invalid = none

    bool operator==(const Interaction&) const = default;
};
