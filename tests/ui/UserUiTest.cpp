#include "AccountRepository.h"
#include "Authenticator.h"
#include "CustomerDetailPane.h"
#include "CustomerEditor.h"
#include "CustomerListModel.h"
#include "MainWindow.h"
#include "PasswordHasher.h"
#include "SignInDialog.h"
#include "UiTestArchive.h"
#include "UserAdmin.h"
#include "UserAdminDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace {
const QString password = QStringLiteral("password-1");

// A team archive: boss (admin), li (sales) and zhao (viewer); a customer of li's, one of wang's
// (an owner without an account) and one in the pool, each with a mobile number and an ID number.
class UserUi : public ::testing::Test {
protected:
    UserUi() : fast({1, 8192})
    {
        mine = archive.add(QStringLiteral("张三"), CustomerStage::Lead, QStringLiteral("li"), QStringLiteral("13800138000"));
        theirs = archive.add(QStringLiteral("李四"), CustomerStage::Lead, QStringLiteral("wang"), QStringLiteral("13900139000"));
        pool = archive.add(QStringLiteral("王五"), CustomerStage::Lead, QString(), QStringLiteral("13700137000"));
        Customer withId = theirs;
        withId.idNumber = QStringLiteral("11010519491231002X");
        EXPECT_TRUE(archive->saveCustomer(withId, *archive->contacts().forCustomer(theirs.id)));
        UserAdmin admin(archive->database());
        EXPECT_TRUE(admin.addUser(QStringLiteral("boss"), Role::Admin, password));
        signIn(QStringLiteral("boss"));
        EXPECT_TRUE(admin.addUser(QStringLiteral("li"), Role::Sales, password));
        EXPECT_TRUE(admin.addUser(QStringLiteral("zhao"), Role::Viewer, password));
    }
    void signIn(const QString& login)
    {
        const auto user = Authenticator(archive->database().connection()).signIn(login, password);
        ASSERT_TRUE(user) << user.error().toStdString();
        archive->database().setActingUser(*user);
    }
    QStringList listedNames(MainWindow& window)
    {
        QStringList names;
        for (int row = 0; row < window.customerModel()->rowCount(); ++row)
            names.append(window.customerModel()->index(row, CustomerListModel::Name).data().toString());
        names.sort();
        return names;
    }
    QString phoneOf(MainWindow& window, const QString& name)
    {
        CustomerListModel* model = window.customerModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, CustomerListModel::Name).data().toString() == name)
                return model->index(row, CustomerListModel::Phone).data().toString();
        return QStringLiteral("(absent)");
    }

    PasswordHasher::TestLimits fast;
    UiTestArchive archive;
    Customer mine, theirs, pool;
};

QAction* action(MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}
} // namespace

TEST_F(UserUi, SignInDialogStaysOpenOnAWrongPasswordAndSetsTheUser)
{
    archive->database().setActingUser({});
    SignInDialog dialog(*archive);
    dialog.loginEdit()->setText(QStringLiteral("li"));
    dialog.passwordEdit()->setText(QStringLiteral("wrong-password"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.messageLabel()->isHidden());
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty()); // never left lying in the field
    EXPECT_FALSE(archive->database().actingUser().isSignedIn());
    dialog.passwordEdit()->setText(password);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(archive->database().actingUser().login, QStringLiteral("li"));
    EXPECT_EQ(archive->database().actingUser().role, QStringLiteral("sales"));
}

