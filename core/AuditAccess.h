#pragma once

#include "ActingUser.h"

// Who may do the audit and recycle-bin actions that are not for everybody. One place, so that the access
// policy (issue 11, users) can take these decisions over later. A personal archive (nobody signed in) may
// do everything.
namespace AuditAccess {
bool mayPurge(const ActingUser& user);       // empty the recycle bin for good: admin only
bool mayExportAudit(const ActingUser& user); // export the audit log: admin only
} // namespace AuditAccess
