#include "Authenticator.h"

#include "AccountRepository.h"
#include "AuditLog.h"
#include "PasswordHasher.h"
#include "Role.h"

#include <QLocale>

Authenticator::Authenticator(QSqlDatabase& db, Clock clock) : m_db(db), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

int Authenticator::lockMinutes(int failures)
{
    if (failures < failuresBeforeLock)
        return 0;
    const int doublings = std::min(failures - failuresBeforeLock, 6); // 2^6 = 64 > the cap
    return std::min(1 << doublings, maxLockMinutes);
}

Result<ActingUser> Authenticator::signIn(const QString& login, const QString& password)
{
    // Every attempt goes to the audit log with the login that was tried (never the password). A failure to
    // write that row does not change the answer: signing in must not depend on the log.
    const auto audit = [this](const QString& action, qint64 userId, const QString& tried, const QString& detail = {}) {
        AuditEntry entry;
        entry.action = action;
        entry.entity = QStringLiteral("user");
        entry.userId = userId;
        entry.login = tried;
        entry.entityId = userId;
        entry.entityCode = tried;
        entry.detail = detail;
        (void)AuditLog(m_db).record(entry);
    };
    const auto refused = [&](const QString& message) {
        audit(AuditActions::signInFailed, 0, login, message);
        return Result<ActingUser>::failure(message, ErrorKind::Generic);
    };
    const QString wrong = tr("Wrong user name or password.");
    AccountRepository users(m_db);
    const auto account = users.account(login);
    if (!account)
        return account.errorKind() == ErrorKind::NotFound ? refused(wrong) : Result<ActingUser>::failure(account.error());
    const QDateTime now = m_clock();
    if (account->lockedUntil.isValid() && account->lockedUntil > now)
        return refused(tr("Too many wrong passwords: %1 is locked until %2.")
                           .arg(account->login,
                                QLocale().toString(account->lockedUntil.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (account->disabled)
        return refused(tr("The user %1 is disabled.").arg(account->login));
    if (!account->hasPassword)
        return refused(tr("The user %1 has no password yet; an administrator must set one.").arg(account->login));

    if (!PasswordHasher::verify(users.passwordHash(account->id), password)) {
        const int failures = account->failedAttempts + 1;
        const int minutes = lockMinutes(failures);
        const QDateTime until = minutes > 0 ? now.addSecs(qint64(minutes) * 60) : QDateTime();
        if (Status s = users.setFailures(account->id, failures, until); !s)
            return Result<ActingUser>::failure(s.error());
        if (minutes > 0)
            return refused(tr("Wrong password %1 times in a row: %2 is locked for %n minute(s).", "", minutes)
                               .arg(failures)
                               .arg(account->login));
        return refused(wrong);
    }
    if (account->failedAttempts != 0 || account->lockedUntil.isValid())
        if (Status s = users.setFailures(account->id, 0, QDateTime()); !s)
            return Result<ActingUser>::failure(s.error());
    audit(AuditActions::signIn, account->id, account->login);
    return ActingUser{account->id, account->login, Roles::toKey(account->role)};
}
