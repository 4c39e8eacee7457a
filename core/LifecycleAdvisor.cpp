#include "LifecycleAdvisor.h"

#include "AccessPolicy.h"
#include "SqlValue.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

std::optional<CustomerStage> LifecycleAdvisor::stageFor(const LifecycleFacts& facts, const Options& options)
{
    if (facts.orders <= 0 || !facts.lastOrder.isValid())
        return facts.followUps > 0 ? std::optional(CustomerStage::Lead) : std::nullopt;
    const qint64 days = facts.lastOrder.daysTo(options.asOf);
    if (days <= options.activeDays)
        return CustomerStage::Active;
    if (days > options.lostDays || facts.churnRisk)
        return CustomerStage::Lost;
    return CustomerStage::Customer;
}

QString LifecycleAdvisor::reason(const LifecycleFacts& facts, const Options& options)
{
    if (facts.orders <= 0 || !facts.lastOrder.isValid())
        return tr("No orders; %n follow-up(s)", nullptr, int(facts.followUps));
    const qint64 days = facts.lastOrder.daysTo(options.asOf);
    QString text = tr("Last order %n day(s) ago", nullptr, int(days));
    if (days > options.activeDays && days <= options.lostDays && facts.churnRisk)
        text += tr("; overdue for its usual rhythm");
    return text;
}

Result<QList<StageSuggestion>> LifecycleAdvisor::suggest(const Options& options)
{
    using R = Result<QList<StageSuggestion>>;
    if (Status allowed = AccessPolicy::forConnection(m_db).check(Permission::ViewReports); !allowed)
        return R::failure(allowed.error(), allowed.errorKind());
    if (!options.asOf.isValid())
        return R::failure(tr("The as-of date is missing or invalid."), ErrorKind::Usage);

    ChurnDetector::Options churnOptions;
    churnOptions.asOf = options.asOf;
    churnOptions.gapMultiple = options.churnGapMultiple;
    churnOptions.singleOrderDays = options.churnSingleOrderDays;
    const auto churn = ChurnDetector(m_db).assess(churnOptions);
    if (!churn)
        return R::failure(churn.error(), churn.errorKind());
    QSet<qint64> atRisk;
    for (const ChurnDetector::Assessment& a : *churn)
        if (a.atRisk)
            atRisk.insert(a.customerId);

    // Follow-up times are UTC ISO text: everything before the next day's date string is on or before asOf.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.code, c.name, c.stage, coalesce(u.login, ''), o.n, o.last, i.n, i.last"
        " FROM customers c LEFT JOIN users u ON u.id = c.owner_id"
        " LEFT JOIN (SELECT customer_id, COUNT(*) AS n, MAX(order_date) AS last FROM orders"
        "            WHERE order_date <= ? GROUP BY customer_id) o ON o.customer_id = c.id"
        " LEFT JOIN (SELECT customer_id, COUNT(*) AS n, MAX(happened_at) AS last FROM interactions"
        "            WHERE happened_at < ? GROUP BY customer_id) i ON i.customer_id = c.id"
        " ORDER BY c.code"));
    query.addBindValue(SqlValue::fromDate(options.asOf));
    query.addBindValue(SqlValue::fromDate(options.asOf.addDays(1)));
    QString error;
    if (!SqlValue::exec(query, &error))
        return R::failure(error);
    QList<StageSuggestion> result;
    while (query.next()) {
        LifecycleFacts f;
        f.customerId = query.value(0).toLongLong();
        f.code = query.value(1).toString();
        f.name = query.value(2).toString();
        f.current = CustomerStages::fromText(query.value(3).toString()).value_or(CustomerStage::Lead);
        f.owner = query.value(4).toString();
        f.orders = query.value(5).toLongLong();
        f.lastOrder = SqlValue::toDate(query.value(6));
        f.followUps = query.value(7).toLongLong();
        f.lastFollowUp = SqlValue::toDateTime(query.value(8)).date();
        f.churnRisk = atRisk.contains(f.customerId);
        const auto stage = stageFor(f, options);
        if (stage && *stage != f.current)
            result.append({std::move(f), *stage});
    }
    if (query.lastError().isValid())
        return R::failure(SqlValue::describe(query));
    return result;
}
