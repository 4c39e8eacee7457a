#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The search index's insert triggers, turned off while a bulk load puts its rows in and turned on again
// before the commit, inside the load's transaction. A statement that fires a trigger needs a statement
// journal: SQLite copies every page the insert touches, so a 100,000-row import wrote 3 GB of page copies
// to a temporary file only to mark customers for the search index. Instead, end() marks at once every
// customer the triggers would have marked: those inserted since begin() and those whose contacts or tags
// were inserted since. Updates and deletes keep their triggers. A rollback (cancel, failure, dry run)
// brings the triggers back with everything else; other connections never see them missing.
class SearchMarkDeferral {
    Q_DECLARE_TR_FUNCTIONS(SearchMarkDeferral)

public:
    explicit SearchMarkDeferral(QSqlDatabase& db) : m_db(db) {}

    // Does nothing outside a transaction: a trigger dropped there would stay dropped after a crash.
    Status begin();
    // Creates the triggers again (same SQL) and marks what the load inserted. Call before the commit.
    Status end();
    bool isActive() const { return !m_dropped.isEmpty(); }

private:
    struct Dropped {
        QString name;
        QString sql;
        QString table;
        QString customerColumn; // what the trigger marked: the new row's customer
        qint64 lastRowBefore = 0;
    };

    QSqlDatabase& m_db;
    QList<Dropped> m_dropped;
};
