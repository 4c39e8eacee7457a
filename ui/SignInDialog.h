#pragma once

#include "ActingUser.h"

#include <QDialog>

class Archive;
class QLabel;
class QLineEdit;

// Asks for user name and password when an archive has users (core Authenticator decides); a personal
// archive without users opens without it. Wrong passwords are counted and lock the account (see
// Authenticator), and the dialog says so.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignInDialog(Archive& archive, QWidget* parent = nullptr);

    // Signs in to `archive` when it has users: true when signed in (the acting user is set) or not needed,
    // false when the user cancelled. `error` receives why the archive could not be checked.
    static bool signInIfNeeded(Archive& archive, QWidget* parent, QString* error = nullptr);

    const ActingUser& user() const { return m_user; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override; // tries to sign in; stays open with the reason when refused

private:
    Archive& m_archive;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    ActingUser m_user;
};
