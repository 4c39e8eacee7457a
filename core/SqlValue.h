#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// How values are written to and read from the database. Text formats are ISO-8601 so that SQLite and a
// later PostgreSQL backend store and compare them the same way.
class SqlValue {
public:
    static QVariant fromDate(const QDate& date); // NULL when invalid
    static QDate toDate(const QVariant& value);
    static QVariant fromDateTime(const QDateTime& time); // UTC "2024-03-05T08:00:00.000Z"
    static QDateTime toDateTime(const QVariant& value);
    static QVariant fromText(const QString& text); // empty -> ""; never NULL for text columns
    static QVariant fromId(qint64 id);             // 0 -> NULL

    // Runs a prepared query; on failure returns a message naming what failed (for Result::failure).
    static bool exec(QSqlQuery& query, QString* error);
    // Prepares `sql`, binds `values` in order and runs it: for one-off statements such as deletes.
    static Status run(QSqlDatabase& db, const QString& sql, const QVariantList& values);
    static QString describe(const QSqlQuery& query);
};
