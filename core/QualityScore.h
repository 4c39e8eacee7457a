#pragma once

#include <QStringList>

// One customer's data-quality result (QualityScorer; the rule is in docs/quality.md).
struct QualityScore {
    int score = 100;            // 0..100, rounded from the three parts
    double completeness = 50;   // 0..50
    double validity = 30;       // 0..30
    double freshness = 20;      // 0..20
    QStringList missingFields;  // required field keys that are empty
    // Problem keys as in `dossier-cli quality --json`: "missing_<field>", "invalid_phone", "invalid_email",
    // "impossible_date", "stale", "not_contacted". Each at most once.
    QStringList problems;
};
