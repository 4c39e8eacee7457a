#include "UserAdminDialog.h"

#include "Archive.h"
#include "UserAdmin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { Login, Name, RoleColumn, State, Created, ColumnCount };

QComboBox* roleBox(QWidget* parent, Role current)
{
    auto* box = new QComboBox(parent);
    for (Role role : Roles::all)
        box->addItem(Roles::displayName(role), int(role));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}
} // namespace

UserAdminDialog::UserAdminDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setWindowTitle(tr("Users"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("State"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    m_add = new QPushButton(tr("&Add User…"), this);
    m_role = new QPushButton(tr("Change &Role…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_password = new QPushButton(tr("Reset &Password…"), this);
    connect(m_add, &QPushButton::clicked, this, &UserAdminDialog::promptAdd);
    connect(m_role, &QPushButton::clicked, this, &UserAdminDialog::promptRole);
    connect(m_disable, &QPushButton::clicked, this, &UserAdminDialog::toggleDisabled);
    connect(m_password, &QPushButton::clicked, this, &UserAdminDialog::promptPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserAdminDialog::updateButtons);

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_role, m_disable, m_password})
        side->addWidget(b);
    side->addStretch();
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(720, 420);
    reload();
}

void UserAdminDialog::reload()
{
    const QString selected = selectedLogin();
    const auto users = UserAdmin(m_archive.database()).list();
    m_table->setRowCount(0);
    if (!users) {
        m_message->setText(users.error());
        updateButtons();
        return;
    }
    for (const UserAccount& u : *users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString state = u.disabled                                        ? tr("Disabled")
                              : !u.hasPassword                                  ? tr("No password (cannot sign in)")
                              : u.lockedUntil > QDateTime::currentDateTimeUtc() ? tr("Locked")
                                                                                : tr("Active");
        const QStringList cells{u.login, u.displayName, Roles::displayName(u.role), state,
                                u.createdAt.isValid() ? QLocale().toString(u.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                                                      : QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == Login)
                item->setData(Qt::UserRole, u.disabled);
            if (c == RoleColumn)
                item->setData(Qt::UserRole, int(u.role));
            m_table->setItem(row, c, item);
        }
        if (u.login == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString UserAdminDialog::selectedLogin() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), Login)->text();
}

void UserAdminDialog::updateButtons()
{
    const QString login = selectedLogin();
    const bool selected = !login.isEmpty();
    m_role->setEnabled(selected);
    m_disable->setEnabled(selected);
    m_password->setEnabled(selected);
    const auto rows = m_table->selectionModel()->selectedRows();
    const bool disabled = selected && m_table->item(rows.first().row(), Login)->data(Qt::UserRole).toBool();
    m_disable->setText(disabled ? tr("&Enable") : tr("&Disable"));
}

bool UserAdminDialog::report(bool ok, const QString& error, const QString& done)
{
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->setText(ok ? done : error);
    if (ok)
        reload();
    return ok;
}

bool UserAdminDialog::addUser(const QString& login, const QString& displayName, Role role, const QString& password)
{
    const auto added = UserAdmin(m_archive.database()).addUser(login, role, password, displayName);
    return report(added.ok(), added.error(),
                  added ? tr("User %1 added as %2.").arg(added->login, Roles::displayName(role)) : QString());
}

bool UserAdminDialog::setRole(const QString& login, Role role)
{
    const Status s = UserAdmin(m_archive.database()).setRole(login, role);
    return report(s.ok(), s.error(), tr("%1 is now %2.").arg(login, Roles::displayName(role)));
}

bool UserAdminDialog::setDisabled(const QString& login, bool disabled)
{
    const Status s = UserAdmin(m_archive.database()).setDisabled(login, disabled);
    return report(s.ok(), s.error(), disabled ? tr("User %1 disabled.").arg(login) : tr("User %1 enabled.").arg(login));
}

bool UserAdminDialog::resetPassword(const QString& login, const QString& password)
{
    const Status s = UserAdmin(m_archive.database()).setPassword(login, password);
    return report(s.ok(), s.error(), tr("Password of %1 changed.").arg(login));
}

QString UserAdminDialog::askPassword(const QString& login)
{
    bool ok = false;
    const QString first = QInputDialog::getText(this, tr("Password"), tr("New password for %1:").arg(login),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok)
        return QString();
    const QString second =
        QInputDialog::getText(this, tr("Password"), tr("Repeat the password:"), QLineEdit::Password, QString(), &ok);
    if (!ok)
        return QString();
    if (first != second) {
        report(false, tr("The two passwords differ; nothing was changed."), QString());
        return QString();
    }
    return first;
}

void UserAdminDialog::promptAdd()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add User"));
    auto* login = new QLineEdit(&dialog);
    auto* name = new QLineEdit(&dialog);
    QComboBox* role = roleBox(&dialog, Role::Sales);
    auto* password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto* repeat = new QLineEdit(&dialog);
    repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("User name:"), login);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Role:"), role);
    form->addRow(tr("Password:"), password);
    form->addRow(tr("Repeat:"), repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (password->text() != repeat->text()) {
        report(false, tr("The two passwords differ; nothing was changed."), QString());
        return;
    }
    addUser(login->text(), name->text(), Role(role->currentData().toInt()), password->text());
}

void UserAdminDialog::promptRole()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    QStringList names;
    for (Role role : Roles::all)
        names.append(Roles::displayName(role));
    const int row = m_table->selectionModel()->selectedRows().first().row();
    const int current = m_table->item(row, RoleColumn)->data(Qt::UserRole).toInt();
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change Role"), tr("Role of %1:").arg(login), names, current, false, &ok);
    if (ok)
        setRole(login, Roles::all[names.indexOf(chosen)]);
}

void UserAdminDialog::promptPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    if (const QString password = askPassword(login); !password.isEmpty())
        resetPassword(login, password);
}

void UserAdminDialog::toggleDisabled()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString login = m_table->item(rows.first().row(), Login)->text();
    setDisabled(login, !m_table->item(rows.first().row(), Login)->data(Qt::UserRole).toBool());
}
