#pragma once

#include "Result.h"
#include "SmartFilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>

// Turns a smart list into an SQL condition over `customers c` with `?` placeholders and the values to bind
// in order: values typed by users are only ever bound, never put into the SQL text.
class SmartFilterSql {
    Q_DECLARE_TR_FUNCTIONS(SmartFilterSql)

public:
    struct Condition {
        QString sql; // empty = no restriction
        QVariantList values;
    };

    // `today` anchors "in the last N days". Fails (ErrorKind::Usage) naming the first bad condition: unknown
    // field or operator, a missing value, a date that is not YYYY-MM-DD, a day count that is not a number.
    static Result<Condition> translate(const SmartFilter& filter, const QDate& today = QDate::currentDate());
};
