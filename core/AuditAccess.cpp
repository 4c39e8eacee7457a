#include "AuditAccess.h"

namespace {
bool isAdminOrPersonal(const ActingUser& user)
{
    return !user.isSignedIn() || user.role == QLatin1String("admin");
}
} // namespace

namespace AuditAccess {
bool mayPurge(const ActingUser& user)
{
    return isAdminOrPersonal(user);
}

bool mayExportAudit(const ActingUser& user)
{
    return isAdminOrPersonal(user);
}
} // namespace AuditAccess
