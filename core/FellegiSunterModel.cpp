#include "FellegiSunterModel.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {
constexpr int Fields = PairComparator::FieldCount;
// Keeps any probability off 0 and 1, so a level never seen in a sample does not decide a pair alone.
constexpr double Floor = 1e-5;
// Fewer selected pairs with the field known than this, and an EM session has too little to learn from.
constexpr double MinSessionPairs = 20;
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

double FellegiSunterModel::emSession(const QHash<Pattern, qint64>& pairs, const std::function<bool(Pattern)>& select,
                                     quint32 ignored, quint32 trained, int iterations)
{
    struct Row {
        Pattern pattern;
        double count;
    };
    std::vector<Row> rows;
    double trainedPairs = 0; // selected pairs with a trained field known on both sides
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        if (!select(it.key()))
            continue;
        rows.push_back({it.key(), double(it.value())});
        for (int f = 0; f < Fields; ++f) {
            if ((trained & (1u << f)) && PairComparator::level(it.key(), f) != PairComparator::Missing) {
                trainedPairs += double(it.value());
                break;
            }
        }
    }
    if (rows.empty())
        return 0;
    double lambda = 0.5; // of this session's pairs; EM finds it, starting in the middle lets either class grow
    for (int iteration = 0; iteration < iterations; ++iteration) {
        Table counts{};
        std::array<double, Fields> known{};
        double matches = 0, total = 0;
        const double priorWeight = std::log2(lambda / (1 - lambda));
        for (const Row& row : rows) {
            const double p = 1.0 / (1.0 + std::exp2(-(priorWeight + weightOf(row.pattern, ignored))));
            const double weight = p * row.count;
            matches += weight;
            total += row.count;
            for (int f = 0; f < Fields; ++f) {
                const int level = PairComparator::level(row.pattern, f);
                if (level == PairComparator::Missing || !(trained & (1u << f)))
                    continue;
                counts[size_t(f)][size_t(level)] += weight;
                known[size_t(f)] += weight;
            }
        }
        for (int f = 0; f < Fields; ++f) {
            if (known[size_t(f)] < 1.0)
                continue; // too few pairs to learn from: keep what we have
            const int levels = PairComparator::levelCount(f);
            for (int l = 0; l < levels; ++l)
                m_m[size_t(f)][size_t(l)] = std::clamp(counts[size_t(f)][size_t(l)] / known[size_t(f)], Floor, 1 - Floor);
        }
        lambda = std::clamp(matches / total, Floor, 1 - Floor);
        updateWeights();
    }
    return trainedPairs;
}

void FellegiSunterModel::estimateLambda(const QHash<Pattern, qint64>& pairs, int iterations)
{
    double total = 0;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        total += double(it.value());
    if (total <= 0)
        return;
    m_lambda = 0.5;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        double matches = 0;
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
            matches += probability(it.key()) * double(it.value());
        m_lambda = std::clamp(matches / total, Floor, 1 - Floor);
    }
}

void FellegiSunterModel::estimateM(const QHash<Pattern, qint64>& candidatePairs, int iterations)
{
    using C = PairComparator;
    constexpr int identifierFields[] = {C::Birthday, C::IdNumber, C::Phone, C::Email};
    constexpr quint32 identifiers = 1u << C::Birthday | 1u << C::IdNumber | 1u << C::Phone | 1u << C::Email;
    constexpr quint32 all = (1u << Fields) - 1;
    const auto agreesOn = [](quint32 fields) {
        return [fields](Pattern p) {
            for (int f = 0; f < Fields; ++f)
                if ((fields & (1u << f)) && C::level(p, f) == 0)
                    return true;
            return false;
        };
    };
    const auto namesAgree = [](Pattern p) {
        const int family = C::level(p, C::Family), given = C::level(p, C::Given), name = C::level(p, C::Name);
        return (family == 0 && given == 0) || name == 0;
    };
    // Everything but the identifiers, on the pairs sharing one.
    emSession(candidatePairs, agreesOn(identifiers), identifiers, all & ~identifiers, iterations);
    // Each identifier on the pairs sharing another one. Not on the pairs whose names agree: in a large
    // archive most of those are namesakes of one city, whose near-identical e-mails (wangwei12@ and
    // wangwei7@) and shared streets EM then takes for the mark of a match (λ came out 0.54 at 1M).
    for (const int field : identifierFields) {
        const quint32 others = identifiers & ~(1u << field);
        if (emSession(candidatePairs, agreesOn(others), identifiers, 1u << field, iterations) >= MinSessionPairs)
            continue;
        // No second identifier to vouch for this one (an archive of names and phones only): the pairs whose
        // names agree, with every other field left out so that only this one can tell them apart.
        emSession(candidatePairs, namesAgree, all & ~(1u << field), 1u << field, iterations);
    }
    estimateLambda(candidatePairs, iterations);
}

double FellegiSunterModel::weightOf(Pattern pattern, quint32 ignored) const
{
    double weight = 0;
    for (int f = 0; f < Fields; ++f) {
        const int level = PairComparator::level(pattern, f);
        if (level != PairComparator::Missing && !(ignored & (1u << f)))
            weight += m_weight[size_t(f)][size_t(level)];
    }
    return weight;
}

void FellegiSunterModel::updateWeights()
{
    // A closer level never counts less than a farther one: a few unlucky pairs must not make an exact name
    // evidence against a match.
    for (int f = 0; f < Fields; ++f) {
        for (int l = PairComparator::levelCount(f) - 1; l >= 0; --l) {
            double w = std::log2(m_m[size_t(f)][size_t(l)] / m_u[size_t(f)][size_t(l)]);
            if (l + 1 < PairComparator::levelCount(f))
                w = std::max(w, m_weight[size_t(f)][size_t(l) + 1]);
            m_weight[size_t(f)][size_t(l)] = w;
        }
    }
}

double FellegiSunterModel::termAdjustment(int field, float termFrequency) const
{
    // Agreeing exactly on a value of frequency tf: u is tf rather than the field's average u.
    if (termFrequency <= 0)
        return 0;
    return std::log2(m_u[size_t(field)][0] / std::max(double(termFrequency), Floor));
}

double FellegiSunterModel::probability(Pattern pattern, double extraWeight) const
{
    return 1.0 / (1.0 + std::exp2(-(matchWeight(pattern) + extraWeight)));
}

double FellegiSunterModel::matchWeight(Pattern pattern) const
{
    return std::log2(m_lambda / (1 - m_lambda)) + weightOf(pattern, 0);
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
