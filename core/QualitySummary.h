#pragma once

#include "QualityRecord.h"
#include "QualityRules.h"

#include <QMap>
#include <QMetaType>
#include <array>

// Archive-wide data-quality figures, accumulated record by record (QualityScanner::summarize).
struct QualitySummary {
    struct OwnerFigures {
        qint64 customers = 0;
        qint64 scoreSum = 0;
        double averageScore() const { return customers > 0 ? double(scoreSum) / double(customers) : 0.0; }
    };

    qint64 customers = 0;
    qint64 scoreSum = 0;
    // Customers per problem key (QualityScore::problems). Every key the rules can produce is present, with
    // 0 when no customer has it, so reports keep the same shape.
    QMap<QString, qint64> problems;
    // histogram[i]: customers scoring 10*i .. 10*i+9; the last bucket is 90..100.
    std::array<qint64, 10> histogram{};
    QMap<QString, OwnerFigures> byOwner; // key: login, "" = unowned

    double averageScore() const { return customers > 0 ? double(scoreSum) / double(customers) : 0.0; }
    void add(const QualityRecord& record);
    // Zero counts for every problem key the rules can produce.
    static QualitySummary empty(const QualityRules& rules);
};

Q_DECLARE_METATYPE(QualitySummary)
