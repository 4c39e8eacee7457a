#pragma once

#include <QString>

// Every action the access policy decides. Customer-level permissions are also checked against the
// customer's owner (AccessPolicy::allowsOn); the others are archive-wide.
enum class Permission {
    View,          // see customers (list, detail, search)
    Create,        // add customers
    Edit,          // change customers, their contacts, follow-ups and tasks
    Delete,        // move customers to the recycle bin
    Restore,       // bring customers back from the recycle bin
    Purge,         // remove customers from the recycle bin for good
    Export,        // write customers, orders or follow-ups to a file
    Import,        // read customers, orders or follow-ups from a file (and undo an import)
    Merge,         // merge duplicate customers
    ViewSensitive, // see mobile, phone, e-mail, ID number and order amounts unmasked
    Reassign,      // give a customer to another owner or back to the pool (handover)
    Claim,         // take a customer from the public pool (公海)
    ViewReports,   // team-wide reports, dashboards and segments
    ViewAudit,     // read the audit log
    ExportAudit,   // write the audit log to a file
    ManageUsers,   // add, disable users, set roles and passwords
    ManageBackups, // restore backups, change the archive's sharing settings
};

namespace Permissions {
inline constexpr Permission all[] = {
    Permission::View,      Permission::Create,        Permission::Edit,     Permission::Delete,
    Permission::Restore,   Permission::Purge,         Permission::Export,   Permission::Import,
    Permission::Merge,     Permission::ViewSensitive, Permission::Reassign, Permission::Claim,
    Permission::ViewReports, Permission::ViewAudit,   Permission::ExportAudit, Permission::ManageUsers,
    Permission::ManageBackups};
// Stable key for messages, tests and logs ("view", "view_sensitive", ...).
QString toKey(Permission permission);
// Translated description of the action, for "You may not %1" messages.
QString displayName(Permission permission);
} // namespace Permissions
