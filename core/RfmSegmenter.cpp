#include "RfmSegmenter.h"

#include <QHash>
#include <QtGlobal>
#include <algorithm>
#include <numeric>
#include <vector>

namespace {
const QList<SegmentName> rfm5Names = {
    {"champions", QT_TRANSLATE_NOOP("RfmSegmenter", "Champions"), "冠军客户"},
    {"loyal", QT_TRANSLATE_NOOP("RfmSegmenter", "Loyal"), "忠诚客户"},
    {"potential_loyalist", QT_TRANSLATE_NOOP("RfmSegmenter", "Potential loyalist"), "潜力客户"},
    {"new", QT_TRANSLATE_NOOP("RfmSegmenter", "New"), "新客户"},
    {"promising", QT_TRANSLATE_NOOP("RfmSegmenter", "Promising"), "有望客户"},
    {"need_attention", QT_TRANSLATE_NOOP("RfmSegmenter", "Need attention"), "需要关注"},
    {"about_to_sleep", QT_TRANSLATE_NOOP("RfmSegmenter", "About to sleep"), "即将流失"},
    {"at_risk", QT_TRANSLATE_NOOP("RfmSegmenter", "At risk"), "有风险"},
    {"cant_lose", QT_TRANSLATE_NOOP("RfmSegmenter", "Can't lose"), "不能失去"},
    {"hibernating", QT_TRANSLATE_NOOP("RfmSegmenter", "Hibernating"), "休眠客户"},
    {"lost", QT_TRANSLATE_NOOP("RfmSegmenter", "Lost"), "流失客户"},
    {RfmSegmenter::noOrdersKey, QT_TRANSLATE_NOOP("RfmSegmenter", "No orders"), RfmSegmenter::noOrdersChinese},
};

// Index = R, F, M bits (H = 1) as 4*R + 2*F + M; the key is stable, the Chinese name is the segment name.
const QList<SegmentName> rfm8Names = {
    {"general_retain", QT_TRANSLATE_NOOP("RfmSegmenter", "General retain"), "一般挽留客户"},          // L L L
    {"important_retain", QT_TRANSLATE_NOOP("RfmSegmenter", "Important retain"), "重要挽留客户"},      // L L H
    {"general_keep", QT_TRANSLATE_NOOP("RfmSegmenter", "General keep"), "一般保持客户"},              // L H L
    {"important_keep", QT_TRANSLATE_NOOP("RfmSegmenter", "Important keep"), "重要保持客户"},          // L H H
    {"general_develop", QT_TRANSLATE_NOOP("RfmSegmenter", "General develop"), "一般发展客户"},        // H L L
    {"important_develop", QT_TRANSLATE_NOOP("RfmSegmenter", "Important develop"), "重要发展客户"},    // H L H
    {"general_value", QT_TRANSLATE_NOOP("RfmSegmenter", "General value"), "一般价值客户"},            // H H L
    {"important_value", QT_TRANSLATE_NOOP("RfmSegmenter", "Important value"), "重要价值客户"},        // H H H
    {RfmSegmenter::noOrdersKey, QT_TRANSLATE_NOOP("RfmSegmenter", "No orders"), RfmSegmenter::noOrdersChinese},
};

// Rows R = 5..1, columns FM = 1..5: the widely used R x FM grid, every cell filled exactly once.
const char* const rfm5Grid[5][5] = {
    {"new", "potential_loyalist", "loyal", "champions", "champions"},                 // R 5
    {"promising", "potential_loyalist", "loyal", "champions", "champions"},           // R 4
    {"about_to_sleep", "need_attention", "need_attention", "loyal", "loyal"},         // R 3
    {"hibernating", "about_to_sleep", "at_risk", "at_risk", "at_risk"},               // R 2
    {"lost", "hibernating", "at_risk", "cant_lose", "cant_lose"},                     // R 1
};

// Scores 1..5 by rank (see the header): `less` orders the customers with orders by value, then code.
template <typename Value>
std::vector<int> quintiles(const QList<RfmValues>& values, const std::vector<qsizetype>& byCode, Value value)
{
    // Sorting the code-ordered customers stably by value orders them by (value, code) without comparing a
    // code per tie: frequency has few distinct values, so nearly every comparison would be a tie.
    using Key = decltype(value(values.first()));
    std::vector<std::pair<Key, qsizetype>> order;
    order.reserve(byCode.size());
    for (qsizetype i : byCode)
        order.emplace_back(value(values[i]), i);
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<int> quintile(size_t(values.size()), 0);
    const qint64 n = qint64(order.size());
    for (qint64 i = 0; i < n; ++i)
        quintile[size_t(order[size_t(i)].second)] = int(i * 5 / n);
    return quintile;
}

// The customers with orders in code order: the documented tie-break of the quintiles.
std::vector<qsizetype> inCodeOrder(const QList<RfmValues>& values, std::vector<qsizetype> withOrders)
{
    std::sort(withOrders.begin(), withOrders.end(),
              [&](qsizetype a, qsizetype b) { return values[a].code < values[b].code; });
    return withOrders;
}

std::vector<qsizetype> indexesWithOrders(const QList<RfmValues>& values)
{
    std::vector<qsizetype> result;
    for (qsizetype i = 0; i < values.size(); ++i)
        if (values[i].hasOrders())
            result.push_back(i);
    return result;
}

// Mean or median over the customers with orders.
double centre(std::vector<double> xs, RfmSegmenter::Threshold threshold)
{
    if (xs.empty())
        return 0;
    if (threshold == RfmSegmenter::Threshold::Mean)
        return std::accumulate(xs.begin(), xs.end(), 0.0) / double(xs.size());
    std::sort(xs.begin(), xs.end());
    const size_t n = xs.size();
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2.0;
}

// The segment and score texts repeat for every customer: each distinct text is made once and shared
// (implicitly), so 100,000 customers do not cost 400,000 string allocations per model.
CustomerSegment noOrders(const RfmValues& v, const QString& segment)
{
    CustomerSegment s;
    s.values = v;
    s.segment = segment;
    return s;
}

class SharedTexts {
public:
    const QString& of(const char* utf8)
    {
        auto it = m_texts.constFind(utf8);
        if (it == m_texts.constEnd())
            it = m_texts.insert(utf8, QString::fromUtf8(utf8));
        return *it;
    }

private:
    QHash<const char*, QString> m_texts; // by address: the texts are the static tables' own
};
} // namespace

