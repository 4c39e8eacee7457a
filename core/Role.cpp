#include "Role.h"

#include <QCoreApplication>

namespace Roles {

QString toKey(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Sales: return QStringLiteral("sales");
    case Role::Viewer: return QStringLiteral("viewer");
    }
    return QStringLiteral("viewer");
}

std::optional<Role> fromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"admin" || t == u"管理员")
        return Role::Admin;
    if (t == u"manager" || t == u"经理")
        return Role::Manager;
    if (t == u"sales" || t == u"销售")
        return Role::Sales;
    if (t == u"viewer" || t == u"只读")
        return Role::Viewer;
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("Role", "Administrator");
    case Role::Manager: return QCoreApplication::translate("Role", "Manager");
    case Role::Sales: return QCoreApplication::translate("Role", "Sales");
    case Role::Viewer: return QCoreApplication::translate("Role", "Viewer (read-only)");
    }
    return QString();
}

} // namespace Roles
