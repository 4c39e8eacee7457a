#include "IndexDeferral.h"

#include "SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

IndexDeferral::IndexDeferral(QSqlDatabase& db, QStringList tables, qint64 minimumRows)
    : m_db(db), m_tables(std::move(tables)), m_minimumRows(minimumRows)
{
}

Status IndexDeferral::prepare()
{
    QSqlQuery count(m_db);
    // Table names come from the code, never from input.
    if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(m_tables.first())) || !count.next())
        return Status::failure(SqlValue::describe(count));
    m_existingRows = count.value(0).toLongLong();
    return {};
}

Status IndexDeferral::consider(qint64 rowsToCome)
{
    if (m_decided)
        return {};
    m_decided = true;
    if (rowsToCome < m_minimumRows || rowsToCome < 2 * m_existingRows)
        return {};
    QSqlQuery list(m_db);
    list.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                " AND tbl_name IN ('%1') ORDER BY name")
                     .arg(m_tables.join(QStringLiteral("', '"))));
    if (!list.exec())
        return Status::failure(SqlValue::describe(list));
    QList<Index> indexes;
    while (list.next()) {
        const QString sql = list.value(1).toString();
        if (!sql.startsWith(QLatin1String("CREATE UNIQUE"), Qt::CaseInsensitive)) // automatic ones have no SQL
            indexes.append({list.value(0).toString(), sql});
    }
    for (const Index& index : std::as_const(indexes)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.name)))
            return Status::failure(tr("Cannot prepare the archive for a large import: %1").arg(SqlValue::describe(drop)));
        m_dropped.append(index);
    }
    return {};
}

Status IndexDeferral::restore(const std::function<bool()>& carryOn)
{
    while (!m_dropped.isEmpty()) {
        if (carryOn && !carryOn())
            return Status::failure(QString(), ErrorKind::Cancelled);
        QSqlQuery create(m_db);
        if (!create.exec(m_dropped.first().sql))
            return Status::failure(tr("Cannot rebuild the index %1 after the import: %2")
                                       .arg(m_dropped.first().name, SqlValue::describe(create)));
        m_dropped.removeFirst();
    }
    return {};
}
