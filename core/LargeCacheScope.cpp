#include "LargeCacheScope.h"

#include <QSqlQuery>
#include <QVariant>

LargeCacheScope::LargeCacheScope(QSqlDatabase& db, int mebibytes) : m_db(db)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_previous = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024));
}

LargeCacheScope::~LargeCacheScope()
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}
