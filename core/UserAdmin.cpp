#include "UserAdmin.h"

#include "AccessPolicy.h"
#include "AccountRepository.h"
#include "AuditLog.h"
#include "PasswordHasher.h"
#include "Transaction.h"

Result<bool> UserAdmin::hasAccounts()
{
    return AccountRepository(m_db.connection()).hasAccounts();
}

Status UserAdmin::audit(qint64 userId, const QString& login, const QString& field, const QString& oldValue,
                        const QString& newValue)
{
    // A permission change is traced like a field change of the user: who changed which right, from what to what.
    AuditEntry entry;
    entry.action = AuditActions::permission;
    entry.entity = QStringLiteral("user");
    entry.entityId = userId;
    entry.entityCode = login;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return AuditLog(m_db.connection()).record(entry);
}

QString UserAdmin::passwordProblem(const QString& password)
{
    if (password.size() < minPasswordLength)
        return tr("The password needs at least %1 characters.").arg(minPasswordLength);
    if (password.trimmed() != password)
        return tr("The password cannot start or end with a space.");
    return QString();
}

Status UserAdmin::mayManage()
{
    // Nobody signed in may do everything only while the archive has no accounts.
    if (!m_db.actingUser().isSignedIn()) {
        const auto accounts = hasAccounts();
        if (!accounts)
            return Status::failure(accounts.error());
        if (*accounts)
            return Status::failure(tr("Sign in as an administrator to manage users."), ErrorKind::Generic);
    }
    return AccessPolicy(m_db.actingUser()).check(Permission::ManageUsers);
}

Result<UserAccount> UserAdmin::target(const QString& login)
{
    if (Status s = mayManage(); !s)
        return Result<UserAccount>::failure(s.error(), s.errorKind());
    return AccountRepository(m_db.connection()).account(login);
}

Status UserAdmin::keepsAnAdmin(const UserAccount& account, bool disabling, Role newRole)
{
    if (account.role != Role::Admin || account.disabled || !account.hasPassword || (!disabling && newRole == Role::Admin))
        return {};
    const auto admins = AccountRepository(m_db.connection()).enabledAdminCount();
    if (!admins)
        return Status::failure(admins.error());
    if (*admins <= 1)
        return Status::failure(tr("%1 is the only administrator; make another user an administrator first.")
                                   .arg(account.login),
                               ErrorKind::Generic);
    return {};
}

Result<UserAccount> UserAdmin::addUser(const QString& login, Role role, const QString& password,
                                       const QString& displayName)
{
    const QString name = login.trimmed();
    if (name.isEmpty())
        return Result<UserAccount>::failure(tr("The user name cannot be empty."), ErrorKind::Usage);
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Result<UserAccount>::failure(problem, ErrorKind::Usage);
    AccountRepository users(m_db.connection());
    Transaction transaction(m_db.connection());
    const auto existing = users.hasAccounts();
    if (!existing)
        return Result<UserAccount>::failure(existing.error());
    if (!*existing) {
        if (role != Role::Admin)
            return Result<UserAccount>::failure(
                tr("The first user of an archive must be an administrator (--role admin)."), ErrorKind::Generic);
    } else if (Status s = mayManage(); !s) {
        return Result<UserAccount>::failure(s.error(), s.errorKind());
    }
    const auto current = users.account(name);
    if (current && current->hasPassword)
        return Result<UserAccount>::failure(tr("There is already a user %1.").arg(name), ErrorKind::Duplicate);
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return Result<UserAccount>::failure(hash.error());
    const auto id = users.saveAccount(name, displayName.trimmed(), Roles::toKey(role), *hash);
    if (!id)
        return Result<UserAccount>::failure(id.error());
    if (Status s = audit(*id, name, QStringLiteral("role"), QString(), Roles::toKey(role)); !s)
        return Result<UserAccount>::failure(s.error());
    if (!transaction.commit())
        return Result<UserAccount>::failure(tr("Cannot save the user %1.").arg(name));
    return users.account(name);
}

Status UserAdmin::setPassword(const QString& login, const QString& password)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Status::failure(problem, ErrorKind::Usage);
    AccountRepository users(m_db.connection());
    const auto account = users.account(login);
    if (!account)
        return Status::failure(account.error(), account.errorKind());
    // Anyone may change their own password; other people's are reset by an administrator.
    if (account->id != m_db.actingUser().id || !m_db.actingUser().isSignedIn())
        if (Status s = mayManage(); !s)
            return s;
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return Status::failure(hash.error());
    Transaction transaction(m_db.connection());
    if (Status s = users.setPasswordHash(account->id, *hash); !s)
        return s;
    // Only that it changed: the password itself never reaches the log.
    if (Status s = audit(account->id, account->login, QStringLiteral("password"), QString(), QStringLiteral("changed")); !s)
        return s;
    return transaction.commit() ? Status() : Status::failure(tr("Cannot save the user %1.").arg(account->login));
}

Status UserAdmin::setRole(const QString& login, Role role)
{
    const auto account = target(login);
    if (!account)
        return Status::failure(account.error(), account.errorKind());
    if (Status s = keepsAnAdmin(*account, false, role); !s)
        return s;
    Transaction transaction(m_db.connection());
    if (Status s = AccountRepository(m_db.connection()).setRole(account->id, Roles::toKey(role)); !s)
        return s;
    if (Status s = audit(account->id, account->login, QStringLiteral("role"), Roles::toKey(account->role), Roles::toKey(role)); !s)
        return s;
    return transaction.commit() ? Status() : Status::failure(tr("Cannot save the user %1.").arg(account->login));
}

Status UserAdmin::setDisabled(const QString& login, bool disabled)
{
    const auto account = target(login);
    if (!account)
        return Status::failure(account.error(), account.errorKind());
    if (disabled)
        if (Status s = keepsAnAdmin(*account, true, account->role); !s)
            return s;
    Transaction transaction(m_db.connection());
    if (Status s = AccountRepository(m_db.connection()).setDisabled(account->id, disabled); !s)
        return s;
    const auto state = [](bool off) { return off ? QStringLiteral("disabled") : QStringLiteral("enabled"); };
    if (Status s = audit(account->id, account->login, QStringLiteral("active"), state(account->disabled), state(disabled)); !s)
        return s;
    return transaction.commit() ? Status() : Status::failure(tr("Cannot save the user %1.").arg(account->login));
}

Result<QList<UserAccount>> UserAdmin::list()
{
    if (Status s = mayManage(); !s)
        return Result<QList<UserAccount>>::failure(s.error(), s.errorKind());
    return AccountRepository(m_db.connection()).accounts();
}
