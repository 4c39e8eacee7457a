#pragma once

#include "PairComparator.h"

#include <QHash>
#include <QJsonObject>

#include <array>

// The Fellegi–Sunter match model: for every field and comparison level, m = P(level | same customer) and
// u = P(level | different customers); the evidence of a pattern is Σ log2(m/u) over its known fields
// (missing fields add nothing), and the prior λ = P(same) among the candidate pairs turns it into a
// probability. u comes from random pairs (almost all different customers), m and λ from EM on the
// candidate pairs with u fixed — no labels, nothing tuned per data set.
class FellegiSunterModel {
public:
    static constexpr int MaxLevels = 8;
    using Pattern = PairComparator::Pattern;

    FellegiSunterModel(); // neutral starting values (used by the entry check before any scan was trained)

    // Counts of comparison patterns → parameters.
    void estimateU(const QHash<Pattern, qint64>& randomPairs);
    void estimateM(const QHash<Pattern, qint64>& candidatePairs, int iterations = 40);

    double probability(Pattern pattern) const;
    double matchWeight(Pattern pattern) const; // log2 Bayes factor plus log2 prior odds

    double lambda() const { return m_lambda; }
    double m(int field, int level) const { return m_m[size_t(field)][size_t(level)]; }
    double u(int field, int level) const { return m_u[size_t(field)][size_t(level)]; }

    // Saved with the archive after a scan, so the entry check uses the weights learnt on the archive.
    QJsonObject toJson() const;
    static FellegiSunterModel fromJson(const QJsonObject& json);

private:
    void updateWeights();

    using Table = std::array<std::array<double, MaxLevels>, PairComparator::FieldCount>;
    Table m_m{};
    Table m_u{};
    Table m_weight{}; // log2(m/u)
    double m_lambda = 0.01;
};
