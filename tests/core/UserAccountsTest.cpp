#include "AccessPolicy.h"
#include "AccountRepository.h"
#include "AuditLog.h"
#include "Authenticator.h"
#include "CustomerOwnership.h"
#include "PasswordHasher.h"
#include "TempArchive.h"
#include "UserAdmin.h"

#include <QTimeZone>
#include <gtest/gtest.h>

// Hashing at production strength costs a fraction of a second; these tests hash dozens of passwords, so they
// use Argon2id's minimum limits (1 pass, 8 KiB) through the explicit test hook; one test checks the real limits.

TEST(PasswordHasher, VerifiesOnlyTheRightPasswordAndSaltsEveryHash)
{
    PasswordHasher::TestLimits fast({1, 8192});
    const auto first = PasswordHasher::hash(QStringLiteral("秘密-password"));
    const auto second = PasswordHasher::hash(QStringLiteral("秘密-password"));
    ASSERT_TRUE(first && second);
    EXPECT_TRUE(first->startsWith(QStringLiteral("$argon2id$"))) << first->toStdString();
    EXPECT_NE(*first, *second); // salted: equal passwords do not give equal hashes
    EXPECT_FALSE(first->contains(QStringLiteral("password")));
    EXPECT_TRUE(PasswordHasher::verify(*first, QStringLiteral("秘密-password")));
    EXPECT_FALSE(PasswordHasher::verify(*first, QStringLiteral("秘密-Password")));
    EXPECT_FALSE(PasswordHasher::verify(*first, QString()));
    EXPECT_FALSE(PasswordHasher::verify(QString(), QStringLiteral("秘密-password")));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("garbage"), QStringLiteral("秘密-password")));
}

