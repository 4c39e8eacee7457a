#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfoList>
#include <QString>

// Backups of one open archive. Automatic ones go to "<archive folder>/<archive name>.backups/" (or, when that
// folder cannot be written, to "<user data dir>/backups/<archive name>-<path hash>/"), named
// "<archive name>-<yyyyMMdd-HHmmsszzz>-<reason>.sqlite"; only the newest N of them are kept (meta.backup_keep,
// default 10). Backups made before a restore are never pruned. All copies use SQLite's online backup API, so
// they are consistent while others keep working, and must be made outside any write transaction.
class BackupManager {
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    enum class Reason { Open, Daily, BeforeImport, BeforeMerge, BeforeRestore, Manual };
    static constexpr int defaultKeep = 10;

    explicit BackupManager(Database& database) : m_database(database) {}

    // One-call hooks for the code paths that change many records at once: call before the operation's
    // transaction starts and give up the operation when it fails. Return the backup's path.
    static Result<QString> beforeImport(Database& database) { return BackupManager(database).automatic(Reason::BeforeImport); }
    static Result<QString> beforeMerge(Database& database) { return BackupManager(database).automatic(Reason::BeforeMerge); }

    // Makes an automatic backup now and prunes the old ones.
    Result<QString> automatic(Reason reason);
    // On open: a backup unless the newest automatic one is less than an hour old (re-opening the archive all
    // day should not push the older backups out). Returns "" when skipped.
    Result<QString> onOpen();
    // For long sessions: a backup when the newest automatic one is older than a day. "" when not due.
    Result<QString> dailyIfDue();
    // A manual backup to a file of the user's choice (replaced when it exists); never pruned.
    Status backupTo(const QString& target);

    QString folder() const;          // where automatic backups of this archive go
    QFileInfoList backups() const;   // automatic backups, newest first
    QDateTime newestBackupTime() const; // invalid when there is none
    int keepCount();                 // how many automatic backups are kept
    Status setKeepCount(int count);  // 1 or more; stored in the archive (meta.backup_keep)

    // Replaces the archive at archivePath by the backup, after checking that the backup is a sound Dossier
    // archive and after keeping the current file as a backup (never pruned). `keptAs` gets that backup's path
    // ("" when there was no current file). The archive may be open elsewhere: connections see the restored
    // contents on their next read. Opening the archive afterwards upgrades an older backup's format.
    static Status restore(const QString& backupPath, const QString& archivePath, QString* keptAs = nullptr);

    static QString folderFor(const QString& archivePath);
    static QString reasonKey(Reason reason); // "open", "daily", "import", "merge", "restore", "manual"

private:
    static QString newName(const QString& archivePath, Reason reason);
    void prune(int keep);

    Database& m_database;
};
