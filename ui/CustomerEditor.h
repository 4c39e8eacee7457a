#pragma once

#include "Contact.h"
#include "CustomFieldDefinition.h"
#include "Customer.h"
#include "FieldIssue.h"

#include <QList>
#include <QWidget>

class Archive;
class OptionalDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class QFormLayout;

// Edits one customer with its contacts and custom fields. Findings of CustomerValidator are shown on the
// fields as they are typed; they never stop saving except where the archive itself refuses (no name).
class CustomerEditor : public QWidget {
    Q_OBJECT

public:
    enum ContactColumn { ContactName, ContactTitle, ContactMobile, ContactPhone, ContactEmail, ContactWechat,
                         ContactPrimary, ContactColumnCount };

    explicit CustomerEditor(QWidget* parent = nullptr);

    // nullptr detaches the editor (before the archive goes away).
    void setArchive(Archive* archive);

    // Loads the stored customer; false (and a cleared editor) when it cannot be read.
    bool loadCustomer(qint64 id);
    void newCustomer();
    void setCustomer(const Customer& customer, const QList<Contact>& contacts);
    void clear(); // nothing to edit: fields empty and disabled

    qint64 customerId() const { return m_customer.id; }
    bool hasCustomer() const { return m_hasCustomer; }
    Customer customer() const;      // the stored customer with the widgets' values applied
    QList<Contact> contacts() const; // from the contacts table
    bool isModified() const { return m_modified; }

    FieldIssues validate(); // runs the validators and marks the fields
    FieldIssues issues() const { return m_issues; }

    // Stores the customer. When someone else saved it meanwhile, the conflict dialog shows both versions and
    // saves the user's choice on top of the stored one; false when the user keeps editing instead.
    bool save();

    void setSaveButtonVisible(bool visible);
    void focusName();

signals:
    void saved(const Customer& customer);
    // The user chose to open an existing record instead of saving a likely duplicate; the editor shows it.
    void existingOpened(qint64 customerId);
    void modifiedChanged(bool modified);

private:
    struct CustomFieldEditor {
        CustomFieldDefinition definition;
        QWidget* widget = nullptr;
    };

    QWidget* buildDetailsTab();
    QWidget* buildContactsTab();
    void rebuildCustomFields(const QMap<QString, QString>& values);
    QString customFieldValue(const CustomFieldEditor& editor) const;
    void setContacts(const QList<Contact>& contacts);
    void addContactRow(const Contact& contact);
    void addContact();
    void removeSelectedContacts();
    void onContactItemChanged(QTableWidgetItem* item);
    void updateKindDependentFields();
    void updateTitle();
    void setModified(bool modified);
    void onEdited();
    void showIssues(const FieldIssues& issues);
    void markWidget(QWidget* widget, const QString& message);
    QWidget* widgetForField(const QString& field) const;
    void showSaveError(const QString& message);
    void reloadOwnerChoices();
    bool resolveConflict(const Customer& mine, const QList<Contact>& myContacts);
    bool confirmNotADuplicate(const Customer& entered, const QList<Contact>& contacts);

    Archive* m_archive = nullptr;
    Customer m_customer;
    QList<Contact> m_loadedContacts; // as stored when loaded: what the user started from, for conflicts
    bool m_hasCustomer = false;
    bool m_modified = false;
    int m_loading = 0; // >0 while widgets are filled programmatically: not a user edit
    FieldIssues m_issues;
    QList<CustomFieldDefinition> m_definitions;
    QList<CustomFieldEditor> m_customEditors;

    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_familyName = nullptr;
    QLineEdit* m_givenName = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_industry = nullptr;
    QLineEdit* m_province = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_level = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_tags = nullptr;
    OptionalDateEdit* m_birthday = nullptr;
    OptionalDateEdit* m_renewal = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableWidget* m_contacts = nullptr;
    QPushButton* m_removeContact = nullptr;
    QWidget* m_customTab = nullptr;
    QFormLayout* m_customForm = nullptr;
    QLabel* m_issuesLabel = nullptr;
    QPushButton* m_save = nullptr;
};
