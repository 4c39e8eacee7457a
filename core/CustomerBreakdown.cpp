#include "CustomerBreakdown.h"

#include "AccessPolicy.h"
#include "SqlValue.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <numeric>

Result<QList<CustomerBreakdown::Group>> CustomerBreakdown::customersBy(Column column)
{
    using R = Result<QList<Group>>;
    if (Status allowed = AccessPolicy::forConnection(m_db).check(Permission::ViewReports); !allowed)
        return R::failure(allowed.error(), allowed.errorKind());
    const QString name = column == Column::Province ? QStringLiteral("province") : QStringLiteral("industry");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The column's index delivers the rows grouped by value.
    if (!query.exec(QStringLiteral("SELECT %1, id FROM customers ORDER BY %1").arg(name)))
        return R::failure(SqlValue::describe(query));
    QList<Group> groups;
    while (query.next()) {
        const QString value = query.value(0).toString().trimmed();
        if (groups.isEmpty() || groups.last().value != value)
            groups.append({value, {}});
        groups.last().customerIds.append(query.value(1).toLongLong());
    }
    if (query.lastError().isValid())
        return R::failure(SqlValue::describe(query));
    // Trimming may have split one value over two runs; merge them.
    QList<Group> merged;
    QHash<QString, qsizetype> index;
    for (Group& g : groups) {
        const auto found = index.constFind(g.value);
        if (found == index.constEnd()) {
            index.insert(g.value, merged.size());
            merged.append(std::move(g));
        } else {
            merged[*found].customerIds.append(g.customerIds);
        }
    }
    std::stable_sort(merged.begin(), merged.end(), [](const Group& a, const Group& b) {
        return a.customerIds.size() != b.customerIds.size() ? a.customerIds.size() > b.customerIds.size()
                                                            : a.value < b.value;
    });
    return merged;
}

Result<CustomerBreakdown::FollowUpGrid> CustomerBreakdown::followUpsPerRepWeek(const QDate& asOf, int weeks)
{
    if (Status allowed = AccessPolicy::forConnection(m_db).check(Permission::ViewReports); !allowed)
        return Result<FollowUpGrid>::failure(allowed.error(), allowed.errorKind());
    using R = Result<FollowUpGrid>;
    if (!asOf.isValid() || weeks < 1)
        return R::failure(tr("The as-of date is missing or invalid."), ErrorKind::Usage);
    FollowUpGrid grid;
    const QDate lastMonday = asOf.addDays(1 - asOf.dayOfWeek());
    const QDate first = lastMonday.addDays(-7 * (weeks - 1));
    for (int w = 0; w < weeks; ++w)
        grid.weekStarts.append(first.addDays(7 * w));
    const QDate end = lastMonday.addDays(7); // exclusive, local

    // Times are stored in UTC: widen the range by a day on both sides, then bucket by the local date.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coalesce(u.login, ''), i.happened_at, i.customer_id FROM interactions i"
                                 " LEFT JOIN users u ON u.id = i.author_id"
                                 " WHERE i.happened_at >= ? AND i.happened_at < ?"));
    query.addBindValue(SqlValue::fromDate(first.addDays(-1)));
    query.addBindValue(SqlValue::fromDate(end.addDays(1)));
    QString error;
    if (!SqlValue::exec(query, &error))
        return R::failure(error);
    QHash<QString, int> repIndex;
    QStringList reps;
    struct Raw {
        qint64 customerId;
        int rep;
        int week;
    };
    QList<Raw> raw;
    while (query.next()) {
        const QDate day = SqlValue::toDateTime(query.value(1)).toLocalTime().date();
        if (day < first || day >= end)
            continue;
        const QString rep = query.value(0).toString();
        auto found = repIndex.constFind(rep);
        if (found == repIndex.constEnd()) {
            found = repIndex.insert(rep, int(reps.size()));
            reps.append(rep);
        }
        raw.append({query.value(2).toLongLong(), *found, int(first.daysTo(day) / 7)});
    }
    if (query.lastError().isValid())
        return R::failure(SqlValue::describe(query));

    // Order the reps by their total, most first.
    QList<qint64> totals(reps.size(), 0);
    for (const Raw& r : raw)
        ++totals[r.rep];
    QList<int> order(reps.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return totals[a] != totals[b] ? totals[a] > totals[b] : reps[a] < reps[b];
    });
    QList<int> newIndex(reps.size());
    for (int i = 0; i < int(order.size()); ++i) {
        newIndex[order[i]] = i;
        grid.reps.append(reps[order[i]]);
    }
    grid.counts = QList<QList<qint64>>(reps.size(), QList<qint64>(weeks, 0));
    grid.entries.reserve(raw.size());
    for (const Raw& r : raw) {
        const int rep = newIndex[r.rep];
        ++grid.counts[rep][r.week];
        grid.entries.append({r.customerId, rep, r.week});
    }
    return grid;
}

QList<qint64> CustomerBreakdown::FollowUpGrid::customersOf(int rep, int week) const
{
    QSet<qint64> ids;
    for (const Entry& e : entries)
        if (e.rep == rep && e.week == week)
            ids.insert(e.customerId);
    QList<qint64> result(ids.cbegin(), ids.cend());
    std::sort(result.begin(), result.end());
    return result;
}
