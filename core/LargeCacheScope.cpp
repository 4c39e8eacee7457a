#include "LargeCacheScope.h"

LargeCacheScope::LargeCacheScope(QSqlDatabase& db, int mebibytes)
    : m_cacheSize(db, QStringLiteral("cache_size"), QString::number(-qint64(mebibytes) * 1024))
{
}
