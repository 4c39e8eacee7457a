#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// Finalizes a raw statement when it goes out of scope, for read loops that step sqlite3 directly.
struct SqliteFinalizer {
    void operator()(sqlite3_stmt* statement) const;
};
using SqliteStatementHandle = std::unique_ptr<sqlite3_stmt, SqliteFinalizer>;

// A prepared statement on the SQLite connection under a QSqlDatabase, for bulk writers: QSqlQuery wraps every
// value in a QVariant and copies it, which cost bulk imports as much as SQLite's own work. Text is converted
// to UTF-8 into a buffer the statement keeps, so binding a row allocates nothing. Values are bound by position
// from 0 (as with QSqlQuery); bound text and blobs stay valid until the statement has run.
class SqliteStatement {
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // The connection of an open QSqlDatabase on the QSQLITE driver, or nullptr.
    static sqlite3* handle(const QSqlDatabase& db);

    Status prepare(sqlite3* db, const char* sql);
    void bindText(int position, QStringView text); // a null string is stored as '' (the NOT NULL text columns)
    void bindOptionalText(int position, QStringView text); // empty is stored as NULL
    void bindBlob(int position, const QByteArray& bytes); // the array must outlive run()/step()
    void bindInt(int position, qint64 value);
    void bindNull(int position);

    // Runs a statement that returns no rows, then makes it ready for the next values.
    Status run();
    // Runs a query for one integer: the first column of the first row, or 0 without a row.
    Result<qint64> queryInt();
    qint64 lastInsertId() const;

private:
    Status failure() const;
    char* reserve(qsizetype bytes);
    void clear();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    // UTF-8 of the bound text; a new block when one is full, so earlier values never move before the run.
    std::vector<std::unique_ptr<char[]>> m_blocks;
    qsizetype m_blockSize = 0;
    qsizetype m_used = 0;
};
