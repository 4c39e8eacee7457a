#pragma once

#include "Result.h"

#include <QSqlDatabase>

// The schema step for accounts (issue 11): users gain a role, a password hash (libsodium crypto_pwhash_str),
// failed sign-in count, lock-out time and creation time. Disabled users keep using `users.active = 0`
// (a column since format 1). Users that existed before — logins that own customers or wrote follow-ups —
// become role 'sales' without a password: they cannot sign in until an admin sets one, and an archive
// needs sign-in only once some user has a password (UserAdmin::hasAccounts).
namespace UserSchema {
Status addAccounts(QSqlDatabase& db);
}
