#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

// A user as the sign-in and the user admin screen see it. The password hash never leaves core.
struct UserAccount {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Sales;
    bool disabled = false;
    bool hasPassword = false; // false: cannot sign in (an owner name from before accounts, or not set up yet)
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;
};
