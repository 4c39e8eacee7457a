#include "BackupManager.h"

#include "ArchiveCheck.h"
#include "SqliteBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {
const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

bool writableFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    // A share mounted read-only lets mkpath succeed on an existing folder; only a write tells.
    QFile probe(QDir(path).filePath(QStringLiteral(".dossier-write-test")));
    const bool ok = probe.open(QIODevice::WriteOnly);
    probe.close();
    probe.remove();
    return ok;
}

// Automatic backups of an archive named `base`: base-20240305-081500123-open.sqlite
QRegularExpression automaticPattern(const QString& base)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{9})-(open|daily|import|merge|restore|manual)\\.sqlite$")
                                  .arg(QRegularExpression::escape(base)));
}
} // namespace

QString BackupManager::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::Open: return QStringLiteral("open");
    case Reason::Daily: return QStringLiteral("daily");
    case Reason::BeforeImport: return QStringLiteral("import");
    case Reason::BeforeMerge: return QStringLiteral("merge");
    case Reason::BeforeRestore: return QStringLiteral("restore");
    case Reason::Manual: return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

QString BackupManager::folderFor(const QString& archivePath)
{
    const QFileInfo archive(archivePath);
    const QString besideArchive = archive.absoluteDir().filePath(archive.fileName() + QStringLiteral(".backups"));
    if (writableFolder(besideArchive))
        return besideArchive;
    // A read-only share, say: the backups go to this computer's user data folder, one folder per archive path.
    const QByteArray hash = QCryptographicHash::hash(archive.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dataDir).filePath(QStringLiteral("backups/%1-%2").arg(archive.completeBaseName(), QString::fromLatin1(hash)));
}

QString BackupManager::folder() const
{
    return folderFor(m_database.path());
}

QString BackupManager::newName(const QString& archivePath, Reason reason)
{
    const QString base = QFileInfo(archivePath).completeBaseName();
    const QDir dir(folderFor(archivePath));
    QDateTime now = QDateTime::currentDateTime();
    QString path;
    // Two backups in the same millisecond (a restore right after an import) must not share a name.
    do {
        path = dir.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(base, now.toString(timeFormat), reasonKey(reason)));
        now = now.addMSecs(1);
    } while (QFile::exists(path));
    return path;
}

QFileInfoList BackupManager::backups() const
{
    const QString base = QFileInfo(m_database.path()).completeBaseName();
    const QRegularExpression pattern = automaticPattern(base);
    QFileInfoList found;
    const QFileInfoList all = QDir(folder()).entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& info : all)
        if (pattern.match(info.fileName()).hasMatch())
            found.append(info);
    return found; // names start with the time, so name order is time order
}

QDateTime BackupManager::newestBackupTime() const
{
    const QFileInfoList all = backups();
    if (all.isEmpty())
        return {};
    const QString base = QFileInfo(m_database.path()).completeBaseName();
    const auto match = automaticPattern(base).match(all.first().fileName());
    return QDateTime::fromString(match.captured(1), timeFormat);
}

int BackupManager::keepCount()
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'backup_keep'")) && q.next()) {
        bool ok = false;
        const int keep = q.value(0).toInt(&ok);
        if (ok && keep >= 1)
            return keep;
    }
    return defaultKeep;
}

Status BackupManager::setKeepCount(int count)
{
    if (count < 1)
        return Status::failure(tr("At least one backup must be kept."), ErrorKind::Usage);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('backup_keep', ?)"));
    q.addBindValue(QString::number(count));
    if (!q.exec())
        return Status::failure(tr("Cannot store the number of backups to keep."));
    prune(count);
    return {};
}

void BackupManager::prune(int keep)
{
    int kept = 0;
    for (const QFileInfo& info : backups()) {
        if (info.fileName().endsWith(QStringLiteral("-restore.sqlite")))
            continue; // what a restore replaced stays until someone deletes it
        if (++kept > keep)
            QFile::remove(info.absoluteFilePath());
    }
}

Result<QString> BackupManager::automatic(Reason reason)
{
    const QString target = newName(m_database.path(), reason);
    if (Status s = SqliteBackup::toFile(m_database.connection(), target); !s)
        return Result<QString>::failure(tr("The automatic backup failed: %1").arg(s.error()));
    prune(keepCount());
    return target;
}

Result<QString> BackupManager::onOpen()
{
    const QDateTime newest = newestBackupTime();
    if (newest.isValid() && newest.secsTo(QDateTime::currentDateTime()) < 3600)
        return QString();
    return automatic(Reason::Open);
}

Result<QString> BackupManager::dailyIfDue()
{
    const QDateTime newest = newestBackupTime();
    if (newest.isValid() && newest.secsTo(QDateTime::currentDateTime()) < 24 * 3600)
        return QString();
    return automatic(Reason::Daily);
}

Status BackupManager::backupTo(const QString& target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_database.path()).absoluteFilePath())
        return Status::failure(tr("A backup cannot replace the archive itself."), ErrorKind::Usage);
    return SqliteBackup::toFile(m_database.connection(), target);
}

Status BackupManager::restore(const QString& backupPath, const QString& archivePath, QString* keptAs)
{
    if (keptAs)
        keptAs->clear();
    const QFileInfo backup(backupPath);
    const QFileInfo archive(archivePath);
    if (backup.absoluteFilePath() == archive.absoluteFilePath())
        return Status::failure(tr("The backup and the archive are the same file."), ErrorKind::Usage);
    if (const QStringList problems = ArchiveCheck::run(backupPath); !problems.isEmpty())
        return Status::failure(tr("%1 cannot be restored:\n%2").arg(backupPath, problems.join(QLatin1Char('\n'))));

    if (archive.exists()) {
        const QString kept = newName(archivePath, Reason::BeforeRestore);
        if (Status s = SqliteBackup::fileToFile(archivePath, kept); !s) {
            // A damaged archive may not copy page by page; then the file itself is kept as it is.
            if (!QDir().mkpath(QFileInfo(kept).absolutePath()) || !QFile::copy(archivePath, kept))
                return Status::failure(tr("The current archive could not be kept as a backup, so nothing was "
                                          "restored: %1").arg(s.error()));
        }
        if (keptAs)
            *keptAs = kept;
    }
    if (Status s = SqliteBackup::replaceContents(backupPath, archivePath); !s)
        return Status::failure(tr("The restore failed; the archive is unchanged: %1").arg(s.error()));
    return {};
}
