#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

// Secondary indexes of a bulk load's tables, dropped while a large batch goes in and built again before the
// commit, inside the same transaction: SQLite builds an index from the finished table (one sort) several times
// faster than it keeps it up to date row by row. Unique indexes stay, since they enforce codes and order
// numbers the load looks up and relies on. A rollback (cancel, failure, dry run) brings the indexes back with
// everything else; readers on other connections keep seeing the committed archive with its indexes.
class IndexDeferral {
    Q_DECLARE_TR_FUNCTIONS(IndexDeferral)

public:
    // `tables`: the first is the one whose size decides (customers, orders, interactions).
    IndexDeferral(QSqlDatabase& db, QStringList tables, qint64 minimumRows = 50000);

    // Counts the rows the first table holds before the load.
    Status prepare();
    // Drops the indexes when the rows still to come are many: at least `minimumRows`, and at least twice what
    // the table held before (a rebuild sorts the old rows too). Decides once; later calls do nothing.
    Status consider(qint64 rowsToCome);
    bool isDeferred() const { return !m_dropped.isEmpty(); }
    // Builds every dropped index again; call before committing. Fails with ErrorKind::Cancelled when
    // `carryOn` says no before an index.
    Status restore(const std::function<bool()>& carryOn = {});

private:
    struct Index {
        QString name;
        QString sql;
    };
    QSqlDatabase& m_db;
    QStringList m_tables;
    qint64 m_minimumRows;
    qint64 m_existingRows = 0;
    bool m_decided = false;
    QList<Index> m_dropped;
};
