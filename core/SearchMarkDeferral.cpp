#include "SearchMarkDeferral.h"

#include "SqlValue.h"
#include "SqliteStatement.h"

#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace {
struct Marked {
    const char* table;
    const char* trigger;
    const char* customerColumn;
};
// The tables a bulk load inserts into and the insert trigger of each (see SearchIndex::install).
constexpr Marked markedTables[] = {
    {"customers", "search_customer_insert", "id"},
    {"contacts", "search_contacts_insert", "customer_id"},
    {"customer_tags", "search_customer_tags_insert", "customer_id"},
};
} // namespace

Status SearchMarkDeferral::begin()
{
    sqlite3* handle = SqliteStatement::handle(m_db);
    if (!handle || sqlite3_get_autocommit(handle) || isActive())
        return {};
    for (const Marked& marked : markedTables) {
        QSqlQuery trigger(m_db);
        trigger.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        trigger.addBindValue(QString::fromLatin1(marked.trigger));
        if (!trigger.exec())
            return Status::failure(tr("Cannot prepare the archive for a large import: %1").arg(SqlValue::describe(trigger)));
        if (!trigger.next())
            continue; // an archive without a search index has nothing to mark
        Dropped dropped{QString::fromLatin1(marked.trigger), trigger.value(0).toString(),
                        QString::fromLatin1(marked.table), QString::fromLatin1(marked.customerColumn), 0};
        trigger.finish();
        QSqlQuery last(m_db);
        // Rowids only grow while rows are added; the rows above this one are the load's.
        if (!last.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(dropped.table)) || !last.next())
            return Status::failure(tr("Cannot prepare the archive for a large import: %1").arg(SqlValue::describe(last)));
        dropped.lastRowBefore = last.value(0).toLongLong();
        last.finish();
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(dropped.name)))
            return Status::failure(tr("Cannot prepare the archive for a large import: %1").arg(SqlValue::describe(drop)));
        m_dropped.append(dropped);
    }
    return {};
}

Status SearchMarkDeferral::end()
{
    while (!m_dropped.isEmpty()) {
        const Dropped& dropped = m_dropped.first();
        QSqlQuery create(m_db);
        if (!create.exec(dropped.sql))
            return Status::failure(tr("Cannot restore the search index after the import: %1").arg(SqlValue::describe(create)));
        // A row that took a rowid freed in this transaction is covered too: freeing it fired the delete
        // trigger, and the only loads that delete (updates of existing customers) also fire the update one.
        QSqlQuery mark(m_db);
        mark.prepare(QStringLiteral("INSERT OR IGNORE INTO search_dirty(customer_id) SELECT %1 FROM %2 WHERE rowid > ?")
                         .arg(dropped.customerColumn, dropped.table));
        mark.addBindValue(dropped.lastRowBefore);
        if (!mark.exec())
            return Status::failure(tr("Cannot restore the search index after the import: %1").arg(SqlValue::describe(mark)));
        m_dropped.removeFirst();
    }
    return {};
}
