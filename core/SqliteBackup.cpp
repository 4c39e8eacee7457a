#include "SqliteBackup.h"

#include "SqliteStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace {
constexpr int busyTimeoutMs = 10000;

// A raw connection that closes itself.
struct Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    int open(const QString& path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
        if (db)
            sqlite3_busy_timeout(db, busyTimeoutMs);
        return rc;
    }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
};
} // namespace

Status SqliteBackup::step(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(to)));
    // All pages in one step: the source is read under one read lock, so the copy is one consistent state even
    // while other processes write. Busy (a writer committing right now) is waited out, a bounded number of times.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED && rc != SQLITE_OK)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Status::failure(rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                                   ? tr("The archive stayed busy; the copy was not made.")
                                   : QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

Status SqliteBackup::copy(sqlite3* from, const QString& target)
{
    if (!from)
        return Status::failure(tr("The archive is not an SQLite database."));
    if (!sqlite3_get_autocommit(from))
        return Status::failure(tr("A backup cannot be made in the middle of a change."));
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    const QString part = info.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(part);
    {
        Connection to;
        if (to.open(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
            return Status::failure(tr("Cannot write %1: %2").arg(part, to.error()));
        if (Status s = step(from, to.db); !s) {
            sqlite3_close_v2(to.db);
            to.db = nullptr;
            QFile::remove(part);
            return Status::failure(tr("Cannot write %1: %2").arg(target, s.error()));
        }
        // A copy of a WAL archive says "WAL" in its header; the copy is one self-contained file.
        sqlite3_exec(to.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(part);
        return Status::failure(tr("Cannot replace %1.").arg(target));
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return Status::failure(tr("Cannot write %1.").arg(target));
    }
    return {};
}

Status SqliteBackup::toFile(QSqlDatabase& source, const QString& target)
{
    return copy(SqliteStatement::handle(source), target);
}

Status SqliteBackup::fileToFile(const QString& source, const QString& target)
{
    Connection from;
    if (from.open(source, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Status::failure(tr("Cannot read %1: %2").arg(source, from.error()));
    return copy(from.db, target);
}

Status SqliteBackup::replaceContents(const QString& source, const QString& target)
{
    Connection from;
    if (from.open(source, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Status::failure(tr("Cannot read %1: %2").arg(source, from.error()));
    Connection to;
    if (to.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
        return Status::failure(tr("Cannot write %1: %2").arg(target, to.error()));
    if (Status s = step(from.db, to.db); !s)
        return Status::failure(tr("Cannot write %1: %2").arg(target, s.error()));
    return {};
}
