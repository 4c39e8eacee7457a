#pragma once

#include "Contact.h"
#include "Customer.h"
#include "QualityRules.h"
#include "QualityScore.h"

#include <QDateTime>
#include <QList>

// Scores one customer record 0..100 for data quality:
//  - completeness, 50 points: 50 x (required fields present / required fields for the customer's kind);
//    50 when the kind requires nothing;
//  - validity, 30 points: minus 10 for every contact mobile or phone that libphonenumber cannot parse, every
//    email CustomerValidator rejects and every impossible date (a customer or contact birthday in the future
//    or before 1900, a follow-up logged more than a day in the future), at most 30 taken;
//  - freshness, 20 points: minus 10 when the record was last updated more than staleMonths before asOf
//    ("stale"), minus 10 when no follow-up happened in that period, including never ("not_contacted").
// The score is the sum rounded to the nearest whole number.
class QualityScorer {
public:
    QualityScorer(QualityRules rules, const QDateTime& asOf);

    // `lastContact`: time of the customer's latest follow-up; invalid = none ever.
    QualityScore score(const Customer& customer, const QList<Contact>& contacts, const QDateTime& lastContact) const;

    const QualityRules& rules() const { return m_rules; }
    const QDateTime& asOf() const { return m_asOf; }
    const QDateTime& staleBefore() const { return m_staleBefore; } // asOf minus staleMonths

    static constexpr double completenessPoints = 50;
    static constexpr double validityPoints = 30;
    static constexpr double freshnessPoints = 20;
    static constexpr double pointsPerInvalidValue = 10;
    static constexpr double pointsPerFreshnessProblem = 10;

private:
    bool hasField(const QString& key, const Customer& customer, const QList<Contact>& contacts) const;

    QualityRules m_rules;
    QDateTime m_asOf;
    QDateTime m_staleBefore;
};
