#include "SignedInUser.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace {
QMutex mutex;
QHash<QString, ActingUser>& users()
{
    static QHash<QString, ActingUser> all;
    return all;
}
QString key(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

void SignedInUser::set(const QString& archivePath, const ActingUser& user)
{
    QMutexLocker lock(&mutex);
    users().insert(key(archivePath), user);
}

ActingUser SignedInUser::forArchive(const QString& archivePath)
{
    QMutexLocker lock(&mutex);
    return users().value(key(archivePath));
}
