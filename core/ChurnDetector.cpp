#include "ChurnDetector.h"

#include "AccessPolicy.h"
#include "SqlValue.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {
// The rule on distinct days in ascending order.
ChurnDetector::Assessment assessDistinct(const std::vector<qint64>& days, const ChurnDetector::Options& options)
{
    ChurnDetector::Assessment a;
    if (days.empty())
        return a;
    a.daysSinceLastOrder = int(options.asOf.toJulianDay() - days.back());
    if (days.size() == 1) {
        a.limitDays = options.singleOrderDays;
    } else {
        std::vector<qint64> gaps;
        gaps.reserve(days.size() - 1);
        for (size_t i = 1; i < days.size(); ++i)
            gaps.push_back(days[i] - days[i - 1]);
        std::sort(gaps.begin(), gaps.end());
        const size_t n = gaps.size();
        a.medianGapDays = n % 2 ? double(gaps[n / 2]) : (double(gaps[n / 2 - 1]) + double(gaps[n / 2])) / 2.0;
        a.limitDays = options.gapMultiple * a.medianGapDays;
    }
    a.atRisk = a.daysSinceLastOrder > a.limitDays;
    return a;
}
} // namespace

ChurnDetector::Assessment ChurnDetector::assessDates(QList<QDate> dates, const Options& options)
{
    std::vector<qint64> days;
    days.reserve(size_t(dates.size()));
    for (const QDate& d : dates)
        days.push_back(d.toJulianDay());
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return assessDistinct(days, options);
}

ChurnDetector::Assessment ChurnDetector::assessDays(const OrderHistoryScan::Customer& customer, const Options& options)
{
    thread_local std::vector<qint64> days;
    days.assign(customer.days.begin(), customer.days.end());
    if (!std::is_sorted(days.begin(), days.end()))
        std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    Assessment a = assessDistinct(days, options);
    a.customerId = customer.customerId;
    return a;
}

Result<QList<ChurnDetector::Assessment>> ChurnDetector::assess(const Options& options)
{
    using R = Result<QList<Assessment>>;
    if (Status allowed = AccessPolicy::forConnection(m_db).check(Permission::ViewReports); !allowed)
        return R::failure(allowed.error(), allowed.errorKind());
    if (!options.asOf.isValid())
        return R::failure(tr("The as-of date is missing or invalid."), ErrorKind::Usage);
    // Codes once per customer, not once per order row (the driver converts every selected column).
    QHash<qint64, QString> codes;
    {
        QSqlQuery codeQuery(m_db);
        codeQuery.setForwardOnly(true);
        if (!codeQuery.exec(QStringLiteral("SELECT id, code FROM customers")))
            return R::failure(SqlValue::describe(codeQuery));
        while (codeQuery.next())
            codes.insert(codeQuery.value(0).toLongLong(), codeQuery.value(1).toString());
    }
    QList<Assessment> result;
    const Status scanned = OrderHistoryScan::run(m_db, options.asOf, QDate(), [&](const OrderHistoryScan::Customer& c) {
        Assessment a = assessDays(c, options);
        if (c.days.empty())
            return; // no order with a readable date
        a.code = codes.value(c.customerId);
        result.append(std::move(a));
    });
    if (!scanned)
        return R::failure(scanned.error());
    return result;
}
