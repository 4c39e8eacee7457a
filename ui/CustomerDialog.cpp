#include "CustomerDialog.h"

#include "CustomerEditor.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

CustomerDialog::CustomerDialog(Archive& archive, qint64 customerId, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("customerDialog"));
    m_editor = new CustomerEditor(this);
    m_editor->setSaveButtonVisible(false); // the dialog's own Save button
    m_editor->setArchive(&archive);
    if (customerId > 0) {
        m_editor->loadCustomer(customerId);
        setWindowTitle(tr("Edit Customer"));
    } else {
        m_editor->newCustomer();
        setWindowTitle(tr("New Customer"));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    connect(m_editor, &CustomerEditor::saved, this, [this](const Customer& customer) { m_saved = customer; });
    connect(m_editor, &CustomerEditor::existingOpened, this, [this] { setWindowTitle(tr("Edit Customer")); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    m_editor->focusName();
}

void CustomerDialog::accept()
{
    if (m_editor->save())
        QDialog::accept();
}

void CustomerDialog::reject()
{
    if (m_editor->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Discard Changes?"),
                                                  tr("The customer has unsaved changes. Discard them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}
