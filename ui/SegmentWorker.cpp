#include "SegmentWorker.h"

#include "AbcSegmenter.h"
#include "Archive.h"
#include "ChurnDetector.h"
#include "DashboardLoader.h"
#include "RfmCalculator.h"
#include "RfmSegmenter.h"

#include <QHash>
#include <future>

namespace {
const SegmentName abcNames[] = {
    {"A", QT_TRANSLATE_NOOP("SegmentDashboard", "A"), "A类客户"},
    {"B", QT_TRANSLATE_NOOP("SegmentDashboard", "B"), "B类客户"},
    {"C", QT_TRANSLATE_NOOP("SegmentDashboard", "C"), "C类客户"},
    {AbcSegmenter::noOrdersKey, QT_TRANSLATE_NOOP("SegmentDashboard", "No orders"), RfmSegmenter::noOrdersChinese},
};

// Buckets in the order of `names`; `segmentOf(i)` is the name (as the segmenter spells it) of customer i,
// `nameKey` how a SegmentName spells it.
template <typename SegmentOf, typename NameKey>
QList<SegmentStats::Bucket> count(const QList<RfmValues>& values, const QList<SegmentName>& names,
                                  SegmentOf segmentOf, NameKey nameKey, QList<qint8>& bucketOf)
{
    bucketOf.resize(values.size());
    QList<SegmentStats::Bucket> buckets;
    QHash<QString, qsizetype> index;
    for (const SegmentName& name : names) {
        index.insert(nameKey(name), buckets.size());
        buckets.append({name, 0, 0});
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString segment = segmentOf(i);
        auto found = index.constFind(segment);
        if (found == index.constEnd()) { // not in the table (should not happen): show it under its own name
            found = index.insert(segment, buckets.size());
            buckets.append({SegmentName{"", "", ""}, 0, 0});
        }
        bucketOf[i] = qint8(*found);
        SegmentStats::Bucket& bucket = buckets[*found];
        ++bucket.customers;
        bucket.revenueCents += values[i].monetaryCents;
    }
    return buckets;
}
} // namespace

SegmentWorker::SegmentWorker(QString archivePath, QDate asOf, QObject* parent, bool withChurn)
    : ArchiveWorker(std::move(archivePath), parent), m_asOf(asOf), m_withChurn(withChurn)
{
    connect(this, &ArchiveWorker::finished, this, [this] {
        if (succeeded())
            emit resultReady(m_stats);
    });
}

bool SegmentWorker::work(Archive& archive, QString& error)
{
    ChurnDetector::Options churnOptions;
    churnOptions.asOf = m_asOf;
    QList<ChurnDetector::Assessment> atRisk;
    auto values = RfmCalculator(archive.database().connection())
                      .compute({m_asOf, QDate()}, [&](const OrderHistoryScan::Customer& orders) {
                          if (!m_withChurn || orders.days.empty())
                              return;
                          if (ChurnDetector::Assessment a = ChurnDetector::assessDays(orders, churnOptions); a.atRisk)
                              atRisk.append(a);
                      });
    if (!values) {
        error = values.error();
        return false;
    }
    if (!report(0.5, values->size()))
        return false;
    // The statistics need nothing from the archive: a second thread sums them up (and announces them) while
    // this one, which owns the connection, reads the names of the customers at risk.
    std::future<void> summary = std::async(std::launch::async, [this, &values] {
        m_stats = summarize(*values, m_asOf);
        emit statsReady(); // queued to the GUI thread before finished(), which is emitted after get() below
    });
    const bool churnLoaded = !m_withChurn || DashboardLoader::loadChurn(archive, m_asOf, atRisk, m_churn, error);
    summary.get();
    if (!churnLoaded)
        return false;
    report(1.0, values->size());
    return true;
}

SegmentStats SegmentWorker::summarize(const QList<RfmValues>& values, const QDate& asOf)
{
    SegmentStats stats;
    stats.asOf = asOf;
    stats.customerCount = values.size();

    const QList<CustomerSegment> rfm5 = RfmSegmenter::rfm5(values);
    stats.rfm5 = count(
        values, RfmSegmenter::rfm5Segments(), [&](qsizetype i) { return rfm5[i].segment; },
        [](const SegmentName& n) { return QString::fromLatin1(n.key); }, stats.rfm5Bucket);

    const QList<CustomerSegment> rfm8 = RfmSegmenter::rfm8(values);
    stats.rfm8 = count(
        values, RfmSegmenter::rfm8Segments(), [&](qsizetype i) { return rfm8[i].segment; },
        [](const SegmentName& n) { return QString::fromUtf8(n.chinese); }, stats.rfm8Bucket);

    const QList<QString> tiers = AbcSegmenter::tiers(values);
    stats.abc = count(
        values, QList<SegmentName>(std::begin(abcNames), std::end(abcNames)), [&](qsizetype i) { return tiers[i]; },
        [](const SegmentName& n) { return QString::fromLatin1(n.key); }, stats.abcBucket);

    stats.customerIds.reserve(values.size());
    stats.rScore = QList<qint8>(values.size(), 0);
    stats.fScore = QList<qint8>(values.size(), 0);
    for (qsizetype i = 0; i < values.size(); ++i) {
        stats.customerIds.append(values[i].customerId);
        const CustomerSegment& segment = rfm5[i];
        bool rOk = false;
        bool fOk = false;
        const int r = segment.r.toInt(&rOk);
        const int f = segment.f.toInt(&fOk);
        if (!rOk || !fOk || r < 1 || r > 5 || f < 1 || f > 5)
            continue; // no orders
        stats.rScore[i] = qint8(r);
        stats.fScore[i] = qint8(f);
        SegmentStats::Cell& cell = stats.rf[size_t(r - 1)][size_t(f - 1)];
        ++cell.customers;
        cell.monetaryCents += segment.values.monetaryCents;
    }
    return stats;
}
