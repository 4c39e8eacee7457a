#pragma once

#include <QString>
#include <optional>

// What a signed-in user may do is decided by their role (see AccessPolicy and docs/security.md).
enum class Role { Admin, Manager, Sales, Viewer };

namespace Roles {
// Stable key stored in users.role and used on the command line: "admin", "manager", "sales", "viewer".
QString toKey(Role role);
// Accepts the key or the Chinese name (管理员, 经理, 销售, 只读), case-insensitive.
std::optional<Role> fromText(const QString& text);
// Translated name for display.
QString displayName(Role role);
inline constexpr Role all[] = {Role::Admin, Role::Manager, Role::Sales, Role::Viewer};
} // namespace Roles
