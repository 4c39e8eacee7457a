#pragma once

#include "ActingUser.h"
#include "Permission.h"
#include "Result.h"
#include "Role.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

// On which customers a role may do something. The public pool (公海) is the customers without an owner.
enum class CustomerScope { None, Pool, Own, OwnAndPool, All };

// The permission table (docs/security.md): every action of every role, decided here and nowhere else.
// The UI asks it to hide what is not allowed, and core and the CLI ask it again before acting.
// An archive without users runs as nobody (ActingUser id 0), whom everything is allowed, as before users.
class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    explicit AccessPolicy(const ActingUser& user);
    // The policy of whoever acts on `connection` (Database::actingUserOf): how repositories and report
    // builders, which see only the connection, refuse what the signed-in user may not do.
    static AccessPolicy forConnection(const QSqlDatabase& connection);

    // The table itself: on which customers `role` may do `permission` (All or None for archive-wide ones).
    static CustomerScope scopeOf(Role role, Permission permission);

    const ActingUser& user() const { return m_user; }
    bool isUnrestricted() const { return !m_user.isSignedIn(); }
    CustomerScope scope(Permission permission) const;

    // May the user do this at all (on at least some customers)?
    bool allows(Permission permission) const;
    // May the user do this to a customer owned by `ownerId` (0 = in the public pool)?
    bool allowsOn(Permission permission, qint64 ownerId) const;
    // The same, as a Status that says what was refused (ErrorKind::Generic).
    Status check(Permission permission) const;
    Status checkOn(Permission permission, qint64 ownerId, const QString& customerCode = QString()) const;

    // Sensitive fields of this customer are shown masked (SensitiveMask) to this user.
    bool masksSensitiveOf(qint64 ownerId) const { return !allowsOn(Permission::ViewSensitive, ownerId); }
    // The same for a customer known by its owner's login (list rows): empty = pool.
    bool masksSensitiveFor(const QString& ownerLogin) const { return masksSensitiveOf(ownerIdOf(ownerLogin)); }
    // The owner id as the policy compares it: 0 for the pool, the user's own id, or -1 for anyone else.
    qint64 ownerIdOf(const QString& ownerLogin) const;

    // May the user store `customer` (new: id 0) now owned by `storedOwnerId`, giving it to `newOwnerLogin`?
    // Edit on the stored owner, Create for new ones, Reassign to change the owner, Claim to take from the pool.
    Status checkSave(qint64 customerId, qint64 storedOwnerId, const QString& newOwnerLogin,
                     const QString& customerCode) const;

private:
    ActingUser m_user;
    std::optional<Role> m_role; // nullopt for a signed-in user with an unknown role: nothing is allowed
};
