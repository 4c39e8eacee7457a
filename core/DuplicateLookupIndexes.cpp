#include "DuplicateLookupIndexes.h"

#include "SchemaMigrator.h"

namespace DuplicateLookupIndexes {

Status create(QSqlDatabase& db)
{
    // Queries must repeat the WHERE terms for SQLite to use a partial index (DuplicateFinder does).
    return SchemaMigrator::execAll(
        db, {QStringLiteral("CREATE INDEX IF NOT EXISTS customers_id_number ON customers(id_number) WHERE id_number <> ''"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_email_lower ON contacts(lower(email)) WHERE email <> ''")});
}

} // namespace DuplicateLookupIndexes
