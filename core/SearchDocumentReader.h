#pragma once

#include "Result.h"
#include "SearchDocument.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QString>
#include <string>

struct sqlite3;

// Reads customers' search documents on the raw connection (no QVariant per value), in id order.
class SearchDocumentReader {
    Q_DECLARE_TR_FUNCTIONS(SearchDocumentReader)

public:
    // Every customer (a rebuild): the customers and their contacts, tags and alias codes are read by four
    // ordered scans and put together here. Three subqueries per customer, as openSome() runs, were most of
    // the archive connection's reading time in a rebuild of a million customers.
    Status openAll(sqlite3* db);
    // The customers the SQL condition `where` selects (a refresh: "WHERE c.id IN (...)"; "c" is the customer).
    Status openSome(sqlite3* db, const QString& where);

    // False at the end or on an error (then error() is set).
    bool next(SearchDocument& d);
    const QString& error() const { return m_error; }

private:
    // Rows of a child table in customer order; column 0 is the customer id.
    struct ChildRows {
        SqliteStatementHandle statement;
        bool onRow = false;
        qint64 customer() const;
    };
    Status prepare(const char* sql, SqliteStatementHandle& statement);
    bool step(ChildRows& rows);
    // Appends the columns from 1 on of `rows`' rows for `customer` to `text` (columns joined by `unit`, rows
    // by `record`) and moves past them.
    bool collect(ChildRows& rows, qint64 customer, char unit, char record, QString& text);

    sqlite3* m_db = nullptr;
    SqliteStatementHandle m_customers;
    bool m_merged = false;
    ChildRows m_contacts, m_tags, m_aliases;
    std::string m_buffer; // UTF-8 of one document's list, converted once
    QString m_error;
};
