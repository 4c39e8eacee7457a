#pragma once

#include <QString>

// Who is using the program: the author of follow-ups. The setting "user/login" wins over the OS account.
class UserName {
public:
    static QString current();
    static void setOverride(const QString& login); // empty = use the OS account name
};
