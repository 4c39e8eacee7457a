#include "CustomerFreezer.h"

#include "NameSortKey.h"
#include "SqlValue.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {
const QString customersTable = QStringLiteral("customers");

struct ForeignKey {
    QString column;
    QString parentTable;
    QString parentColumn; // "rowid" when the key refers to the parent's primary key implicitly
};

struct Column {
    QString name;
    bool notNull = false;
    bool integerKey = false; // INTEGER PRIMARY KEY: the rowid
};

QList<ForeignKey> foreignKeys(QSqlDatabase& db, const QString& table)
{
    QList<ForeignKey> keys;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table)))
        while (q.next()) {
            const QString to = q.value(4).toString();
            keys.append({q.value(3).toString(), q.value(2).toString(), to.isEmpty() ? QStringLiteral("rowid") : to});
        }
    return keys;
}

QList<Column> columns(QSqlDatabase& db, const QString& table)
{
    QList<Column> result;
    QSqlQuery q(db);
    int keyColumns = 0;
    if (q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
        while (q.next()) {
            Column c;
            c.name = q.value(1).toString();
            c.notNull = q.value(3).toInt() != 0;
            const bool key = q.value(5).toInt() > 0;
            keyColumns += key ? 1 : 0;
            c.integerKey = key && q.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            result.append(c);
        }
    if (keyColumns != 1)
        for (Column& c : result)
            c.integerKey = false;
    return result;
}

// Tables holding rows of a customer, with the column that points at it; parents before children.
QList<QPair<QString, QString>> childTables(QSqlDatabase& db)
{
    QList<QPair<QString, QString>> tables;
    QHash<QString, QStringList> parentsOf;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                              " ORDER BY name")))
        while (q.next()) {
            const QString table = q.value(0).toString();
            for (const ForeignKey& key : foreignKeys(db, table)) {
                parentsOf[table].append(key.parentTable);
                if (key.parentTable == customersTable && table != customersTable)
                    tables.append({table, key.column});
            }
        }
    // Order so that a table referring to another frozen table (tasks -> interactions) comes after it.
    QList<QPair<QString, QString>> ordered;
    QStringList done;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const auto& table : tables) {
            if (done.contains(table.first))
                continue;
            bool ready = true;
            for (const auto& other : tables)
                if (other.first != table.first && !done.contains(other.first) &&
                    parentsOf.value(table.first).contains(other.first))
                    ready = false;
            if (ready) {
                ordered.append(table);
                done.append(table.first);
            }
        }
        if (ordered.size() == before) { // a cycle: keep the rest in name order
            for (const auto& table : tables)
                if (!done.contains(table.first))
                    ordered.append(table);
            break;
        }
    }
    return ordered;
}

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QJsonValue(value.toLongLong());
    case QMetaType::Double: return value.toDouble();
    default: return value.toString();
    }
}

QVariant fromJson(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return value.toInteger();
        return d;
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return value.toString();
}

Result<QJsonArray> rowsOf(QSqlDatabase& db, const QString& table, const QString& column, qint64 id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" = ?").arg(table, column));
    q.addBindValue(id);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QJsonArray>::failure(error);
    QJsonArray rows;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), toJson(q.value(i)));
        rows.append(row);
    }
    return rows;
}

bool exists(QSqlDatabase& db, const QString& table, const QString& column, const QVariant& value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM \"%1\" WHERE \"%2\" = ? LIMIT 1").arg(table, column));
    q.addBindValue(value);
    return q.exec() && q.next();
}

// Inserts one frozen row into `table`; its integer key is kept when free. Returns the row's id (0 without one).
Result<qint64> insertRow(QSqlDatabase& db, const QString& table, const QList<Column>& tableColumns,
                         const QHash<QString, QVariant>& values)
{
    QStringList names;
    QVariantList bound;
    for (const Column& column : tableColumns) {
        if (!values.contains(column.name))
            continue; // a column added after the freeze: its default
        const QVariant value = values.value(column.name);
        if (column.integerKey && exists(db, table, column.name, value))
            continue; // taken meanwhile: a new id
        names.append(QLatin1Char('"') + column.name + QLatin1Char('"'));
        bound.append(value);
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO \"%1\"(%2) VALUES (%3)")
                  .arg(table, names.join(QStringLiteral(", ")),
                       QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QVariant& value : bound)
        q.addBindValue(value);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<qint64>::failure(error);
    return q.lastInsertId().toLongLong();
}
} // namespace

