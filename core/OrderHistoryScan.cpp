#include "OrderHistoryScan.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace {
int digits(const char* text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}
} // namespace

std::optional<qint64> OrderHistoryScan::julianDay(const char* text, int length) {
    if (length == 10 && text[4] == '-' && text[7] == '-') {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0) {
            const QDate date(year, month, day);
            return date.isValid() ? std::optional<qint64>(date.toJulianDay()) : std::nullopt;
        }
    }
    // Anything else the way the rest of Dossier reads a stored date (SqlValue::toDate).
    const QDate date = QDate::fromString(QString::fromUtf8(text, length), Qt::ISODate);
    return date.isValid() ? std::optional<qint64>(date.toJulianDay()) : std::nullopt;
}

Status OrderHistoryScan::run(QSqlDatabase& db, const QDate& asOf, const QDate& windowStart,
                             const std::function<void(const Customer&)>& each) {
    sqlite3* connection = SqliteStatement::handle(db);
    if (!connection)
        return Status::failure(tr("The archive is not an SQLite database."));
    // Dates are ISO text, so text comparison is date comparison.
    const char* sql = windowStart.isValid()
                          ? "SELECT customer_id, order_date, amount_cents FROM orders"
                            " WHERE order_date <= ?1 AND order_date >= ?2 ORDER BY customer_id, order_date"
                          : "SELECT customer_id, order_date, amount_cents FROM orders"
                            " WHERE order_date <= ?1 ORDER BY customer_id, order_date";
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &raw, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(connection)));
    SqliteStatementHandle statement(raw);
    const QByteArray asOfText = asOf.toString(Qt::ISODate).toLatin1();
    const QByteArray startText =
        windowStart.isValid() ? windowStart.toString(Qt::ISODate).toLatin1() : QByteArray();
    sqlite3_bind_text(raw, 1, asOfText.constData(), int(asOfText.size()), SQLITE_STATIC);
    if (windowStart.isValid())
        sqlite3_bind_text(raw, 2, startText.constData(), int(startText.size()), SQLITE_STATIC);

    Customer current;
    // Consecutive orders mostly share a date text; parse a date only when it changes.
    QByteArray lastText;
    qint64 lastDay = 0;
    bool lastValid = false;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(raw, 0);
        if (id != current.customerId && current.orders > 0) {
            each(current);
            current.orders = 0;
            current.amountCents = 0;
            current.days.clear();
        }
        current.customerId = id;
        const char* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, 1));
        const int length = sqlite3_column_bytes(raw, 1);
        if (length != lastText.size() || memcmp(text, lastText.constData(), size_t(length)) != 0) {
            lastText = QByteArray(text, length);
            const auto day = julianDay(text, length);
            lastValid = day.has_value();
            lastDay = day.value_or(0);
        }
        ++current.orders;
        current.amountCents += sqlite3_column_int64(raw, 2);
        if (lastValid)
            current.days.push_back(lastDay);
        current.lastOrder = lastValid ? QDate::fromJulianDay(lastDay) : QDate();
    }
    if (rc != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(connection)));
    if (current.orders > 0)
        each(current);
    return {};
}
