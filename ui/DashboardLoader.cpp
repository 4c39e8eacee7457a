#include "DashboardLoader.h"

#include "Archive.h"
#include "SegmentSnapshotRepository.h"

#include <QHash>
#include <QtMath>
#include <algorithm>

int ChurnRow::daysOverdue() const
{
    return int(qCeil(double(daysSinceLastOrder) - limitDays));
}

bool DashboardLoader::loadChurn(Archive& archive, const QDate& asOf, const QList<ChurnDetector::Assessment>& assessed,
                                QList<ChurnRow>& churn, QString& error)
{
    QVector<qint64> ids;
    QHash<qint64, ChurnDetector::Assessment> atRisk;
    for (const ChurnDetector::Assessment& a : assessed) {
        if (a.atRisk) {
            ids.append(a.customerId);
            atRisk.insert(a.customerId, a);
        }
    }
    const auto rows = archive.customers().rows(ids);
    if (!rows) {
        error = rows.error();
        return false;
    }
    churn.clear();
    churn.reserve(rows->size());
    for (const CustomerListRow& row : *rows) {
        const ChurnDetector::Assessment& a = atRisk[row.id];
        ChurnRow c;
        c.customerId = row.id;
        c.code = row.code;
        c.name = row.name;
        c.owner = row.owner;
        c.lastOrder = asOf.addDays(-a.daysSinceLastOrder);
        c.medianGapDays = a.medianGapDays;
        c.daysSinceLastOrder = a.daysSinceLastOrder;
        c.limitDays = a.limitDays;
        churn.append(std::move(c));
    }
    std::stable_sort(churn.begin(), churn.end(), [](const ChurnRow& a, const ChurnRow& b) {
        return a.daysOverdue() != b.daysOverdue() ? a.daysOverdue() > b.daysOverdue() : a.code < b.code;
    });
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
