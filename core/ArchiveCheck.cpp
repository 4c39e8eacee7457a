#include "ArchiveCheck.h"

#include "SchemaMigrator.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QAtomicInteger<quint64> checkCounter;
constexpr int dossierApplicationId = 0x444F5353; // 'DOSS', as SchemaMigrator writes it

QStringList checkOpen(QSqlDatabase& db)
{
    QStringList problems;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return {ArchiveCheck::tr("The file cannot be read as an SQLite database: %1").arg(q.lastError().text())};
    if (q.value(0).toInt() != dossierApplicationId)
        problems.append(ArchiveCheck::tr("The file is not a Dossier archive (application_id is %1).").arg(q.value(0).toInt()));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        const int version = q.value(0).toInt();
        if (version < 1)
            problems.append(ArchiveCheck::tr("The archive has no format version (user_version 0)."));
        else if (version > SchemaMigrator::latestVersion())
            problems.append(ArchiveCheck::tr("The archive format %1 is newer than this program reads (%2).")
                                .arg(version)
                                .arg(SchemaMigrator::latestVersion()));
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(ArchiveCheck::maxProblems))) {
        problems.append(ArchiveCheck::tr("The integrity check could not run: %1").arg(q.lastError().text()));
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems.append(ArchiveCheck::tr("Integrity: %1").arg(line));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(ArchiveCheck::tr("The reference check could not run: %1").arg(q.lastError().text()));
    } else {
        while (q.next() && problems.size() < ArchiveCheck::maxProblems)
            problems.append(ArchiveCheck::tr("Table %1, row %2 refers to a missing row of %3.")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    return problems;
}
} // namespace

QStringList ArchiveCheck::run(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {tr("The archive %1 does not exist.").arg(path)};
    if (!info.isFile())
        return {tr("%1 is not a file.").arg(path)};
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {tr("Cannot read %1: %2").arg(path, file.errorString())};
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return {tr("%1 is not an SQLite file.").arg(path)};
    }
    const QString name = QStringLiteral("dossier-check-%1").arg(++checkCounter);
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        // Writable when possible: after a crash SQLite must roll back the leftover journal before anything can be
        // read, which a read-only connection refuses. The checks themselves only read (query_only).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        bool opened = info.isWritable() && db.open();
        if (!opened) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
            opened = db.open();
        }
        if (!opened) {
            problems.append(tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
            problems = checkOpen(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}
