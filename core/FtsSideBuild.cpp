#include "FtsSideBuild.h"

#include "SqliteStatement.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace {
// SQLite counts every allocation under one process-wide lock unless told otherwise before its first use;
// with four connections indexing at once, that lock cost more than it was worth. The count only serves
// sqlite3_memory_used() and the soft heap limit, which Dossier does not use. Set when the program loads,
// before any connection exists (afterwards SQLite ignores it).
[[maybe_unused]] const int memoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
} // namespace

FtsSideBuild::FtsSideBuild(FtsTable table, QStringList setup, QStringList finishing)
    : m_table(std::move(table))
    , m_setup(std::move(setup))
    , m_finishing(std::move(finishing))
{
}

FtsSideBuild::~FtsSideBuild()
{
    stop();
    sqlite3_close_v2(m_side); // a private temporary database: its file goes with the connection
}

Status FtsSideBuild::exec(const QString& sql) const
{
    char* message = nullptr;
    if (sqlite3_exec(m_side, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(m_side));
    sqlite3_free(message);
    return Status::failure(tr("The search index cannot be built: %1").arg(error));
}

Status FtsSideBuild::start()
{
    if (!sqlite3_threadsafe()) // SQLite built without locks: then the caller builds on its own connection
        return Status::failure(tr("The search index cannot be built: %1").arg(QStringLiteral("SQLITE_THREADSAFE=0")));
    // "" opens a private database on disk in the temporary directory; SQLite deletes it on close. Pages stay
    // in the cache until it is full, so small archives never touch the disk.
    if (sqlite3_open_v2("", &m_side, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return Status::failure(tr("The search index cannot be built: %1")
                                   .arg(m_side ? QString::fromUtf8(sqlite3_errmsg(m_side)) : QString()));
    QStringList statements = {
        QStringLiteral("PRAGMA journal_mode = OFF"), QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("PRAGMA secure_delete = OFF"), // merged segments: nothing to hide
        QStringLiteral("PRAGMA cache_size = -16384"),
        m_table.createSql(QStringLiteral(", content = ''"))};
    statements << m_setup << QStringLiteral("BEGIN");
    for (const QString& sql : statements)
        if (Status s = exec(sql); !s)
            return s;
    m_thread = std::thread([this] { run(); });
    return {};
}

void FtsSideBuild::run()
{
    const auto done = qScopeGuard([this] { m_done = true; });
    SqliteStatement insert;
    const auto failed = [](const Status& s) {
        return Status::failure(tr("The search index cannot be built: %1").arg(s.error()));
    };
    if (Status s = insert.prepare(m_side, QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (?, ?)")
                                              .arg(m_table.name, m_table.column)
                                              .toUtf8()
                                              .constData());
        !s)
        m_status = failed(s);
    while (m_status) {
        const std::optional<Batch> batch = m_batches.pop();
        if (!batch)
            break;
        for (const SearchEntry& entry : **batch) {
            insert.bindInt(0, entry.id());
            insert.bindText(1, (entry.*m_table.text)());
            if (Status s = insert.run(); !s) {
                m_status = failed(s);
                break;
            }
        }
    }
    if (!m_status) {
        m_batches.stop(); // add() now says the build failed
        return;
    }
    if (m_stopped)
        return;
    // All entries are in: the final steps run here too, side by side with the other tables' builds.
    for (const QString& sql : m_finishing)
        if (m_status = exec(sql); !m_status)
            return;
    m_status = exec(QStringLiteral("COMMIT")); // FTS5 writes what it still holds in memory
}

bool FtsSideBuild::add(const Batch& batch)
{
    return m_batches.push(batch);
}

void FtsSideBuild::endInput()
{
    m_batches.finish();
}

Status FtsSideBuild::finish()
{
    endInput();
    if (m_thread.joinable())
        m_thread.join();
    return m_status; // exec() and run() said what failed
}

void FtsSideBuild::stop()
{
    m_stopped = true;
    if (m_side)
        sqlite3_interrupt(m_side); // a final merge under way ends with SQLITE_INTERRUPT; the database is dropped
    m_batches.stop();
    if (m_thread.joinable())
        m_thread.join();
}

Status FtsSideBuild::copyInto(sqlite3* archive) const
{
    // The shadow tables are plain tables; SQLite refuses to write them only in "defensive" mode, which the
    // archive's connection may have been opened with.
    int defensive = 0;
    sqlite3_db_config(archive, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    if (defensive)
        sqlite3_db_config(archive, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    const auto restore = [&] {
        if (defensive)
            sqlite3_db_config(archive, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    };
    auto failed = [&](sqlite3* db) {
        restore();
        return Status::failure(
            tr("The search index cannot be built: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    // The index pages, the segment index and the settings (with FTS5's layout version).
    for (const char* suffix : {"_data", "_idx", "_config"}) {
        const QByteArray shadow = '"' + m_table.name.toUtf8() + suffix + '"';
        if (sqlite3_exec(archive, (QByteArray("DELETE FROM ") + shadow).constData(), nullptr, nullptr,
                         nullptr) != SQLITE_OK)
            return failed(archive);
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_side, (QByteArray("SELECT * FROM ") + shadow).constData(), -1, &raw,
                               nullptr) != SQLITE_OK)
            return failed(m_side);
        const SqliteStatementHandle read(raw);
        const int columns = sqlite3_column_count(raw);
        QByteArray insertSql = "INSERT INTO " + shadow + " VALUES (?";
        insertSql += QByteArray(", ?").repeated(columns - 1) + ')';
        if (sqlite3_prepare_v2(archive, insertSql.constData(), -1, &raw, nullptr) != SQLITE_OK)
            return failed(archive);
        const SqliteStatementHandle write(raw);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
            for (int i = 0; i < columns; ++i)
                sqlite3_bind_value(write.get(), i + 1, sqlite3_column_value(read.get(), i));
            if (sqlite3_step(write.get()) != SQLITE_DONE)
                return failed(archive);
            sqlite3_reset(write.get());
        }
        if (rc != SQLITE_DONE)
            return failed(m_side);
    }
    restore();
    return {};
}
