#include "JournalModeSetting.h"

#include "SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
bool markedShared(QSqlDatabase& db)
{
    QSqlQuery q(db);
    // A new file has no meta table yet: not shared.
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'shared_file'")) && q.next() &&
           q.value(0).toString() == u"1";
}
} // namespace

QString JournalModeSetting::current(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

Status JournalModeSetting::apply(QSqlDatabase& db, const StorageLocation& location)
{
    QString wanted = location.journalMode();
    const bool forced = !qEnvironmentVariableIsEmpty("DOSSIER_JOURNAL_MODE");
    if (wanted == u"wal" && !forced && markedShared(db))
        wanted = QStringLiteral("delete");
    QSqlQuery q(db);
    // Changing the mode needs the file to itself; when others have it open the mode simply stays as it is.
    q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(wanted));
    const QString mode = current(db);
    if (!location.isLocal() && mode == u"wal" && !forced)
        return Status::failure(
            tr("The archive is open in WAL mode on the computer that holds it, which does not work over a network "
               "share (%1). Close Dossier on that computer, then open the archive again.")
                .arg(location.describe()));
    return {};
}

Status JournalModeSetting::remember(QSqlDatabase& db, const StorageLocation& location)
{
    if (location.isLocal() || markedShared(db))
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('shared_file', '1')"));
    QString error;
    if (!SqlValue::exec(q, &error))
        return Status::failure(error);
    return {};
}