TEST(PasswordHasher, ProductionHashesUseInteractiveArgon2idLimits)
{
    const auto hash = PasswordHasher::hash(QStringLiteral("correct horse"));
    ASSERT_TRUE(hash);
    // libsodium's INTERACTIVE: 64 MiB, 2 passes; the limits are part of the stored string.
    EXPECT_TRUE(hash->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$"))) << hash->toStdString();
    EXPECT_TRUE(PasswordHasher::verify(*hash, QStringLiteral("correct horse")));
}

class UserAccounts : public ::testing::Test {
protected:
    UserAccounts() : fast({1, 8192}) {}

    Database& db() { return archive->database(); }
    UserAccount add(const QString& login, Role role, const QString& password = QStringLiteral("password-1"))
    {
        auto added = UserAdmin(db()).addUser(login, role, password);
        EXPECT_TRUE(added) << added.error().toStdString() << " adding " << login.toStdString();
        return added ? *added : UserAccount{};
    }
    void signInAs(const QString& login, const QString& password = QStringLiteral("password-1"))
    {
        auto user = Authenticator(db().connection()).signIn(login, password);
        ASSERT_TRUE(user) << user.error().toStdString();
        db().setActingUser(*user);
    }

    PasswordHasher::TestLimits fast;
    TempArchive archive;
};

TEST_F(UserAccounts, FirstUserNeedsNoSignInAndMustBeAdmin)
{
    EXPECT_FALSE(*UserAdmin(db()).hasAccounts());
    const auto sales = UserAdmin(db()).addUser(QStringLiteral("li"), Role::Sales, QStringLiteral("password-1"));
    ASSERT_FALSE(sales);
    EXPECT_TRUE(sales.error().contains(QStringLiteral("administrator")));
    EXPECT_FALSE(*UserAdmin(db()).hasAccounts());
    const UserAccount admin = add(QStringLiteral("boss"), Role::Admin);
    EXPECT_EQ(admin.role, Role::Admin);
    EXPECT_TRUE(admin.hasPassword);
    EXPECT_TRUE(*UserAdmin(db()).hasAccounts());
}

TEST_F(UserAccounts, OnlyAdminsAddUsersOnceAccountsExist)
{
    add(QStringLiteral("boss"), Role::Admin);
    // Nobody signed in can no longer add users.
    const auto anonymous = UserAdmin(db()).addUser(QStringLiteral("li"), Role::Sales, QStringLiteral("password-1"));
    ASSERT_FALSE(anonymous);
    EXPECT_EQ(anonymous.errorKind(), ErrorKind::Generic);
    signInAs(QStringLiteral("boss"));
    add(QStringLiteral("li"), Role::Sales);
    signInAs(QStringLiteral("li"));
    const auto bySales = UserAdmin(db()).addUser(QStringLiteral("wang"), Role::Admin, QStringLiteral("password-1"));
    ASSERT_FALSE(bySales);
    EXPECT_EQ(bySales.errorKind(), ErrorKind::Generic);
    EXPECT_FALSE(UserAdmin(db()).list());
    EXPECT_FALSE(UserAdmin(db()).setDisabled(QStringLiteral("boss"), true));
    // Their own password is theirs to change; nobody else's.
    EXPECT_TRUE(UserAdmin(db()).setPassword(QStringLiteral("li"), QStringLiteral("new-password")));
    EXPECT_FALSE(UserAdmin(db()).setPassword(QStringLiteral("boss"), QStringLiteral("new-password")));
    EXPECT_TRUE(Authenticator(db().connection()).signIn(QStringLiteral("li"), QStringLiteral("new-password")));
}

TEST_F(UserAccounts, ShortPasswordsAndDuplicateNamesAreRefused)
{
    const auto shortPassword = UserAdmin(db()).addUser(QStringLiteral("boss"), Role::Admin, QStringLiteral("1234567"));
    ASSERT_FALSE(shortPassword);
    EXPECT_EQ(shortPassword.errorKind(), ErrorKind::Usage);
    add(QStringLiteral("boss"), Role::Admin);
    signInAs(QStringLiteral("boss"));
    const auto again = UserAdmin(db()).addUser(QStringLiteral("boss"), Role::Sales, QStringLiteral("password-2"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.errorKind(), ErrorKind::Duplicate);
}

TEST_F(UserAccounts, LastAdminCanNeitherBeDisabledNorDemoted)
{
    add(QStringLiteral("boss"), Role::Admin);
    signInAs(QStringLiteral("boss"));
    EXPECT_FALSE(UserAdmin(db()).setDisabled(QStringLiteral("boss"), true));
    EXPECT_FALSE(UserAdmin(db()).setRole(QStringLiteral("boss"), Role::Manager));
    add(QStringLiteral("zhao"), Role::Admin);
    EXPECT_TRUE(UserAdmin(db()).setRole(QStringLiteral("boss"), Role::Manager));
    EXPECT_FALSE(UserAdmin(db()).setDisabled(QStringLiteral("zhao"), true));
}

TEST_F(UserAccounts, OwnerNamesFromBeforeAccountsCannotSignInUntilGivenAPassword)
{
    Customer c = makeCustomer(QStringLiteral("张三"));
    c.owner = QStringLiteral("wangfang");
    const auto saved = archive->saveCustomer(c, {});
    ASSERT_TRUE(saved);
    // An owner name alone does not make the archive need sign-in.
    EXPECT_FALSE(*UserAdmin(db()).hasAccounts());
    const auto owner = AccountRepository(db().connection()).account(QStringLiteral("wangfang"));
    ASSERT_TRUE(owner);
    EXPECT_FALSE(owner->hasPassword);
    EXPECT_EQ(owner->role, Role::Sales);
    const auto refused = Authenticator(db().connection()).signIn(QStringLiteral("wangfang"), QString());
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("no password"))) << refused.error().toStdString();

    add(QStringLiteral("boss"), Role::Admin);
    signInAs(QStringLiteral("boss"));
    // Giving the owner an account keeps their customers: same user row.
    const UserAccount account = add(QStringLiteral("wangfang"), Role::Sales);
    EXPECT_EQ(account.id, owner->id);
    signInAs(QStringLiteral("wangfang"));
    EXPECT_TRUE(AccessPolicy(db().actingUser()).allowsOn(Permission::Edit, account.id));
}

TEST_F(UserAccounts, DisabledUsersCannotSignIn)
{
    add(QStringLiteral("boss"), Role::Admin);
    signInAs(QStringLiteral("boss"));
    add(QStringLiteral("li"), Role::Sales);
    ASSERT_TRUE(UserAdmin(db()).setDisabled(QStringLiteral("li"), true));
    const auto refused = Authenticator(db().connection()).signIn(QStringLiteral("li"), QStringLiteral("password-1"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("disabled")));
    ASSERT_TRUE(UserAdmin(db()).setDisabled(QStringLiteral("li"), false));
    EXPECT_TRUE(Authenticator(db().connection()).signIn(QStringLiteral("li"), QStringLiteral("password-1")));
}

