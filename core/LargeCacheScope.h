#pragma once

#include "PragmaScope.h"

#include <QSqlDatabase>

// A bigger SQLite page cache while millions of rows and their index entries go in (demo data, imports);
// the previous size comes back when the scope ends.
class LargeCacheScope {
public:
    explicit LargeCacheScope(QSqlDatabase& db, int mebibytes = 256);

private:
    PragmaScope m_cacheSize;
};
