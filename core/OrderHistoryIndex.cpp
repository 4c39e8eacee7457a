#include "OrderHistoryIndex.h"

#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace OrderHistoryIndex {

Status create(QSqlDatabase& db) {
    const QStringList statements = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS orders_customer_history"
                       " ON orders(customer_id, order_date, amount_cents)"),
        QStringLiteral("DROP INDEX IF EXISTS orders_customer"),
    };
    return SchemaMigrator::execAll(db, statements);
}

} // namespace OrderHistoryIndex
