#include "FellegiSunterModel.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {
constexpr int Fields = PairComparator::FieldCount;
// Keeps any probability off 0 and 1, so a level never seen in a sample does not decide a pair alone.
constexpr double Floor = 1e-5;
} // namespace

FellegiSunterModel::FellegiSunterModel()
{
    // Starting values: agreement is likely for the same customer and rare for different ones.
    for (int f = 0; f < Fields; ++f) {
        const int levels = PairComparator::levelCount(f);
        for (int l = 0; l < levels; ++l) {
            const bool last = l == levels - 1;
            m_m[size_t(f)][size_t(l)] = l == 0 ? 0.8 : last ? 0.05 : 0.15 / double(levels - 2);
            m_u[size_t(f)][size_t(l)] = l == 0 ? 0.01 : last ? 0.9 : 0.09 / double(levels - 2);
        }
        if (levels == 2) {
            m_m[size_t(f)] = {0.95, 0.05};
            m_u[size_t(f)] = {0.1, 0.9};
        }
    }
    updateWeights();
}

void FellegiSunterModel::estimateU(const QHash<Pattern, qint64>& randomPairs)
{
    for (int f = 0; f < Fields; ++f) {
        const int levels = PairComparator::levelCount(f);
        std::array<double, MaxLevels> counts{};
        double total = 0;
        for (auto it = randomPairs.cbegin(); it != randomPairs.cend(); ++it) {
            const int level = PairComparator::level(it.key(), f);
            if (level == PairComparator::Missing)
                continue;
            counts[size_t(level)] += double(it.value());
            total += double(it.value());
        }
        if (total <= 0)
            continue; // field never known on both sides: keep the starting values
        for (int l = 0; l < levels; ++l)
            m_u[size_t(f)][size_t(l)] = std::clamp((counts[size_t(l)] + 0.5) / (total + 0.5 * levels), Floor, 1 - Floor);
    }
    updateWeights();
}

void FellegiSunterModel::estimateM(const QHash<Pattern, qint64>& candidatePairs, int iterations)
{
    struct Row {
        Pattern pattern;
        double count;
    };
    std::vector<Row> rows;
    rows.reserve(size_t(candidatePairs.size()));
    for (auto it = candidatePairs.cbegin(); it != candidatePairs.cend(); ++it)
        rows.push_back({it.key(), double(it.value())});
    if (rows.empty())
        return;
    m_lambda = 0.5; // EM finds it; starting in the middle lets either class grow
    for (int iteration = 0; iteration < iterations; ++iteration) {
        Table counts{};
        std::array<double, Fields> known{};
        double matches = 0, total = 0;
        for (const Row& row : rows) {
            const double p = probability(row.pattern);
            const double weight = p * row.count;
            matches += weight;
            total += row.count;
            for (int f = 0; f < Fields; ++f) {
                const int level = PairComparator::level(row.pattern, f);
                if (level == PairComparator::Missing)
                    continue;
                counts[size_t(f)][size_t(level)] += weight;
                known[size_t(f)] += weight;
            }
        }
        for (int f = 0; f < Fields; ++f) {
            if (known[size_t(f)] <= 0)
                continue;
            const int levels = PairComparator::levelCount(f);
            for (int l = 0; l < levels; ++l)
                m_m[size_t(f)][size_t(l)] = std::clamp(counts[size_t(f)][size_t(l)] / known[size_t(f)], Floor, 1 - Floor);
        }
        m_lambda = std::clamp(matches / total, Floor, 1 - Floor);
        updateWeights();
    }
}

void FellegiSunterModel::updateWeights()
{
    for (int f = 0; f < Fields; ++f)
        for (int l = 0; l < PairComparator::levelCount(f); ++l)
            m_weight[size_t(f)][size_t(l)] = std::log2(m_m[size_t(f)][size_t(l)] / m_u[size_t(f)][size_t(l)]);
}

double FellegiSunterModel::matchWeight(Pattern pattern) const
{
    double weight = std::log2(m_lambda / (1 - m_lambda));
    for (int f = 0; f < Fields; ++f) {
        const int level = PairComparator::level(pattern, f);
        if (level != PairComparator::Missing)
            weight += m_weight[size_t(f)][size_t(level)];
    }
    return weight;
}

double FellegiSunterModel::probability(Pattern pattern) const
{
    return 1.0 / (1.0 + std::exp2(-matchWeight(pattern)));
}

QJsonObject FellegiSunterModel::toJson() const
{
    QJsonObject fields;
    for (int f = 0; f < Fields; ++f) {
        QJsonArray m, u;
        for (int l = 0; l < PairComparator::levelCount(f); ++l) {
            m.append(m_m[size_t(f)][size_t(l)]);
            u.append(m_u[size_t(f)][size_t(l)]);
        }
        fields.insert(QString::fromLatin1(PairComparator::fieldName(f)), QJsonObject{{QStringLiteral("m"), m}, {QStringLiteral("u"), u}});
    }
    return QJsonObject{{QStringLiteral("lambda"), m_lambda}, {QStringLiteral("fields"), fields}};
}

FellegiSunterModel FellegiSunterModel::fromJson(const QJsonObject& json)
{
    FellegiSunterModel model;
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (int f = 0; f < Fields; ++f) {
        const QJsonObject field = fields.value(QString::fromLatin1(PairComparator::fieldName(f))).toObject();
        const QJsonArray m = field.value(QStringLiteral("m")).toArray(), u = field.value(QStringLiteral("u")).toArray();
        const int levels = PairComparator::levelCount(f);
        if (m.size() != levels || u.size() != levels)
            continue; // saved by another version: keep the starting values for this field
        for (int l = 0; l < levels; ++l) {
            model.m_m[size_t(f)][size_t(l)] = std::clamp(m.at(l).toDouble(), Floor, 1 - Floor);
            model.m_u[size_t(f)][size_t(l)] = std::clamp(u.at(l).toDouble(), Floor, 1 - Floor);
        }
    }
    model.m_lambda = std::clamp(json.value(QStringLiteral("lambda")).toDouble(0.01), Floor, 1 - Floor);
    model.updateWeights();
    return model;
}
