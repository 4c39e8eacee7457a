#pragma once

#include "Customer.h"

#include <QDialog>

class Archive;
class CustomerEditor;

// A customer in its own window: for a new customer, or for editing one without leaving the list.
class CustomerDialog : public QDialog {
    Q_OBJECT

public:
    // customerId 0 = a new customer.
    CustomerDialog(Archive& archive, qint64 customerId = 0, QWidget* parent = nullptr);

    CustomerEditor* editor() const { return m_editor; }
    const Customer& savedCustomer() const { return m_saved; } // valid (id > 0) after a successful save

    // Saves and closes; stays open when the archive refused (the reason is shown in the dialog).
    void accept() override;
    void reject() override;

private:
    CustomerEditor* m_editor = nullptr;
    Customer m_saved;
};
