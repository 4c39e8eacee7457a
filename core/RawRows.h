#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantList>

// Table rows frozen column by column as JSON and written back unchanged, so an undo (unmerge) restores
// exactly what was stored: the same ids, the same SQLite storage classes (INTEGER stays INTEGER, TEXT
// stays TEXT, BLOBs such as name_key are kept as base64), NULLs as NULLs. Columns are whatever the table
// has, so a column added by a later schema step is carried along without changing this code.
class RawRows {
public:
    // Every column of the rows of `table` matching `where` (bound to `values` in order), in rowid/key order.
    static Result<QJsonArray> select(QSqlDatabase& db, const QString& table, const QString& where,
                                     const QVariantList& values);
    // Inserts `row` into `table` (INSERT OR REPLACE when `replace`), columns as frozen; returns the rowid.
    static Result<qint64> insert(QSqlDatabase& db, const QString& table, const QJsonObject& row, bool replace = false);
    // Sets every frozen column of the row whose `keyColumn` equals the frozen one, except those in `skip`.
    static Status update(QSqlDatabase& db, const QString& table, const QJsonObject& row, const QString& keyColumn,
                         const QStringList& skip = {});

    static QJsonValue toJson(const QVariant& value);
    static QVariant fromJson(const QJsonValue& value);
};
