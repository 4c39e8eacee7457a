#include "DashboardLoader.h"

#include "Archive.h"
#include "CustomerLabelScan.h"
#include "SegmentSnapshotRepository.h"

#include <QtMath>
#include <algorithm>

int ChurnRow::daysOverdue() const
{
    return int(qCeil(double(daysSinceLastOrder) - limitDays));
}

bool DashboardLoader::loadChurn(Archive& archive, const QDate& asOf, const QList<ChurnDetector::Assessment>& assessed,
                                QList<ChurnRow>& churn, QString& error)
{
    QList<const ChurnDetector::Assessment*> atRisk; // in customer id order, as the labels come
    QList<qint64> ids;
    for (const ChurnDetector::Assessment& a : assessed)
        if (a.atRisk)
            atRisk.append(&a);
    std::sort(atRisk.begin(), atRisk.end(), [](const auto* a, const auto* b) { return a->customerId < b->customerId; });
    ids.reserve(atRisk.size());
    for (const ChurnDetector::Assessment* a : atRisk)
        ids.append(a->customerId);
    auto labels = CustomerLabelScan::read(archive.database().connection(), std::move(ids));
    if (!labels) {
        error = labels.error();
        return false;
    }
    churn.clear();
    churn.reserve(labels->size());
    auto assessment = atRisk.cbegin();
    for (CustomerLabelScan::Label& label : *labels) {
        while ((*assessment)->customerId != label.id) // labels are a subset of the ids, in the same order
            ++assessment;
        const ChurnDetector::Assessment& a = **assessment;
        ChurnRow c;
        c.customerId = label.id;
        c.code = std::move(label.code);
        c.name = std::move(label.name);
        c.owner = std::move(label.owner);
        c.lastOrder = asOf.addDays(-a.daysSinceLastOrder);
        c.medianGapDays = a.medianGapDays;
        c.daysSinceLastOrder = a.daysSinceLastOrder;
        c.limitDays = a.limitDays;
        churn.append(std::move(c));
    }
    // Most overdue first; the overdue days computed once per row, not per comparison.
    QList<std::pair<int, qsizetype>> order;
    order.reserve(churn.size());
    for (qsizetype i = 0; i < churn.size(); ++i)
        order.append({churn[i].daysOverdue(), i});
    std::sort(order.begin(), order.end(), [&churn](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : churn[a.second].code < churn[b.second].code;
    });
    QList<ChurnRow> sorted;
    sorted.reserve(churn.size());
    for (const auto& [days, i] : order)
        sorted.append(std::move(churn[i]));
    churn = std::move(sorted);
    return true;
}

bool DashboardLoader::load(Archive& archive, const QDate& asOf, DashboardData& data, QString& error)
{
    QSqlDatabase& db = archive.database().connection();
    data.asOf = asOf;

    CustomerBreakdown breakdown(db);
    auto provinces = breakdown.customersBy(CustomerBreakdown::Column::Province);
    auto industries = breakdown.customersBy(CustomerBreakdown::Column::Industry);
    auto followUps = breakdown.followUpsPerRepWeek(asOf, 12);
    for (const QString& e : {provinces.error(), industries.error(), followUps.error()})
        if (!e.isEmpty()) {
            error = e;
            return false;
        }
    data.provinces = std::move(provinces).value();
    data.industries = std::move(industries).value();
    data.followUps = std::move(followUps).value();
    return loadSnapshots(archive, data, error);
}

bool DashboardLoader::loadSnapshots(Archive& archive, DashboardData& data, QString& error)
{
    auto snapshots = SegmentSnapshotRepository(archive.database().connection()).list();
    if (!snapshots) {
        error = snapshots.error();
        return false;
    }
    data.snapshots = std::move(snapshots).value();
    return true;
}
