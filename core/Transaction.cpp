#include "Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace {
// Nesting depth per connection of this thread: the outermost Transaction issues BEGIN IMMEDIATE
// (take the write lock up front, so two writers never deadlock upgrading read locks), inner ones
// become savepoints so a repository call can be part of a bigger change.
thread_local QHash<QString, int> depthByConnection;

bool run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

QString savepointName(int depth)
{
    return QStringLiteral("dossier_sp%1").arg(depth);
}
} // namespace

Transaction::Transaction(QSqlDatabase& db) : m_db(db)
{
    int& depth = depthByConnection[m_db.connectionName()];
    const QString begin =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    m_active = run(m_db, begin);
    if (m_active)
        ++depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    int& depth = depthByConnection[m_db.connectionName()];
    const bool outermost = depth == 1;
    const bool ok = run(m_db, outermost ? QStringLiteral("COMMIT")
                                        : QStringLiteral("RELEASE ") + savepointName(depth - 1));
    if (!ok) {
        rollback();
        return false;
    }
    --depth;
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    int& depth = depthByConnection[m_db.connectionName()];
    if (depth == 1) {
        run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        const QString name = savepointName(depth - 1);
        run(m_db, QStringLiteral("ROLLBACK TO ") + name);
        run(m_db, QStringLiteral("RELEASE ") + name);
    }
    --depth;
    m_active = false;
}
