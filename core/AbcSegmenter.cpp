#include "AbcSegmenter.h"

#include <QtGlobal>
#include <algorithm>
#include <vector>

namespace {
const QList<SegmentName> abcNames = {
    {"A", QT_TRANSLATE_NOOP("AbcSegmenter", "A: top revenue"), "A类客户"},
    {"B", QT_TRANSLATE_NOOP("AbcSegmenter", "B: middle revenue"), "B类客户"},
    {"C", QT_TRANSLATE_NOOP("AbcSegmenter", "C: low revenue"), "C类客户"},
    {AbcSegmenter::noOrdersKey, QT_TRANSLATE_NOOP("AbcSegmenter", "No orders"), "无订单客户"},
};
} // namespace

const QList<SegmentName>& AbcSegmenter::tierNames() { return abcNames; }

QList<QString> AbcSegmenter::tiers(const QList<RfmValues>& values, const Thresholds& thresholds)
{
    const QString none = QString::fromLatin1(noOrdersKey);
    QList<QString> result(values.size(), none);
    std::vector<qsizetype> order;
    qint64 total = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].hasOrders()) {
            order.push_back(i);
            total += values[i].monetaryCents;
        }
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const qint64 ma = values[a].monetaryCents;
        const qint64 mb = values[b].monetaryCents;
        return ma != mb ? ma > mb : values[a].code < values[b].code;
    });
    const QString a = QStringLiteral("A"), b = QStringLiteral("B"), c = QStringLiteral("C");
    // A tiny tolerance so that a share of exactly 80/100 counts as having reached 0.80.
    constexpr double eps = 1e-12;
    qint64 before = 0; // revenue of the customers ranked above
    for (const qsizetype i : order) {
        const double share = total > 0 ? double(before) / double(total) : 1.0;
        result[i] = share < thresholds.a - eps ? a : share < thresholds.b - eps ? b : c;
        before += values[i].monetaryCents;
    }
    return result;
}
