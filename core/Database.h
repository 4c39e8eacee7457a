#pragma once

#include "ActingUser.h"
#include "SchemaMigrator.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One SQLite connection of the calling thread to an archive file. QSqlDatabase connections must not
// cross threads, so every thread that touches an archive opens its own Database.
// Opening creates the schema or upgrades it; a file written by a newer Dossier is refused unmodified.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    ~Database();

    enum class OpenMode { CreateIfMissing, MustExist };
    // `upgrade` hears about the schema steps an older archive needs (SchemaMigrator::StepProgress).
    static Result<Database> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing,
                                 const SchemaMigrator::StepProgress& upgrade = {});

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }

    // The signed-in user of this connection (set by sign-in; every thread's connection gets its own copy).
    const ActingUser& actingUser() const { return m_actingUser; }
    void setActingUser(const ActingUser& user);
    // The acting user of the Database that owns `connection` (nobody for a connection it does not know), so
    // repositories that hold only the QSqlDatabase can name the author of the audit rows they write.
    static ActingUser actingUserOf(const QSqlDatabase& connection);

    // The schema version this build writes and understands.
    static int currentSchemaVersion();

private:
    Database() = default;
    void close();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    ActingUser m_actingUser;
};
