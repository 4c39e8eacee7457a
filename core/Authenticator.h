#pragma once

#include "ActingUser.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <functional>

// Sign-in by login and password. Wrong passwords are counted per user; from the 5th failure in a row the
// account is locked for 1 minute, doubling with every further failure (2, 4, … at most 60 minutes), so
// guessing is slow while the rightful user waits at most an hour. A success clears the count.
// Unknown logins and wrong passwords get the same message.
class Authenticator {
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int failuresBeforeLock = 5;
    static constexpr int maxLockMinutes = 60;

    explicit Authenticator(QSqlDatabase& db, Clock clock = {});

    // The signed-in user, to be set as the Database's acting user. Refused sign-ins fail with
    // ErrorKind::Generic and the failure is recorded (a locked account is refused without checking).
    Result<ActingUser> signIn(const QString& login, const QString& password);

    // Minutes an account is locked after its `failures`-th failure in a row (0: not locked).
    static int lockMinutes(int failures);

private:
    QSqlDatabase& m_db;
    Clock m_clock;
};