const char* RfmSegmenter::rfm5Key(int r, int f, int m)
{
    const int fm = (f + m + 1) / 2; // mean of F and M, rounded half up
    return rfm5Grid[5 - std::clamp(r, 1, 5)][std::clamp(fm, 1, 5) - 1];
}

const SegmentName& RfmSegmenter::rfm8Class(bool rHigh, bool fHigh, bool mHigh)
{
    return rfm8Names[(rHigh ? 4 : 0) + (fHigh ? 2 : 0) + (mHigh ? 1 : 0)];
}

QList<CustomerSegment> RfmSegmenter::rfm5(const QList<RfmValues>& values)
{
    const std::vector<qsizetype> byCode = inCodeOrder(values, indexesWithOrders(values));
    const auto r = quintiles(values, byCode, [](const RfmValues& v) { return v.recencyDays; });
    const auto f = quintiles(values, byCode, [](const RfmValues& v) { return v.frequency; });
    const auto m = quintiles(values, byCode, [](const RfmValues& v) { return v.monetaryCents; });
    const QString scores[] = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                              QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
    const QString none = QString::fromLatin1(noOrdersKey);
    SharedTexts names;
    QList<CustomerSegment> result;
    result.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values[i].hasOrders()) {
            result.append(noOrders(values[i], none));
            continue;
        }
        const size_t k = size_t(i);
        const int rs = 5 - r[k];
        const int fs = 1 + f[k];
        const int ms = 1 + m[k];
        CustomerSegment s;
        s.values = values[i];
        s.r = scores[std::clamp(rs, 0, 5)];
        s.f = scores[std::clamp(fs, 0, 5)];
        s.m = scores[std::clamp(ms, 0, 5)];
        s.segment = names.of(rfm5Key(rs, fs, ms));
        result.append(std::move(s));
    }
    return result;
}

QList<CustomerSegment> RfmSegmenter::rfm8(const QList<RfmValues>& values, Threshold threshold)
{
    std::vector<double> rs, fs, ms;
    for (const RfmValues& v : values) {
        if (!v.hasOrders())
            continue;
        rs.push_back(v.recencyDays);
        fs.push_back(double(v.frequency));
        ms.push_back(double(v.monetaryCents));
    }
    const double rc = centre(std::move(rs), threshold);
    const double fc = centre(std::move(fs), threshold);
    const double mc = centre(std::move(ms), threshold);
    const QString high = QStringLiteral("H");
    const QString low = QStringLiteral("L");
    const QString none = QString::fromUtf8(noOrdersChinese);
    SharedTexts names;
    QList<CustomerSegment> result;
    result.reserve(values.size());
    for (const RfmValues& v : values) {
        if (!v.hasOrders()) {
            result.append(noOrders(v, none));
            continue;
        }
        const bool rHigh = v.recencyDays < rc; // recent is "high"
        const bool fHigh = double(v.frequency) > fc;
        const bool mHigh = double(v.monetaryCents) > mc;
        CustomerSegment s;
        s.values = v;
        s.r = rHigh ? high : low;
        s.f = fHigh ? high : low;
        s.m = mHigh ? high : low;
        s.segment = names.of(rfm8Class(rHigh, fHigh, mHigh).chinese);
        result.append(std::move(s));
    }
    return result;
}

const QList<SegmentName>& RfmSegmenter::rfm5Segments() { return rfm5Names; }
const QList<SegmentName>& RfmSegmenter::rfm8Segments() { return rfm8Names; }

QString RfmSegmenter::displayName(const SegmentName& name) { return tr(name.english); }
