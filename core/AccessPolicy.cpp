#include "AccessPolicy.h"

#include "Database.h"

namespace {
using S = CustomerScope;

// One row per permission: admin, manager, sales, viewer. Sales work on their own customers and see the
// pool (they claim from it before they change anything); viewers read everything, masked, and change nothing.
struct Row {
    Permission permission;
    CustomerScope admin, manager, sales, viewer;
};
constexpr Row table[] = {
    {Permission::View, S::All, S::All, S::OwnAndPool, S::All},
    {Permission::Create, S::All, S::All, S::OwnAndPool, S::None},
    {Permission::Edit, S::All, S::All, S::Own, S::None},
    {Permission::Delete, S::All, S::All, S::Own, S::None},
    {Permission::Restore, S::All, S::All, S::Own, S::None},
    {Permission::Purge, S::All, S::None, S::None, S::None},
    {Permission::Export, S::All, S::All, S::Own, S::None},
    {Permission::Import, S::All, S::All, S::None, S::None},
    {Permission::Merge, S::All, S::All, S::None, S::None},
    {Permission::ViewSensitive, S::All, S::All, S::Own, S::None},
    {Permission::Reassign, S::All, S::All, S::None, S::None},
    {Permission::Claim, S::Pool, S::Pool, S::Pool, S::None},
    {Permission::ViewReports, S::All, S::All, S::None, S::None},
    {Permission::ViewAudit, S::All, S::All, S::None, S::None},
    {Permission::ExportAudit, S::All, S::None, S::None, S::None},
    {Permission::ManageUsers, S::All, S::None, S::None, S::None},
    {Permission::ManageBackups, S::All, S::None, S::None, S::None},
};
} // namespace

AccessPolicy::AccessPolicy(const ActingUser& user) : m_user(user), m_role(Roles::fromText(user.role)) {}

AccessPolicy AccessPolicy::forConnection(const QSqlDatabase& connection)
{
    return AccessPolicy(Database::actingUserOf(connection));
}

CustomerScope AccessPolicy::scopeOf(Role role, Permission permission)
{
    for (const Row& row : table) {
        if (row.permission != permission)
            continue;
        switch (role) {
        case Role::Admin: return row.admin;
        case Role::Manager: return row.manager;
        case Role::Sales: return row.sales;
        case Role::Viewer: return row.viewer;
        }
    }
    return S::None; // a permission missing from the table is refused
}

CustomerScope AccessPolicy::scope(Permission permission) const
{
    if (isUnrestricted())
        return S::All;
    return m_role ? scopeOf(*m_role, permission) : S::None;
}

bool AccessPolicy::allows(Permission permission) const
{
    return scope(permission) != S::None;
}

bool AccessPolicy::allowsOn(Permission permission, qint64 ownerId) const
{
    const bool own = ownerId != 0 && ownerId == m_user.id;
    const bool pool = ownerId == 0;
    switch (scope(permission)) {
    case S::None: return false;
    case S::Pool: return pool;
    case S::Own: return own;
    case S::OwnAndPool: return own || pool;
    case S::All: return true;
    }
    return false;
}

Status AccessPolicy::check(Permission permission) const
{
    if (allows(permission))
        return {};
    return Status::failure(tr("%1 (%2) may not %3.")
                               .arg(m_user.login, m_role ? Roles::displayName(*m_role) : m_user.role,
                                    Permissions::displayName(permission)),
                           ErrorKind::Generic);
}

Status AccessPolicy::checkOn(Permission permission, qint64 ownerId, const QString& customerCode) const
{
    if (allowsOn(permission, ownerId))
        return {};
    if (!allows(permission))
        return check(permission);
    const QString what = customerCode.isEmpty() ? tr("this customer") : customerCode;
    return Status::failure(tr("%1 may not %2 for %3: it is not one of their customers.")
                               .arg(m_user.login, Permissions::displayName(permission), what),
                           ErrorKind::Generic);
}

qint64 AccessPolicy::ownerIdOf(const QString& ownerLogin) const
{
    const QString login = ownerLogin.trimmed();
    if (login.isEmpty())
        return 0;
    return m_user.isSignedIn() && login == m_user.login ? m_user.id : -1;
}

Status AccessPolicy::checkSave(qint64 customerId, qint64 storedOwnerId, const QString& newOwnerLogin,
                               const QString& customerCode) const
{
    if (isUnrestricted())
        return {};
    const qint64 newOwner = ownerIdOf(newOwnerLogin);
    if (customerId == 0)
        return checkOn(Permission::Create, newOwner, customerCode);
    // Taking a pool customer for oneself is a claim, and the claimer may fill in what they know.
    if (storedOwnerId == 0 && newOwner == m_user.id && allowsOn(Permission::Claim, 0))
        return {};
    if (Status s = checkOn(Permission::Edit, storedOwnerId, customerCode); !s)
        return s;
    if (newOwner != storedOwnerId)
        return checkOn(Permission::Reassign, storedOwnerId, customerCode);
    return {};
}
