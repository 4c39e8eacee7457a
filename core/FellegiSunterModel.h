#pragma once

#include "PairComparator.h"

#include <QHash>
#include <QJsonObject>

#include <array>
#include <functional>

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
    // m in EM sessions, as Splink trains, each leaving the fields it trains out of the evidence so that they
    // cannot vouch for themselves: on the candidates agreeing exactly on an identifier (birthday, ID number,
    // phone or e-mail), every other field's m; on the candidates agreeing on another identifier, each
    // identifier's m. Then λ by EM with m and u fixed. EM on all candidates at once drifts to "pairs with
    // similar names" as its match class. See docs/dedupe.md.
    void estimateM(const QHash<Pattern, qint64>& candidatePairs, int iterations = 25);

    double probability(Pattern pattern) const;
    double probability(Pattern pattern, double extraWeight) const; // with term-frequency adjustments added
    // log2 weight to add when a pair agrees exactly on `field` with a value of this frequency (0 = unknown).
    double termAdjustment(int field, float termFrequency) const;
    double matchWeight(Pattern pattern) const; // log2 Bayes factor plus log2 prior odds

    double lambda() const { return m_lambda; }
    double m(int field, int level) const { return m_m[size_t(field)][size_t(level)]; }
    double u(int field, int level) const { return m_u[size_t(field)][size_t(level)]; }

    // Saved with the archive after a scan, so the entry check uses the weights learnt on the archive.
    QJsonObject toJson() const;
    static FellegiSunterModel fromJson(const QJsonObject& json);

private:
    void updateWeights();
    // One EM session over the selected patterns: fields in `ignored` (bit per field) give no evidence, fields
    // in `trained` get new m values.
    // Returns how many selected pairs had a trained field known on both sides.
    double emSession(const QHash<Pattern, qint64>& pairs, const std::function<bool(Pattern)>& select, quint32 ignored,
                     quint32 trained, int iterations);
    void estimateLambda(const QHash<Pattern, qint64>& pairs, int iterations);
    double weightOf(Pattern pattern, quint32 ignored) const; // Σ log2(m/u) over known, not ignored fields

    using Table = std::array<std::array<double, MaxLevels>, PairComparator::FieldCount>;
    Table m_m{};
    Table m_u{};
    Table m_weight{}; // log2(m/u)
    double m_lambda = 0.01;
};
