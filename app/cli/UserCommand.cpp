#include "UserCommand.h"

#include "PasswordPrompt.h"
#include "UserAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
Result<Role> roleOption(const QCommandLineParser& parser)
{
    const QString text = parser.value(QStringLiteral("role"));
    if (text.isEmpty())
        return Result<Role>::failure(UserCommand::tr("--role is needed: admin, manager, sales or viewer."),
                                     ErrorKind::Usage);
    const auto role = Roles::fromText(text);
    if (!role)
        return Result<Role>::failure(
            UserCommand::tr("Unknown role %1; use admin, manager, sales or viewer.").arg(text), ErrorKind::Usage);
    return *role;
}

Result<QString> newPassword(const QString& name)
{
    bool ok = true;
    const QString password =
        PasswordPrompt::read("DOSSIER_NEW_PASSWORD", UserCommand::tr("New password for %1: ").arg(name), true, &ok);
    if (!ok)
        return Result<QString>::failure(UserCommand::tr("The two passwords differ; nothing was changed."));
    return password;
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

int UserCommand::positionals(const QString& sub)
{
    if (sub == u"list")
        return 0;
    if (sub == u"add" || sub == u"disable" || sub == u"enable" || sub == u"password" || sub == u"role")
        return 1;
    return -1;
}

void UserCommand::addOptions(QCommandLineParser& parser, const QString& sub)
{
    if (sub == u"add" || sub == u"role")
        parser.addOption(QCommandLineOption(QStringLiteral("role"), tr("admin, manager, sales or viewer."),
                                            QStringLiteral("ROLE")));
    if (sub == u"add")
        parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("Display name."), QStringLiteral("TEXT")));
    if (sub == u"list")
        parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
}

Status UserCommand::run(Archive& archive, const QString& sub, const QString& name, const QCommandLineParser& parser,
                        QTextStream& out)
{
    UserAdmin admin(archive.database());
    if (sub == u"add") {
        const auto role = roleOption(parser);
        if (!role)
            return Status::failure(role.error(), role.errorKind());
        const auto password = newPassword(name);
        if (!password)
            return Status::failure(password.error());
        const auto added = admin.addUser(name, *role, *password, parser.value(QStringLiteral("name")));
        if (!added)
            return Status::failure(added.error(), added.errorKind());
        out << tr("User %1 added as %2.").arg(added->login, Roles::displayName(added->role)) << Qt::endl;
        return {};
    }
    if (sub == u"disable" || sub == u"enable") {
        const bool disabling = sub == u"disable";
        if (Status s = admin.setDisabled(name, disabling); !s)
            return s;
        out << (disabling ? tr("User %1 disabled.") : tr("User %1 enabled.")).arg(name) << Qt::endl;
        return {};
    }
    if (sub == u"password") {
        const auto password = newPassword(name);
        if (!password)
            return Status::failure(password.error());
        if (Status s = admin.setPassword(name, *password); !s)
            return s;
        out << tr("Password of %1 changed.").arg(name) << Qt::endl;
        return {};
    }
    if (sub == u"role") {
        const auto role = roleOption(parser);
        if (!role)
            return Status::failure(role.error(), role.errorKind());
        if (Status s = admin.setRole(name, *role); !s)
            return s;
        out << tr("%1 is now %2.").arg(name, Roles::displayName(*role)) << Qt::endl;
        return {};
    }
    // list
    const auto users = admin.list();
    if (!users)
        return Status::failure(users.error(), users.errorKind());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const UserAccount& u : *users)
            array.append(QJsonObject{{QStringLiteral("login"), u.login},
                                     {QStringLiteral("name"), u.displayName},
                                     {QStringLiteral("role"), Roles::toKey(u.role)},
                                     {QStringLiteral("disabled"), u.disabled},
                                     {QStringLiteral("can_sign_in"), u.hasPassword && !u.disabled},
                                     {QStringLiteral("failed_attempts"), u.failedAttempts},
                                     {QStringLiteral("locked_until"), u.lockedUntil.isValid()
                                                                          ? QJsonValue(timeText(u.lockedUntil))
                                                                          : QJsonValue()},
                                     {QStringLiteral("created_at"), timeText(u.createdAt)}});
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const UserAccount& u : *users) {
            QString state = u.disabled ? tr("disabled") : !u.hasPassword ? tr("no password") : tr("active");
            out << u.login << '\t' << Roles::toKey(u.role) << '\t' << state << '\t' << u.displayName << '\n';
        }
    }
    out.flush();
    return {};
}
