#include "PoolSchema.h"

#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace PoolSchema {

Status create(QSqlDatabase& db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE customer_owner_since ("
                       " customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,"
                       " since TEXT NOT NULL)"),
        // Same UTC text format as SqlValue::fromDateTime.
        QStringLiteral("CREATE TRIGGER customers_owner_since AFTER UPDATE OF owner_id ON customers"
                       " WHEN new.owner_id IS NOT old.owner_id BEGIN"
                       " INSERT OR REPLACE INTO customer_owner_since(customer_id, since)"
                       " VALUES (new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));"
                       " END"),
    };
    return SchemaMigrator::execAll(db, statements);
}

} // namespace PoolSchema