TEST_F(UserAccounts, SignInGivesTheRoleAndUnknownUsersLookLikeWrongPasswords)
{
    add(QStringLiteral("boss"), Role::Admin);
    const auto user = Authenticator(db().connection()).signIn(QStringLiteral("boss"), QStringLiteral("password-1"));
    ASSERT_TRUE(user);
    EXPECT_EQ(user->login, QStringLiteral("boss"));
    EXPECT_EQ(user->role, QStringLiteral("admin"));
    EXPECT_GT(user->id, 0);
    const auto wrong = Authenticator(db().connection()).signIn(QStringLiteral("boss"), QStringLiteral("password-2"));
    const auto unknown = Authenticator(db().connection()).signIn(QStringLiteral("nobody"), QStringLiteral("password-1"));
    ASSERT_FALSE(wrong);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(wrong.error(), unknown.error());
    EXPECT_EQ(wrong.errorKind(), ErrorKind::Generic);
}

TEST_F(UserAccounts, RepeatedFailuresLockTheAccountForGrowingTimes)
{
    add(QStringLiteral("boss"), Role::Admin);
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    Authenticator auth(db().connection(), [&] { return now; });
    for (int i = 1; i < Authenticator::failuresBeforeLock; ++i)
        ASSERT_FALSE(auth.signIn(QStringLiteral("boss"), QStringLiteral("guess-%1").arg(i)));
    EXPECT_EQ(AccountRepository(db().connection()).account(QStringLiteral("boss"))->failedAttempts, 4);
    EXPECT_FALSE(AccountRepository(db().connection()).account(QStringLiteral("boss"))->lockedUntil.isValid());
    // The 5th wrong password locks for a minute: even the right one is refused meanwhile.
    const auto fifth = auth.signIn(QStringLiteral("boss"), QStringLiteral("guess-5"));
    ASSERT_FALSE(fifth);
    EXPECT_TRUE(fifth.error().contains(QStringLiteral("locked"))) << fifth.error().toStdString();
    now = now.addSecs(59);
    const auto whileLocked = auth.signIn(QStringLiteral("boss"), QStringLiteral("password-1"));
    ASSERT_FALSE(whileLocked);
    EXPECT_TRUE(whileLocked.error().contains(QStringLiteral("locked")));
    // After the minute, another wrong password locks for two.
    now = now.addSecs(2);
    ASSERT_FALSE(auth.signIn(QStringLiteral("boss"), QStringLiteral("guess-6")));
    EXPECT_EQ(AccountRepository(db().connection()).account(QStringLiteral("boss"))->lockedUntil, now.addSecs(120));
    now = now.addSecs(121);
    ASSERT_TRUE(auth.signIn(QStringLiteral("boss"), QStringLiteral("password-1")));
    // Success clears the count: the next wrong password does not lock.
    const auto account = AccountRepository(db().connection()).account(QStringLiteral("boss"));
    EXPECT_EQ(account->failedAttempts, 0);
    EXPECT_FALSE(account->lockedUntil.isValid());
    ASSERT_FALSE(auth.signIn(QStringLiteral("boss"), QStringLiteral("guess-7")));
    EXPECT_FALSE(AccountRepository(db().connection()).account(QStringLiteral("boss"))->lockedUntil.isValid());
}

TEST(Authenticator, LockTimeDoublesUpToAnHour)
{
    EXPECT_EQ(Authenticator::lockMinutes(4), 0);
    EXPECT_EQ(Authenticator::lockMinutes(5), 1);
    EXPECT_EQ(Authenticator::lockMinutes(6), 2);
    EXPECT_EQ(Authenticator::lockMinutes(7), 4);
    EXPECT_EQ(Authenticator::lockMinutes(11), 60);
    EXPECT_EQ(Authenticator::lockMinutes(500), 60);
}

