#pragma once

#include "Result.h"
#include "SmartFilterCondition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// A smart list's definition: conditions combined with AND (match all) or OR (match any). Its JSON form is
// what saved filters store and share:
//   {"version": 1, "match": "all", "conditions": [{"field": "province", "op": "equals", "value": "广东省"}]}
// SmartFilterSql turns it into an SQL condition with bound values.
struct SmartFilter {
    Q_DECLARE_TR_FUNCTIONS(SmartFilter)

public:
    enum class Match { All, Any };

    Match match = Match::All;
    QList<SmartFilterCondition> conditions;

    bool isEmpty() const { return conditions.isEmpty(); }
    QByteArray toJson() const;
    // Refuses (ErrorKind::Usage) malformed JSON, a newer version, an unknown match; field and operator
    // names are checked by SmartFilterSql.
    static Result<SmartFilter> fromJson(const QByteArray& json);

    bool operator==(const SmartFilter&) const = default;
};
