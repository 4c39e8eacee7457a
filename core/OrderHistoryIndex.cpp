#include "OrderHistoryIndex.h"

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
    QSqlQuery query(db);
    for (const QString& sql : statements)
        if (!query.exec(sql))
            return Status::failure(
                QCoreApplication::translate("SchemaMigrator", "Schema change failed: %1 (%2)")
                    .arg(query.lastError().text(), sql.left(80)));
    return {};
}

} // namespace OrderHistoryIndex
