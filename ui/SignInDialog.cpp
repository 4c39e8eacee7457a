#include "SignInDialog.h"

#include "AccountRepository.h"
#include "Archive.h"
#include "Authenticator.h"
#include "UserName.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setWindowTitle(tr("Sign In"));
    auto* intro = new QLabel(tr("The archive %1 is shared by a team. Sign in to open it.")
                                 .arg(QFileInfo(archive.path()).fileName()),
                             this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    const QString osUser = UserName::current();
    if (archive.users().logins().contains(osUser))
        m_login->setText(osUser);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    resize(380, sizeHint().height());
}

void SignInDialog::accept()
{
    const auto user = Authenticator(m_archive.database().connection()).signIn(m_login->text(), m_password->text());
    m_password->clear();
    if (!user) {
        m_message->setText(user.error());
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_user = *user;
    m_archive.database().setActingUser(m_user);
    QDialog::accept();
}

bool SignInDialog::signInIfNeeded(Archive& archive, QWidget* parent, QString* error)
{
    const auto accounts = AccountRepository(archive.database().connection()).hasAccounts();
    if (!accounts) {
        if (error)
            *error = accounts.error();
        return false;
    }
    if (!*accounts)
        return true;
    SignInDialog dialog(archive, parent);
    return dialog.exec() == QDialog::Accepted;
}
