#include "HandoverDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

HandoverDialog::HandoverDialog(const QStringList& users, bool mayDisable, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("handoverDialog"));
    setWindowTitle(tr("Hand Over Customers"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("handoverFrom"));
    m_from->addItems(users);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("handoverTo"));
    m_to->addItem(tr("Public pool"), QString());
    for (const QString& user : users)
        m_to->addItem(user, user);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    layout->addLayout(form);
    m_disable = new QCheckBox(this);
    m_disable->setObjectName(QStringLiteral("handoverDisable"));
    m_disable->setChecked(mayDisable);
    m_disable->setEnabled(mayDisable);
    if (!mayDisable)
        m_disable->setToolTip(tr("Only an administrator can disable users."));
    layout->addWidget(m_disable);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand Over"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &HandoverDialog::updateSummary);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HandoverDialog::updateSummary);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    updateSummary();
}

QString HandoverDialog::from() const
{
    return m_from->currentText();
}

QString HandoverDialog::to() const
{
    return m_to->currentData().toString();
}

bool HandoverDialog::disableFrom() const
{
    return m_disable->isChecked();
}

void HandoverDialog::updateSummary()
{
    const bool same = from() == to() || from().isEmpty();
    m_summary->setText(same ? tr("Choose two different people.")
                            : tr("All customers of %1 and their open tasks go to %2, in one step. Planned follow-ups "
                                 "follow the customers. The history of every customer keeps the change.")
                                  .arg(from(), to().isEmpty() ? tr("the public pool") : to()));
    m_disable->setText(tr("&Disable %1: they leave and can no longer sign in").arg(from()));
    if (m_okButton)
        m_okButton->setEnabled(!same);
}
