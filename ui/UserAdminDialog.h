#pragma once

#include "Role.h"

#include <QDialog>

class Archive;
class QLabel;
class QPushButton;
class QTableWidget;

// Administrators' screen for the archive's users: list, add, change role, disable/enable, reset password.
// Every rule (who may, the last administrator, password length) is core UserAdmin's; refusals show in the
// dialog's message line.
class UserAdminDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserAdminDialog(Archive& archive, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QString selectedLogin() const;

    // The actions behind the buttons, after their prompts. False (message shown) when refused.
    bool addUser(const QString& login, const QString& displayName, Role role, const QString& password);
    bool setRole(const QString& login, Role role);
    bool setDisabled(const QString& login, bool disabled);
    bool resetPassword(const QString& login, const QString& password);

private:
    void reload();
    void updateButtons();
    bool report(bool ok, const QString& error, const QString& done);
    void promptAdd();
    void promptRole();
    void promptPassword();
    void toggleDisabled();
    // Asks twice for a new password; empty when cancelled or the two differ (message shown).
    QString askPassword(const QString& login);

    Archive& m_archive;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_password = nullptr;
};
