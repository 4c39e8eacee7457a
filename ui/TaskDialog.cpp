#include "TaskDialog.h"

#include "Archive.h"
#include "UserName.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TaskDialog::TaskDialog(Archive& archive, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_customerId(customerId)
{
    const auto customer = archive.customers().findById(customerId);
    setWindowTitle(customer ? tr("New Task for %1").arg(customer->name) : tr("New Task"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setPlaceholderText(tr("What is to be done, e.g. send the quote"));
    m_due = new QDateEdit(QDate::currentDate().addDays(1), this);
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("taskAssignee"));
    m_assignee->setEditable(true); // a colleague not yet in the archive can be typed in
    m_assignee->addItems(archive.users().logins());
    const QString owner = customer ? customer->owner : QString();
    m_assignee->setCurrentText(owner.isEmpty() ? UserName::current() : owner);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b52b27;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Task:"), m_title);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&For:"), m_assignee);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(420, sizeHint().height());

    connect(m_title, &QLineEdit::textChanged, this, &TaskDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    updateOk();
}

void TaskDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

void TaskDialog::accept()
{
    Task task;
    task.customerId = m_customerId;
    task.title = m_title->text();
    task.dueDate = m_due->date();
    task.assignee = m_assignee->currentText().trimmed();
    task.createdBy = UserName::current();
    const auto added = m_archive.tasks().add(task);
    if (!added) {
        m_error->setText(added.error());
        m_error->show();
        return;
    }
    m_saved = *added;
    QDialog::accept();
}
