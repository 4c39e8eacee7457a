#pragma once

#include "Result.h"
#include "UserAccount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// The SQL of user accounts (schema step 10): role, password hash, failed sign-ins, lock-out. Users as owners
// and authors stay in UserRepository; the rules about accounts live in UserAdmin and Authenticator.
class AccountRepository {
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    explicit AccountRepository(QSqlDatabase& db) : m_db(db) {}

    // Some user has a password: the archive needs sign-in.
    Result<bool> hasAccounts();
    Result<UserAccount> account(const QString& login); // ErrorKind::NotFound when there is no such login
    Result<QList<UserAccount>> accounts();              // sorted by login
    QString passwordHash(qint64 id);                    // empty when none
    Result<int> enabledAdminCount();

    // Creates the user, or gives an existing login (an owner from before accounts) its role and password.
    Result<qint64> saveAccount(const QString& login, const QString& displayName, const QString& role,
                               const QString& passwordHash);
    // Sets the password hash and clears failed attempts and any lock.
    Status setPasswordHash(qint64 id, const QString& passwordHash);
    Status setRole(qint64 id, const QString& role);
    Status setDisabled(qint64 id, bool disabled);
    Status setFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil);

private:
    QSqlDatabase& m_db;
};
