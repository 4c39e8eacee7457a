#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// Whole-database copies with SQLite's online backup API (sqlite3_backup_*): consistent while other connections
// and processes keep working on the source, and correct whatever journal mode the source uses (a plain file
// copy of a WAL archive misses what is still in the -wal file). A new copy is written next to its target as
// "<target>.part" and renamed into place only when complete, so a crash never leaves half a backup under the
// real name.
class SqliteBackup {
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    // Copies the database of an open connection into a new file. Must not run inside a write transaction of
    // that connection (the copy would contain its uncommitted changes). An existing target is replaced.
    static Status toFile(QSqlDatabase& source, const QString& target);
    // Copies the database file `source` into a new file `target`.
    static Status fileToFile(const QString& source, const QString& target);
    // Replaces the contents of the existing database `target` by those of `source`, in one write transaction
    // on `target`: other connections to it see either the old or the new contents.
    static Status replaceContents(const QString& source, const QString& target);

private:
    static Status copy(sqlite3* from, const QString& target);
    static Status step(sqlite3* from, sqlite3* to);
};
