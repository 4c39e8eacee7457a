#include "Database.h"

#include "JournalModeSetting.h"
#include "NameSortKeyRefresher.h"
#include "SchemaMigrator.h"
#include "StorageLocation.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInteger<quint64> connectionCounter;

// Acting users by connection name: every thread's Database registers its own (see actingUserOf).
QMutex actingUsersMutex;
QHash<QString, ActingUser>& actingUsers()
{
    static QHash<QString, ActingUser> users;
    return users;
}

// An existing file must look like SQLite before we let the driver near it; otherwise a stray document
// picked in "Open" could be overwritten with a fresh schema.
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true; // an empty file is a new archive
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Database::Database(Database&& other) noexcept
    : m_db(std::move(other.m_db))
    , m_connectionName(std::move(other.m_connectionName))
    , m_path(std::move(other.m_path))
    , m_actingUser(std::move(other.m_actingUser))
{
    other.m_db = QSqlDatabase();
    other.m_connectionName.clear();
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::move(other.m_db);
        m_connectionName = std::move(other.m_connectionName);
        m_path = std::move(other.m_path);
        m_actingUser = std::move(other.m_actingUser);
        other.m_db = QSqlDatabase();
        other.m_connectionName.clear();
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::setActingUser(const ActingUser& user)
{
    m_actingUser = user;
    if (m_connectionName.isEmpty())
        return;
    QMutexLocker lock(&actingUsersMutex);
    actingUsers().insert(m_connectionName, user);
}

ActingUser Database::actingUserOf(const QSqlDatabase& connection)
{
    QMutexLocker lock(&actingUsersMutex);
    return actingUsers().value(connection.connectionName());
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QMutexLocker lock(&actingUsersMutex);
        actingUsers().remove(m_connectionName);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::currentSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

Result<Database> Database::open(const QString& path, OpenMode mode, const SchemaMigrator::StepProgress& upgrade)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Result<Database>::failure(tr("No archive file was given."), ErrorKind::Usage);
    if (info.exists()) {
        if (info.isDir())
            return Result<Database>::failure(tr("%1 is a folder, not an archive file.").arg(path));
        if (!looksLikeSqlite(path))
            return Result<Database>::failure(tr("%1 is not a Dossier archive (not an SQLite file).").arg(path));
    } else {
        if (mode == OpenMode::MustExist)
            return Result<Database>::failure(tr("The archive %1 does not exist.").arg(path), ErrorKind::NotFound);
        if (!QDir().mkpath(info.absolutePath()))
            return Result<Database>::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    Database database;
    database.m_path = info.absoluteFilePath();
    database.m_connectionName = QStringLiteral("dossier-%1").arg(++connectionCounter);
    database.m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connectionName);
    database.m_db.setDatabaseName(database.m_path);
    // Another process holding the lock is waited for (SQLite retries until the timeout), longer on a share.
    const StorageLocation location = StorageLocation::detect(database.m_path);
    database.m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(location.busyTimeoutMs()));
    if (!database.m_db.open())
        return Result<Database>::failure(
            tr("Cannot open %1: %2").arg(path, database.m_db.lastError().text()));

    // Reading the version writes nothing, so a newer archive is refused before any pragma could touch it.
    const auto version = SchemaMigrator::currentVersion(database.m_db);
    if (!version)
        return Result<Database>::failure(version.error());
    if (*version > SchemaMigrator::latestVersion())
        return Result<Database>::failure(
            tr("%1 was written by a newer version of Dossier (archive format %2, this program reads up to %3). "
               "It was not changed; please update Dossier to open it.")
                .arg(path)
                .arg(*version)
                .arg(SchemaMigrator::latestVersion()));

    QSqlQuery pragma(database.m_db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // WAL on a local disk, the rollback journal on a share (see StorageLocation, docs/security.md).
    if (const Status journal = JournalModeSetting::apply(database.m_db, location); !journal)
        return Result<Database>::failure(journal.error());

    if (const Status migrated = SchemaMigrator::migrate(database.m_db, -1, upgrade); !migrated)
        return Result<Database>::failure(migrated.error(), migrated.errorKind());
    JournalModeSetting::remember(database.m_db, location); // best effort: a read-only share still opens
    if (const auto refreshed = NameSortKeyRefresher::refreshIfCollatorChanged(database.m_db); !refreshed)
        return Result<Database>::failure(refreshed.error());
    return database;
}
