#include "QualitySummary.h"

#include "QualityRules.h"

#include <algorithm>

void QualitySummary::add(const QualityRecord& record)
{
    const int score = std::clamp(record.quality.score, 0, 100);
    ++customers;
    scoreSum += score;
    ++histogram[size_t(std::min(score / 10, 9))];
    for (const QString& problem : record.quality.problems)
        ++problems[problem];
    OwnerFigures& owner = byOwner[record.owner];
    ++owner.customers;
    owner.scoreSum += score;
}

QualitySummary QualitySummary::empty(const QualityRules& rules)
{
    QualitySummary summary;
    for (const QStringList* list : {&rules.companyRequired, &rules.individualRequired})
        for (const QString& key : *list)
            summary.problems.insert(QStringLiteral("missing_") + key, 0);
    for (const char* key : {"invalid_phone", "invalid_email", "impossible_date", "stale", "not_contacted"})
        summary.problems.insert(QString::fromLatin1(key), 0);
    return summary;
}
