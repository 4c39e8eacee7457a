#include "CustomerLabelScan.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace {
QString textAt(sqlite3_stmt* statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}
} // namespace

Result<QList<CustomerLabelScan::Label>> CustomerLabelScan::read(QSqlDatabase& db, QList<qint64> ids)
{
    using R = Result<QList<Label>>;
    QList<Label> labels;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.isEmpty())
        return labels;
    sqlite3* connection = SqliteStatement::handle(db);
    if (!connection)
        return R::failure(tr("The archive is not an SQLite database."));
    // From the smallest wanted id on, in rowid order: no sort step, and a few wanted ids stop the scan early.
    const char* sql = "SELECT c.id, c.code, c.name, coalesce(u.login, '') FROM customers c"
                      " LEFT JOIN users u ON u.id = c.owner_id WHERE c.id BETWEEN ?1 AND ?2 ORDER BY c.id";
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &raw, nullptr) != SQLITE_OK)
        return R::failure(QString::fromUtf8(sqlite3_errmsg(connection)));
    SqliteStatementHandle statement(raw);
    sqlite3_bind_int64(raw, 1, ids.first());
    sqlite3_bind_int64(raw, 2, ids.last());

    labels.reserve(ids.size());
    auto wanted = ids.cbegin();
    int rc = SQLITE_ROW;
    while (wanted != ids.cend() && (rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(raw, 0);
        while (wanted != ids.cend() && *wanted < id)
            ++wanted; // no such customer
        if (wanted == ids.cend() || *wanted != id)
            continue;
        labels.append({id, textAt(raw, 1), textAt(raw, 2), textAt(raw, 3)});
        ++wanted;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return R::failure(QString::fromUtf8(sqlite3_errmsg(connection)));
    return labels;
}