TEST_F(UserAccounts, SalesSeeTheirOwnCustomersAndThePoolOnly)
{
    for (const auto& [name, owner] : {std::pair{"张三", "li"}, std::pair{"李四", "wang"}, std::pair{"王五", ""}}) {
        Customer c = makeCustomer(QString::fromUtf8(name));
        c.owner = QString::fromUtf8(owner);
        ASSERT_TRUE(archive->saveCustomer(c, {}));
    }
    add(QStringLiteral("boss"), Role::Admin);
    signInAs(QStringLiteral("boss"));
    add(QStringLiteral("li"), Role::Sales);
    signInAs(QStringLiteral("li"));
    const AccessPolicy policy(db().actingUser());

    const auto all = archive->customers().listIds({}, CustomerSortKey::Name);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3);
    const auto ids = CustomerOwnership(db().connection()).keepAllowed(*all, policy);
    ASSERT_TRUE(ids);
    QStringList names;
    for (const CustomerListRow& row : *archive->customers().rows(*ids))
        names.append(row.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("王五"), QStringLiteral("张三")})); // pinyin order kept
    // Export: their own only.
    const auto exported = CustomerOwnership(db().connection()).keepAllowed(*all, policy, Permission::Export);
    ASSERT_TRUE(exported);
    ASSERT_EQ(exported->size(), 1);
    EXPECT_EQ(archive->customers().findById(exported->first())->name, QStringLiteral("张三"));
    // The owner as the policy sees it.
    const qint64 liId = db().actingUser().id;
    EXPECT_EQ(*CustomerOwnership(db().connection()).ownerOf(exported->first()), liId);
    EXPECT_EQ(*CustomerOwnership(db().connection()).ownerOf(ids->first()), 0); // 王五 is in the pool
    // A viewer is not narrowed.
    const AccessPolicy viewer(ActingUser{99, QStringLiteral("zhao"), QStringLiteral("viewer")});
    EXPECT_EQ(*CustomerOwnership(db().connection()).keepAllowed(*all, viewer), *all);
}

TEST_F(UserAccounts, SignInsAndFailuresAreAuditedWithoutThePassword)
{
    add(QStringLiteral("boss"), Role::Admin);
    EXPECT_FALSE(Authenticator(db().connection()).signIn(QStringLiteral("boss"), QStringLiteral("secret-guess")));
    EXPECT_FALSE(Authenticator(db().connection()).signIn(QStringLiteral("nobody"), QStringLiteral("x")));
    EXPECT_TRUE(Authenticator(db().connection()).signIn(QStringLiteral("boss"), QStringLiteral("password-1")));

    AuditLog log(db().connection());
    AuditQuery failures;
    failures.action = AuditActions::signInFailed;
    const auto failed = log.list(failures);
    ASSERT_TRUE(failed);
    QStringList tried;
    for (const AuditEntry& e : *failed)
        tried.append(e.login);
    tried.sort();
    EXPECT_EQ(tried, (QStringList{QStringLiteral("boss"), QStringLiteral("nobody")}));
    AuditQuery signIns;
    signIns.action = AuditActions::signIn;
    const auto ok = log.list(signIns);
    ASSERT_TRUE(ok);
    ASSERT_EQ(ok->size(), 1);
    EXPECT_EQ(ok->first().login, QStringLiteral("boss"));
    AuditQuery anything;
    anything.text = QStringLiteral("secret-guess");
    EXPECT_TRUE(log.list(anything)->isEmpty()) << "no password in the log";
}

TEST_F(UserAccounts, RoleChangesDisablingAndPasswordResetsAreAudited)
{
    add(QStringLiteral("boss"), Role::Admin);
    signInAs(QStringLiteral("boss"));
    add(QStringLiteral("li"), Role::Sales);
    ASSERT_TRUE(UserAdmin(db()).setRole(QStringLiteral("li"), Role::Manager));
    ASSERT_TRUE(UserAdmin(db()).setDisabled(QStringLiteral("li"), true));
    ASSERT_TRUE(UserAdmin(db()).setPassword(QStringLiteral("li"), QStringLiteral("another-secret")));

    AuditQuery query;
    query.action = AuditActions::permission;
    const auto rows = AuditLog(db().connection()).list(query);
    ASSERT_TRUE(rows);
    QStringList changes; // oldest first
    for (auto it = rows->crbegin(); it != rows->crend(); ++it)
        if (it->entityCode == QStringLiteral("li"))
            changes.append(it->field + QLatin1Char(':') + it->oldValue + QStringLiteral("->") + it->newValue + QLatin1Char('@') +
                           it->login);
    EXPECT_EQ(changes, (QStringList{QStringLiteral("role:->sales@boss"), QStringLiteral("role:sales->manager@boss"),
                                    QStringLiteral("active:enabled->disabled@boss"),
                                    QStringLiteral("password:->changed@boss")}));
    AuditQuery secret;
    secret.text = QStringLiteral("another-secret");
    EXPECT_TRUE(AuditLog(db().connection()).list(secret)->isEmpty());
}
