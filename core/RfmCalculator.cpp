#include "RfmCalculator.h"

#include "AccessPolicy.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

Result<QList<RfmValues>> RfmCalculator::compute(const Options& options)
{
    return compute(options, {});
}

Result<QList<RfmValues>> RfmCalculator::compute(const Options& options,
                                                const std::function<void(const OrderHistoryScan::Customer&)>& alsoEach)
{
    using R = Result<QList<RfmValues>>;
    if (Status allowed = AccessPolicy::forConnection(m_db).check(Permission::ViewReports); !allowed)
        return R::failure(allowed.error(), allowed.errorKind());
    if (!options.asOf.isValid())
        return R::failure(tr("The as-of date is missing or invalid."), ErrorKind::Usage);
    sqlite3* connection = SqliteStatement::handle(m_db);
    if (!connection)
        return R::failure(tr("The archive is not an SQLite database."));

    // Every customer, those without counted orders included (frequency 0), in id order.
    QList<RfmValues> result;
    {
        sqlite3_stmt* customers = nullptr;
        if (sqlite3_prepare_v2(connection, "SELECT id, code FROM customers ORDER BY id", -1, &customers, nullptr) !=
            SQLITE_OK)
            return R::failure(QString::fromUtf8(sqlite3_errmsg(connection)));
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(customers)) == SQLITE_ROW) {
            RfmValues v;
            v.customerId = sqlite3_column_int64(customers, 0);
            v.code = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(customers, 1)),
                                       sqlite3_column_bytes(customers, 1));
            result.append(std::move(v));
        }
        sqlite3_finalize(customers);
        if (rc != SQLITE_DONE)
            return R::failure(QString::fromUtf8(sqlite3_errmsg(connection)));
    }

    // Both lists are in id order: walk them together.
    qsizetype next = 0;
    const Status scanned =
        OrderHistoryScan::run(m_db, options.asOf, options.windowStart, [&](const OrderHistoryScan::Customer& c) {
            if (alsoEach)
                alsoEach(c);
            while (next < result.size() && result[next].customerId < c.customerId)
                ++next;
            if (next == result.size() || result[next].customerId != c.customerId)
                return; // orders of a customer that is gone: not in the list
            RfmValues& v = result[next];
            v.frequency = c.orders;
            v.monetaryCents = c.amountCents;
            v.lastOrder = c.lastOrder;
            v.recencyDays = int(v.lastOrder.daysTo(options.asOf));
        });
    if (!scanned)
        return R::failure(scanned.error());
    return result;
}
