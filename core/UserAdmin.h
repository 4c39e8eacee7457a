#pragma once

#include "Database.h"
#include "Result.h"
#include "Role.h"
#include "UserAccount.h"

#include <QCoreApplication>
#include <QList>

// Managing accounts, with the rules about who may: the first account of an archive needs no sign-in and
// must be an administrator; after that only administrators (Permission::ManageUsers) add users, change
// roles, disable users and reset passwords — users may change their own password. The last enabled
// administrator can be neither disabled nor demoted, so an archive never locks everybody out.
class UserAdmin {
    Q_DECLARE_TR_FUNCTIONS(UserAdmin)

public:
    static constexpr int minPasswordLength = 8;

    explicit UserAdmin(Database& db) : m_db(db) {}

    // Some user has a password: the archive needs sign-in (owner names from before accounts do not count).
    Result<bool> hasAccounts();
    Result<UserAccount> addUser(const QString& login, Role role, const QString& password,
                                const QString& displayName = QString());
    Status setPassword(const QString& login, const QString& password);
    Status setRole(const QString& login, Role role);
    Status setDisabled(const QString& login, bool disabled);
    // Every user (accounts and owner names without a password); administrators only.
    Result<QList<UserAccount>> list();

    // Why a password cannot be used (empty when it can).
    static QString passwordProblem(const QString& password);

private:
    Status mayManage();
    Result<UserAccount> target(const QString& login);
    Status keepsAnAdmin(const UserAccount& account, bool disabling, Role newRole);
    Status audit(qint64 userId, const QString& login, const QString& field, const QString& oldValue,
                 const QString& newValue);

    Database& m_db;
};
