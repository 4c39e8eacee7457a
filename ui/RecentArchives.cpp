#include "RecentArchives.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString key = QStringLiteral("recentArchives");

QString canonical(const QString& path)
{
    // One entry per file, however it was reached (relative path, symlink).
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}
} // namespace

QStringList RecentArchives::list()
{
    return QSettings().value(key).toStringList();
}

void RecentArchives::add(const QString& path)
{
    const QString entry = canonical(path);
    QStringList paths = list();
    paths.removeAll(entry);
    paths.prepend(entry);
    while (paths.size() > MaxEntries)
        paths.removeLast();
    QSettings().setValue(key, paths);
}

void RecentArchives::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(path);
    paths.removeAll(canonical(path));
    QSettings().setValue(key, paths);
}

void RecentArchives::clear()
{
    QSettings().remove(key);
}
