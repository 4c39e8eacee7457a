#include "Permission.h"

#include <QCoreApplication>

namespace Permissions {

QString toKey(Permission p) {
    switch (p) {
    case Permission::View:
        return QStringLiteral("view");
    case Permission::Create:
        return QStringLiteral("create");
    case Permission::Edit:
        return QStringLiteral("edit");
    case Permission::Delete:
        return QStringLiteral("delete");
    case Permission::Restore:
        return QStringLiteral("restore");
    case Permission::Purge:
        return QStringLiteral("purge");
    case Permission::Export:
        return QStringLiteral("export");
    case Permission::Import:
        return QStringLiteral("import");
    case Permission::Merge:
        return QStringLiteral("merge");
    case Permission::ViewSensitive:
        return QStringLiteral("view_sensitive");
    case Permission::Reassign:
        return QStringLiteral("reassign");
    case Permission::Claim:
        return QStringLiteral("claim");
    case Permission::ViewReports:
        return QStringLiteral("view_reports");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::ExportAudit:
        return QStringLiteral("export_audit");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ManageBackups:
        return QStringLiteral("manage_backups");
    }
    return QString();
}

QString displayName(Permission p) {
    switch (p) {
    case Permission::View:
        return QCoreApplication::translate("Permission", "view customers");
    case Permission::Create:
        return QCoreApplication::translate("Permission", "add customers");
    case Permission::Edit:
        return QCoreApplication::translate("Permission", "change customers");
    case Permission::Delete:
        return QCoreApplication::translate("Permission", "delete customers");
    case Permission::Restore:
        return QCoreApplication::translate("Permission", "restore customers from the recycle bin");
    case Permission::Purge:
        return QCoreApplication::translate("Permission", "purge the recycle bin");
    case Permission::Export:
        return QCoreApplication::translate("Permission", "export");
    case Permission::Import:
        return QCoreApplication::translate("Permission", "import");
    case Permission::Merge:
        return QCoreApplication::translate("Permission", "merge customers");
    case Permission::ViewSensitive:
        return QCoreApplication::translate("Permission", "see phone numbers, e-mail, ID numbers and amounts");
    case Permission::Reassign:
        return QCoreApplication::translate("Permission", "give customers to another owner");
    case Permission::Claim:
        return QCoreApplication::translate("Permission", "claim customers from the public pool");
    case Permission::ViewReports:
        return QCoreApplication::translate("Permission", "view team reports");
    case Permission::ViewAudit:
        return QCoreApplication::translate("Permission", "view the audit log");
    case Permission::ExportAudit:
        return QCoreApplication::translate("Permission", "export the audit log");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Permission", "manage users");
    case Permission::ManageBackups:
        return QCoreApplication::translate("Permission", "manage backups and sharing settings");
    }
    return QString();
}

} // namespace Permissions
