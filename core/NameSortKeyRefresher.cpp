#include "NameSortKeyRefresher.h"

#include "NameSortKey.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QVariant>

Result<qint64> NameSortKeyRefresher::refreshIfCollatorChanged(QSqlDatabase& db)
{
    const QString current = NameSortKey::collatorVersion();
    QSqlQuery stored(db);
    if (!stored.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'name_key_collator'")))
        return Result<qint64>::failure(SqlValue::describe(stored));
    if (stored.next() && stored.value(0).toString() == current)
        return qint64(0);

    Transaction transaction(db);
    if (!transaction.isActive())
        return Result<qint64>::failure(SqlValue::describe(stored));
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, name FROM customers")))
        return Result<qint64>::failure(SqlValue::describe(select));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE customers SET name_key = ? WHERE id = ?"));
    qint64 updated = 0;
    QString error;
    while (select.next()) {
        update.bindValue(0, NameSortKey::of(select.value(1).toString()));
        update.bindValue(1, select.value(0));
        if (!SqlValue::exec(update, &error))
            return Result<qint64>::failure(error);
        ++updated;
    }
    QSqlQuery remember(db);
    remember.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('name_key_collator', ?)"));
    remember.addBindValue(current);
    if (!SqlValue::exec(remember, &error) || !transaction.commit())
        return Result<qint64>::failure(error);
    return updated;
}
