#pragma once

#include <QString>

// One row of a smart list: field, operator, value (keys as in docs/quality.md, e.g. "province", "equals",
// "广东省"). Operators without a value (is_empty, is_not_empty) ignore `value`.
struct SmartFilterCondition {
    QString field;
    QString op;
    QString value;

    bool operator==(const SmartFilterCondition&) const = default;
};