Result<QJsonObject> CustomerFreezer::freeze(qint64 customerId)
{
    const auto customer = rowsOf(m_db, customersTable, QStringLiteral("id"), customerId);
    if (!customer)
        return Result<QJsonObject>::failure(customer.error());
    if (customer->isEmpty())
        return Result<QJsonObject>::failure(tr("There is no customer with id %1.").arg(customerId), ErrorKind::NotFound);
    QJsonArray children;
    for (const auto& [table, column] : childTables(m_db)) {
        const auto rows = rowsOf(m_db, table, column, customerId);
        if (!rows)
            return Result<QJsonObject>::failure(rows.error());
        if (!rows->isEmpty())
            children.append(QJsonObject{{QStringLiteral("table"), table},
                                        {QStringLiteral("key"), column},
                                        {QStringLiteral("rows"), *rows}});
    }
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("customer"), customer->first()},
                       {QStringLiteral("children"), children}};
}

Result<CustomerFreezer::Thawed> CustomerFreezer::thaw(const QJsonObject& frozen)
{
    using R = Result<Thawed>;
    const QJsonObject customer = frozen.value(QStringLiteral("customer")).toObject();
    const QString code = customer.value(QStringLiteral("code")).toString();
    if (customer.isEmpty() || code.isEmpty())
        return R::failure(tr("The frozen record is damaged; nothing was restored."));
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT name FROM customers WHERE code = ?"));
    taken.addBindValue(code);
    if (taken.exec() && taken.next())
        return R::failure(tr("The code %1 is now used by another customer (%2). Change that customer's code, then "
                             "restore again.")
                              .arg(code, taken.value(0).toString()),
                          ErrorKind::Duplicate);

    QHash<QString, QVariant> values;
    for (auto it = customer.begin(); it != customer.end(); ++it)
        values.insert(it.key(), fromJson(it.value()));
    if (values.contains(QStringLiteral("name_key"))) // sort keys follow the ICU of this build
        values.insert(QStringLiteral("name_key"), NameSortKey::of(values.value(QStringLiteral("name")).toString()));
    const auto customerId = insertRow(m_db, customersTable, columns(m_db, customersTable), values);
    if (!customerId)
        return R::failure(tr("Cannot restore customer %1: %2").arg(code, customerId.error()));

    Thawed thawed;
    thawed.customerId = *customerId;
    QHash<QString, QHash<qint64, qint64>> newIds; // table -> frozen id -> id now, where they differ
    const QJsonArray children = frozen.value(QStringLiteral("children")).toArray();
    for (const QJsonValue& child : children) {
        const QString table = child.toObject().value(QStringLiteral("table")).toString();
        const QList<Column> tableColumns = columns(m_db, table);
        if (tableColumns.isEmpty()) { // the table is gone in this schema
            thawed.droppedRows += child.toObject().value(QStringLiteral("rows")).toArray().size();
            continue;
        }
        const QList<ForeignKey> keys = foreignKeys(m_db, table);
        for (const QJsonValue& rowValue : child.toObject().value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            QHash<QString, QVariant> rowValues;
            for (auto it = row.begin(); it != row.end(); ++it)
                rowValues.insert(it.key(), fromJson(it.value()));
            bool keep = true;
            for (const ForeignKey& key : keys) {
                const QVariant value = rowValues.value(key.column);
                if (value.isNull())
                    continue;
                if (key.parentTable == customersTable) {
                    rowValues.insert(key.column, thawed.customerId);
                    continue;
                }
                if (const auto moved = newIds.value(key.parentTable).constFind(value.toLongLong());
                    moved != newIds.value(key.parentTable).constEnd()) {
                    rowValues.insert(key.column, *moved);
                    continue;
                }
                if (exists(m_db, key.parentTable, key.parentColumn, value))
                    continue;
                const bool required = std::any_of(tableColumns.begin(), tableColumns.end(), [&](const Column& c) {
                    return c.name == key.column && c.notNull;
                });
                if (required)
                    keep = false;
                else
                    rowValues.insert(key.column, QVariant());
            }
            if (!keep) {
                ++thawed.droppedRows;
                continue;
            }
            const auto inserted = insertRow(m_db, table, tableColumns, rowValues);
            if (!inserted)
                return R::failure(tr("Cannot restore customer %1 (%2): %3").arg(code, table, inserted.error()));
            const QVariant frozenId = rowValues.value(QStringLiteral("id"));
            if (!frozenId.isNull() && frozenId.toLongLong() != *inserted && *inserted != 0)
                newIds[table].insert(frozenId.toLongLong(), *inserted);
        }
    }
    return thawed;
}
