#include "Permission.h"

#include <QCoreApplication>

namespace Permissions {

QString toKey(Permission p)
{
    switch (p) {
    case Permission::View: return QStringLiteral("view");
    case Permission::Create: return QStringLiteral("create");
    case Permission::Edit: return QStringLiteral("edit");
    case Permission::Delete: return QStringLiteral("delete");
    case Permission::Restore: return QStringLiteral("restore");
    case Permission::Purge: return QStringLiteral("purge");
    case Permission::Export: return QStringLiteral("export");
    case Permission::Import: return QStringLiteral("import");
    case Permission::Merge: return QStringLiteral("merge");
    case Permission::ViewSensitive: return QStringLiteral("view_sensitive");
    case Permission::Reassign: return QStringLiteral("reassign");
    case Permission::Claim: return QStringLiteral("claim");
    case Permission::ViewReports: return QStringLiteral("view_reports");
    case Permission::ViewAudit: return QStringLiteral("view_audit");
    case Permission::ExportAudit: return QStringLiteral("export_audit");
    case Permission::ManageUsers: return QStringLiteral("manage_users");
    case Permission::ManageBackups: return QStringLiteral("manage_backups");
    }
    return QString();
}

QString displayName(Permission p)
{
    const auto t = [](const char* text) { return QCoreApplication::translate("Permission", text); };
    switch (p) {
    case Permission::View: return t("view customers");
    case Permission::Create: return t("add customers");
    case Permission::Edit: return t("change customers");
    case Permission::Delete: return t("delete customers");
    case Permission::Restore: return t("restore customers from the recycle bin");
    case Permission::Purge: return t("purge the recycle bin");
    case Permission::Export: return t("export");
    case Permission::Import: return t("import");
    case Permission::Merge: return t("merge customers");
    case Permission::ViewSensitive: return t("see phone numbers, e-mail, ID numbers and amounts");
    case Permission::Reassign: return t("give customers to another owner");
    case Permission::Claim: return t("claim customers from the public pool");
    case Permission::ViewReports: return t("view team reports");
    case Permission::ViewAudit: return t("view the audit log");
    case Permission::ExportAudit: return t("export the audit log");
    case Permission::ManageUsers: return t("manage users");
    case Permission::ManageBackups: return t("manage backups and sharing settings");
    }
    return QString();
}

} // namespace Permissions
