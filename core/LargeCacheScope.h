#pragma once

#include <QSqlDatabase>

// A bigger SQLite page cache while millions of rows and their index entries go in (demo data, imports);
// the previous size comes back when the scope ends.
class LargeCacheScope {
public:
    explicit LargeCacheScope(QSqlDatabase& db, int mebibytes = 256);
    ~LargeCacheScope();
    LargeCacheScope(const LargeCacheScope&) = delete;
    LargeCacheScope& operator=(const LargeCacheScope&) = delete;

private:
    QSqlDatabase& m_db;
    qint64 m_previous = -2000;
};
