#include "PragmaScope.h"

#include <QSqlQuery>

PragmaScope::PragmaScope(QSqlDatabase& db, const QString& pragma, const QString& value)
    : m_db(db)
    , m_pragma(pragma)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA %1").arg(m_pragma)) && q.next())
        m_previous = q.value(0);
    q.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_pragma, value));
}

PragmaScope::~PragmaScope()
{
    if (m_previous.isValid())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA %1 = %2").arg(m_pragma, m_previous.toString()));
}
