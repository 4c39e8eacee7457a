#include "UserName.h"

#include <QDir>
#include <QSettings>
#include <QtGlobal>

QString UserName::current()
{
    const QString configured = QSettings().value(QStringLiteral("user/login")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char* variable : {"USER", "USERNAME" /* Windows */, "LOGNAME"})
        if (const QString login = qEnvironmentVariable(variable).trimmed(); !login.isEmpty())
            return login;
    // Containers and services often run without any of them; the home folder is usually named after the user.
    return QDir::home().dirName();
}

void UserName::setOverride(const QString& login)
{
    if (login.trimmed().isEmpty())
        QSettings().remove(QStringLiteral("user/login"));
    else
        QSettings().setValue(QStringLiteral("user/login"), login.trimmed());
}
