#include "Transaction.h"

#include <QHash>
#include <QSqlError>
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

// BEGIN IMMEDIATE waits for another writer for the connection's busy timeout; under a burst of writers from
// several computers that can run out, so it is tried a few more times before the save reports "busy".
bool begin(QSqlDatabase& db)
{
    constexpr int attempts = 3;
    for (int attempt = 1;; ++attempt) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        const QString code = query.lastError().nativeErrorCode(); // SQLITE_BUSY (5) or SQLITE_LOCKED (6)
        if (attempt == attempts || (code != u"5" && code != u"6"))
            return false;
    }
}

QString savepointName(int depth)
{
    return QStringLiteral("dossier_sp%1").arg(depth);
}
} // namespace

Transaction::Transaction(QSqlDatabase& db) : m_db(db)
{
    int& depth = depthByConnection[m_db.connectionName()];
    m_active = depth == 0 ? begin(m_db) : run(m_db, QStringLiteral("SAVEPOINT ") + savepointName(depth));
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