TEST_F(UserUi, SalesSeeTheirScopeWithPoolPhonesMaskedAndNoAdminActions)
{
    signIn(QStringLiteral("li"));
    MainWindow window;
    window.setArchive(archive.release());
    EXPECT_EQ(listedNames(window), (QStringList{QStringLiteral("张三"), QStringLiteral("王五")}));
    EXPECT_EQ(phoneOf(window, QStringLiteral("王五")), QStringLiteral("137****7000"));
    EXPECT_FALSE(phoneOf(window, QStringLiteral("张三")).contains(u'*'));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("li")));
    EXPECT_FALSE(action(window, "importAction")->isVisible());
    EXPECT_FALSE(action(window, "usersAction")->isVisible());
    EXPECT_FALSE(action(window, "segmentsAction")->isVisible());
    EXPECT_TRUE(action(window, "exportAction")->isVisible()); // their own customers
    EXPECT_TRUE(action(window, "newCustomerAction")->isVisible());
    // Reminders: theirs only.
    auto* reminderUser = window.findChild<QComboBox*>(QStringLiteral("reminderUser"));
    ASSERT_NE(reminderUser, nullptr);
    EXPECT_EQ(reminderUser->count(), 1);
    EXPECT_EQ(reminderUser->currentData().toString(), QStringLiteral("li"));
    // A pool customer opens read-only and masked; their own one is editable.
    window.selectCustomer(pool.id);
    EXPECT_FALSE(window.detailPane()->editor()->isEnabled());
    window.selectCustomer(mine.id);
    EXPECT_TRUE(window.detailPane()->editor()->isEnabled());
}

TEST_F(UserUi, ViewerSeesEverythingMaskedAndChangesNothing)
{
    signIn(QStringLiteral("zhao"));
    MainWindow window;
    window.setArchive(archive.release());
    EXPECT_EQ(listedNames(window).size(), 3);
    for (const QString& name : {QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")})
        EXPECT_TRUE(phoneOf(window, name).contains(QStringLiteral("****"))) << phoneOf(window, name).toStdString();
    for (const char* name : {"newCustomerAction", "editCustomerAction", "importAction", "exportAction", "usersAction"})
        EXPECT_FALSE(action(window, name)->isVisible()) << name;
    window.selectCustomer(theirs.id);
    EXPECT_FALSE(window.detailPane()->editor()->isEnabled());
    EXPECT_EQ(window.findChild<QLineEdit*>(QStringLiteral("idNumberEdit"))->text(), QStringLiteral("110***********002X"));
}

TEST_F(UserUi, AdminSeesEverythingUnmaskedAndManagesUsers)
{
    MainWindow window;
    window.setArchive(archive.release());
    EXPECT_EQ(listedNames(window).size(), 3);
    EXPECT_FALSE(phoneOf(window, QStringLiteral("李四")).contains(u'*'));
    EXPECT_TRUE(action(window, "usersAction")->isVisible());
    EXPECT_TRUE(action(window, "usersAction")->isEnabled());
    EXPECT_TRUE(action(window, "importAction")->isVisible());
    window.selectCustomer(theirs.id);
    EXPECT_EQ(window.findChild<QLineEdit*>(QStringLiteral("idNumberEdit"))->text(), QStringLiteral("11010519491231002X"));
}

TEST_F(UserUi, UserAdminScreenAddsDisablesAndKeepsTheLastAdmin)
{
    UserAdminDialog dialog(*archive);
    const auto logins = [&] {
        QStringList result;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            result.append(dialog.table()->item(row, 0)->text());
        return result;
    };
    EXPECT_EQ(logins(), (QStringList{QStringLiteral("boss"), QStringLiteral("li"), QStringLiteral("wang"),
                                     QStringLiteral("zhao")}));
    ASSERT_TRUE(dialog.addUser(QStringLiteral("qian"), QStringLiteral("钱经理"), Role::Manager, password));
    EXPECT_TRUE(logins().contains(QStringLiteral("qian")));
    EXPECT_FALSE(dialog.addUser(QStringLiteral("sun"), QString(), Role::Sales, QStringLiteral("short")));
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("8"))) << dialog.messageLabel()->text().toStdString();
    EXPECT_FALSE(dialog.setDisabled(QStringLiteral("boss"), true));
    EXPECT_TRUE(dialog.setDisabled(QStringLiteral("li"), true));
    EXPECT_FALSE(Authenticator(archive->database().connection()).signIn(QStringLiteral("li"), password));
    EXPECT_TRUE(dialog.resetPassword(QStringLiteral("wang"), QStringLiteral("wang-password")));
    EXPECT_TRUE(Authenticator(archive->database().connection()).signIn(QStringLiteral("wang"), QStringLiteral("wang-password")));
    EXPECT_TRUE(dialog.setRole(QStringLiteral("zhao"), Role::Manager));
    EXPECT_EQ(AccountRepository(archive->database().connection()).account(QStringLiteral("zhao"))->role, Role::Manager);
}
