#include "AccountRepository.h"

#include "SqlValue.h"
#include "UserRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
const QString accountColumns = QStringLiteral(
    "id, login, display_name, role, active, password_hash IS NOT NULL, failed_attempts, locked_until, created_at");

UserAccount accountFrom(const QSqlQuery& q)
{
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = Roles::fromText(q.value(3).toString()).value_or(Role::Viewer);
    a.disabled = q.value(4).toInt() == 0;
    a.hasPassword = q.value(5).toBool();
    a.failedAttempts = q.value(6).toInt();
    a.lockedUntil = SqlValue::toDateTime(q.value(7));
    a.createdAt = SqlValue::toDateTime(q.value(8));
    return a;
}
} // namespace

Result<bool> AccountRepository::hasAccounts()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE password_hash IS NOT NULL)"));
    QString error;
    if (!SqlValue::exec(q, &error) || !q.next())
        return Result<bool>::failure(error);
    return q.value(0).toBool();
}

Result<UserAccount> AccountRepository::account(const QString& login)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(accountColumns));
    q.addBindValue(login.trimmed());
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<UserAccount>::failure(error);
    if (!q.next())
        return Result<UserAccount>::failure(tr("There is no user %1.").arg(login.trimmed()), ErrorKind::NotFound);
    return accountFrom(q);
}

Result<QList<UserAccount>> AccountRepository::accounts()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(accountColumns));
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QList<UserAccount>>::failure(error);
    QList<UserAccount> result;
    while (q.next())
        result.append(accountFrom(q));
    return result;
}

QString AccountRepository::passwordHash(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<int> AccountRepository::enabledAdminCount()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"
                             " AND password_hash IS NOT NULL"));
    QString error;
    if (!SqlValue::exec(q, &error) || !q.next())
        return Result<int>::failure(error);
    return q.value(0).toInt();
}

Result<qint64> AccountRepository::saveAccount(const QString& login, const QString& displayName, const QString& role,
                                           const QString& passwordHash)
{
    const auto id = UserRepository(m_db).ensure(login, displayName);
    if (!id)
        return id;
    const auto now = SqlValue::fromDateTime(QDateTime::currentDateTimeUtc());
    if (Status s = SqlValue::run(m_db,
                                 QStringLiteral("UPDATE users SET role = ?, password_hash = ?, active = 1,"
                                                " failed_attempts = 0, locked_until = NULL,"
                                                " display_name = CASE WHEN ? = '' THEN display_name ELSE ? END,"
                                                " created_at = CASE WHEN created_at = '' THEN ? ELSE created_at END"
                                                " WHERE id = ?"),
                                 {role, passwordHash, SqlValue::fromText(displayName), SqlValue::fromText(displayName), now, *id});
        !s)
        return Result<qint64>::failure(s.error());
    return *id;
}

Status AccountRepository::setPasswordHash(qint64 id, const QString& passwordHash)
{
    return SqlValue::run(
        m_db, QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"),
        {passwordHash, id});
}

Status AccountRepository::setRole(qint64 id, const QString& role)
{
    return SqlValue::run(m_db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {role, id});
}

Status AccountRepository::setDisabled(qint64 id, bool disabled)
{
    return SqlValue::run(m_db, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {disabled ? 0 : 1, id});
}

Status AccountRepository::setFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil)
{
    return SqlValue::run(m_db, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                         {failedAttempts, SqlValue::fromDateTime(lockedUntil), id});
}
