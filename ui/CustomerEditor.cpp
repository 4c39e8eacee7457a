#include "CustomerEditor.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "ConflictDialog.h"
#include "CustomerConflict.h"
#include "CustomerValidator.h"
#include "DuplicateEntryDialog.h"
#include "DuplicateFinder.h"
#include "OptionalDateEdit.h"
#include "PhoneNumber.h"
#include "SensitiveMask.h"
#include "SensitiveViewLog.h"
#include "UserName.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int ContactIdRole = Qt::UserRole + 1;
constexpr int ContactBirthdayRole = Qt::UserRole + 2;
// Marks a contacts-table cell the validator complained about (the widgets use the "invalid" property).
constexpr int InvalidRole = Qt::UserRole + 3;

const QString invalidStyle = QStringLiteral("border: 1px solid #d9534f; background-color: #fdecea;");
const QColor invalidCellColor(0xfd, 0xec, 0xea);

QLineEdit* makeLine(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QStringList splitTags(const QString& text)
{
    // Chinese input methods type full-width commas; accept them as well.
    static const QRegularExpression separators(QStringLiteral("[,，;；、]"));
    QStringList tags;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    return tags;
}

QString phoneForDisplay(const QString& stored)
{
    return stored.isEmpty() ? QString() : PhoneNumber::parse(stored).display();
}
} // namespace

CustomerEditor::CustomerEditor(QWidget* parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("customerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(buildDetailsTab(), tr("&Details"));
    m_tabs->addTab(buildContactsTab(), tr("&Contacts"));
    m_customTab = new QWidget;
    m_customForm = new QFormLayout(m_customTab);
    auto* customScroll = new QScrollArea;
    customScroll->setWidgetResizable(true);
    customScroll->setFrameShape(QFrame::NoFrame);
    customScroll->setWidget(m_customTab);
    m_tabs->addTab(customScroll, tr("C&ustom Fields"));

    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setObjectName(QStringLiteral("issuesLabel"));
    m_issuesLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never clipped
    m_issuesLabel->setStyleSheet(QStringLiteral("color: #b52b27;"));
    m_issuesLabel->hide();

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setEnabled(false);
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_save, &QPushButton::clicked, this, &CustomerEditor::save);

    // Save sits next to the customer's name: a row of its own would take height from the form.
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_issuesLabel);

    clear();
}

QWidget* CustomerEditor::buildDetailsTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_code = makeLine(page, QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("Assigned automatically when empty"));
    m_name = makeLine(page, QStringLiteral("nameEdit"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (CustomerKind kind : CustomerKinds::all)
        m_kind->addItem(CustomerKinds::displayName(kind), int(kind));
    m_familyName = makeLine(page, QStringLiteral("familyNameEdit"));
    m_givenName = makeLine(page, QStringLiteral("givenNameEdit"));
    auto* personName = new QHBoxLayout;
    personName->addWidget(m_familyName, 1);
    personName->addWidget(m_givenName, 2);
    m_familyName->setPlaceholderText(tr("Family name"));
    m_givenName->setPlaceholderText(tr("Given name"));
    m_company = makeLine(page, QStringLiteral("companyEdit"));
    m_industry = makeLine(page, QStringLiteral("industryEdit"));
    m_province = makeLine(page, QStringLiteral("provinceEdit"));
    m_city = makeLine(page, QStringLiteral("cityEdit"));
    auto* place = new QHBoxLayout;
    place->addWidget(m_province, 1);
    place->addWidget(m_city, 1);
    m_province->setPlaceholderText(tr("Province"));
    m_city->setPlaceholderText(tr("City"));
    m_address = makeLine(page, QStringLiteral("addressEdit"));
    m_postcode = makeLine(page, QStringLiteral("postcodeEdit"));
    m_source = makeLine(page, QStringLiteral("sourceEdit"));
    m_level = makeLine(page, QStringLiteral("levelEdit"));
    m_stage = new QComboBox(page);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (CustomerStage stage : CustomerStages::all)
        m_stage->addItem(CustomerStages::displayName(stage), int(stage));
    m_owner = new QComboBox(page);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setEditable(true); // a new colleague's login can be typed in
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_tags = makeLine(page, QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_birthday = new OptionalDateEdit(page);
    m_birthday->setObjectName(QStringLiteral("birthdayEdit"));
    m_idNumber = makeLine(page, QStringLiteral("idNumberEdit"));
    m_renewal = new OptionalDateEdit(page);
    m_renewal->setObjectName(QStringLiteral("renewalEdit"));
    m_renewal->setToolTip(tr("Next contract or service renewal: shown in the reminders"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);

    form->addRow(tr("Cod&e:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("Person:"), personName);
    form->addRow(tr("Co&mpany:"), m_company);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("Province/city:"), place);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Post&code:"), m_postcode);
    form->addRow(tr("Sou&rce:"), m_source);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("S&tage:"), m_stage);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Birthday:"), m_birthday);
    form->addRow(tr("I&D number:"), m_idNumber);
    form->addRow(tr("Rene&wal date:"), m_renewal);
    form->addRow(tr("N&otes:"), m_notes);

    for (QLineEdit* edit : page->findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, &CustomerEditor::onEdited);
    connect(m_owner, &QComboBox::currentTextChanged, this, &CustomerEditor::onEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindDependentFields();
        onEdited();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CustomerEditor::onEdited);
    connect(m_birthday, &QDateEdit::dateChanged, this, &CustomerEditor::onEdited);
    connect(m_renewal, &QDateEdit::dateChanged, this, &CustomerEditor::onEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CustomerEditor::onEdited);
    connect(m_name, &QLineEdit::textEdited, this, &CustomerEditor::updateTitle);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

QWidget* CustomerEditor::buildContactsTab()
{
    auto* page = new QWidget;
    m_contacts = new QTableWidget(0, ContactColumnCount, page);
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_contacts->setHorizontalHeaderLabels(
        {tr("Name"), tr("Title"), tr("Mobile"), tr("Phone"), tr("Email"), tr("WeChat"), tr("Primary")});
    // Widths for typical content; a narrow pane scrolls sideways rather than squeezing e-mail addresses.
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_contacts->horizontalHeader()->setStretchLastSection(false);
    m_contacts->verticalHeader()->hide();
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QFontMetrics fm(font());
    const auto fit = [&](int column, const QString& sample) {
        const QString title = m_contacts->horizontalHeaderItem(column)->text();
        m_contacts->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) + 20);
    };
    fit(ContactName, QStringLiteral("欧阳明明"));
    fit(ContactTitle, QStringLiteral("销售总监"));
    fit(ContactMobile, QStringLiteral("138 0013 8000"));
    fit(ContactPhone, QStringLiteral("010 1234 5678"));
    fit(ContactEmail, QStringLiteral("zhangwei@example.com"));
    fit(ContactWechat, QStringLiteral("wxid_abcdefgh"));
    fit(ContactPrimary, QStringLiteral("MM"));
    connect(m_contacts, &QTableWidget::itemChanged, this, &CustomerEditor::onContactItemChanged);

    auto* add = new QPushButton(tr("Add Contact"), page);
    add->setObjectName(QStringLiteral("addContactButton"));
    m_removeContact = new QPushButton(tr("Remove Contact"), page);
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_removeContact->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &CustomerEditor::addContact);
    connect(m_removeContact, &QPushButton::clicked, this, &CustomerEditor::removeSelectedContacts);
    connect(m_contacts, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeContact->setEnabled(!m_contacts->selectedItems().isEmpty()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeContact);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_contacts, 1);
    layout->addLayout(buttons);
    return page;
}

void CustomerEditor::setArchive(Archive* archive)
{
    m_archive = archive;
    m_definitions.clear();
    if (m_archive) {
        if (auto definitions = m_archive->customFields().definitions())
            m_definitions = *definitions;
        auto* completer = new QCompleter(m_archive->customers().provinces(), m_province);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_province->setCompleter(completer);
    }
    reloadOwnerChoices();
    clear();
}

void CustomerEditor::reloadOwnerChoices()
{
    ++m_loading;
    const QString current = m_owner->currentText();
    m_owner->clear();
    m_owner->addItem(QString());
    if (m_archive)
        m_owner->addItems(m_archive->users().logins());
    m_owner->setCurrentText(current);
    --m_loading;
}

void CustomerEditor::clear()
{
    setEnabled(true);
    setCustomer(Customer{}, {});
    m_hasCustomer = false;
    showIssues({});
    m_title->setText(m_archive ? tr("No customer selected") : QString());
    m_tabs->setEnabled(false);
    m_save->setEnabled(false);
}

void CustomerEditor::newCustomer()
{
    Customer customer;
    customer.owner = UserName::current();
    // Only suggest the user as owner when the archive already knows them as a login.
    if (!m_archive || !m_archive->users().logins().contains(customer.owner))
        customer.owner.clear();
    if (m_archive && m_archive->database().actingUser().isSignedIn())
        customer.owner = m_archive->database().actingUser().login; // a signed-in user adds for themselves
    setEnabled(true);
    setCustomer(customer, {});
    m_tabs->setCurrentIndex(0);
}

bool CustomerEditor::loadCustomer(qint64 id)
{
    if (!m_archive)
        return false;
    auto customer = m_archive->customers().findById(id);
    auto contacts = m_archive->contacts().forCustomer(id);
    if (!customer || !contacts) {
        clear();
        m_issuesLabel->setText(!customer ? customer.error() : contacts.error());
        m_issuesLabel->show();
        return false;
    }
    // What the signed-in user may not see arrives masked, and what they may not change is read-only
    // (core refuses the save anyway; masked values must never be saved back).
    const AccessPolicy policy(m_archive->database().actingUser());
    const qint64 owner = policy.ownerIdOf(customer->owner);
    if (policy.masksSensitiveOf(owner)) {
        SensitiveMask::maskCustomer(*customer);
        for (Contact& contact : *contacts)
            SensitiveMask::maskContact(contact);
    } else {
        // Traced, not prevented: an archive the log cannot be written to (read-only) still shows the record.
        SensitiveViewLog(m_archive->database().connection()).record(*customer, *contacts, QStringLiteral("detail"));
    }
    setCustomer(*customer, *contacts);
    setEnabled(policy.allowsOn(Permission::Edit, owner));
    return true;
}

void CustomerEditor::setCustomer(const Customer& customer, const QList<Contact>& contacts)
{
    ++m_loading;
    m_customer = customer;
    m_loadedContacts = contacts;
    m_hasCustomer = true;
    m_code->setText(customer.code);
    m_name->setText(customer.name);
    m_kind->setCurrentIndex(m_kind->findData(int(customer.kind)));
    m_familyName->setText(customer.familyName);
    m_givenName->setText(customer.givenName);
    m_company->setText(customer.company);
    m_industry->setText(customer.industry);
    m_province->setText(customer.province);
    m_city->setText(customer.city);
    m_address->setText(customer.address);
    m_postcode->setText(customer.postcode);
    m_source->setText(customer.source);
    m_level->setText(customer.level);
    m_stage->setCurrentIndex(m_stage->findData(int(customer.stage)));
    if (!customer.owner.isEmpty() && m_owner->findText(customer.owner) < 0)
        m_owner->addItem(customer.owner);
    m_owner->setCurrentText(customer.owner);
    m_tags->setText(customer.tags.join(QStringLiteral(", ")));
    m_birthday->setOptionalDate(customer.birthday);
    m_idNumber->setText(customer.idNumber);
    m_renewal->setOptionalDate(customer.renewalDate);
    m_notes->setPlainText(customer.notes);
    setContacts(contacts);
    rebuildCustomFields(customer.customFields);
    --m_loading;

    m_tabs->setEnabled(true);
    updateKindDependentFields();
    updateTitle();
    setModified(false);
    // A new, still empty customer is not nagged about its missing name before anything was typed.
    if (customer.id == 0)
        showIssues({});
    else
        validate();
}

void CustomerEditor::updateKindDependentFields()
{
    const bool individual = m_kind->currentData().toInt() == int(CustomerKind::Individual);
    m_familyName->setEnabled(individual);
    m_givenName->setEnabled(individual);
}

void CustomerEditor::updateTitle()
{
    if (!m_hasCustomer)
        return;
    const QString name = m_name->text().trimmed();
    if (m_customer.id == 0)
        m_title->setText(name.isEmpty() ? tr("New customer") : tr("New customer: %1").arg(name));
    else
        m_title->setText(QStringLiteral("%1  ·  %2").arg(name, m_customer.code));
}

Customer CustomerEditor::customer() const
{
    Customer c = m_customer;
    c.code = m_code->text().trimmed();
    c.name = m_name->text();
    c.kind = CustomerKind(m_kind->currentData().toInt());
    c.familyName = m_familyName->text();
    c.givenName = m_givenName->text();
    c.company = m_company->text();
    c.industry = m_industry->text();
    c.province = m_province->text();
    c.city = m_city->text();
    c.address = m_address->text();
    c.postcode = m_postcode->text();
    c.source = m_source->text();
    c.level = m_level->text();
    c.stage = CustomerStage(m_stage->currentData().toInt());
    c.owner = m_owner->currentText().trimmed();
    c.tags = splitTags(m_tags->text());
    c.birthday = m_birthday->optionalDate();
    c.idNumber = m_idNumber->text();
    c.renewalDate = m_renewal->optionalDate();
    c.notes = m_notes->toPlainText();
    c.customFields.clear();
    for (const CustomFieldEditor& editor : m_customEditors)
        if (const QString value = customFieldValue(editor).trimmed(); !value.isEmpty())
            c.customFields.insert(editor.definition.name, value);
    return c;
}

// --- contacts ---------------------------------------------------------------------------------------

void CustomerEditor::setContacts(const QList<Contact>& contacts)
{
    const QSignalBlocker blocker(m_contacts);
    m_contacts->setRowCount(0);
    for (const Contact& contact : contacts)
        addContactRow(contact);
}

void CustomerEditor::addContactRow(const Contact& contact)
{
    const QSignalBlocker blocker(m_contacts);
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    const QString texts[] = {contact.name, contact.title, phoneForDisplay(contact.mobile),
                             phoneForDisplay(contact.phone), contact.email, contact.wechat};
    for (int column = 0; column < ContactPrimary; ++column)
        m_contacts->setItem(row, column, new QTableWidgetItem(texts[column]));
    m_contacts->item(row, ContactName)->setData(ContactIdRole, contact.id);
    m_contacts->item(row, ContactName)->setData(ContactBirthdayRole, contact.birthday);
    auto* primary = new QTableWidgetItem;
    primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    primary->setCheckState(contact.isPrimary ? Qt::Checked : Qt::Unchecked);
    m_contacts->setItem(row, ContactPrimary, primary);
}

void CustomerEditor::addContact()
{
    Contact contact;
    contact.isPrimary = m_contacts->rowCount() == 0;
    addContactRow(contact);
    const int row = m_contacts->rowCount() - 1;
    m_contacts->setCurrentCell(row, ContactName);
    m_contacts->editItem(m_contacts->item(row, ContactName));
    onEdited();
}

void CustomerEditor::removeSelectedContacts()
{
    QList<int> rows;
    for (const QModelIndex& index : m_contacts->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_contacts->currentRow() >= 0)
        rows.append(m_contacts->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_contacts->removeRow(row);
    if (!rows.isEmpty())
        onEdited();
}

void CustomerEditor::onContactItemChanged(QTableWidgetItem* item)
{
    // One primary contact: checking one unchecks the others.
    if (item->column() == ContactPrimary && item->checkState() == Qt::Checked) {
        const QSignalBlocker blocker(m_contacts);
        for (int row = 0; row < m_contacts->rowCount(); ++row)
            if (row != item->row())
                m_contacts->item(row, ContactPrimary)->setCheckState(Qt::Unchecked);
    }
    onEdited();
}

QList<Contact> CustomerEditor::contacts() const
{
    QList<Contact> result;
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_contacts->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Contact contact;
        contact.id = m_contacts->item(row, ContactName)->data(ContactIdRole).toLongLong();
        contact.customerId = m_customer.id;
        contact.name = text(ContactName);
        contact.title = text(ContactTitle);
        contact.mobile = text(ContactMobile);
        contact.phone = text(ContactPhone);
        contact.email = text(ContactEmail);
        contact.wechat = text(ContactWechat);
        contact.birthday = m_contacts->item(row, ContactName)->data(ContactBirthdayRole).toDate();
        contact.isPrimary = m_contacts->item(row, ContactPrimary)->checkState() == Qt::Checked;
        // A row added and left blank is not a contact.
        if (contact.name.isEmpty() && contact.title.isEmpty() && contact.mobile.isEmpty() && contact.phone.isEmpty() &&
            contact.email.isEmpty() && contact.wechat.isEmpty())
            continue;
        result.append(contact);
    }
    return result;
}

// --- custom fields ----------------------------------------------------------------------------------

void CustomerEditor::rebuildCustomFields(const QMap<QString, QString>& values)
{
    // Rebuilt per customer: a stored value the type cannot show (e.g. an old non-date) gets a plain text
    // editor so that it stays visible and fixable instead of being dropped.
    while (m_customForm->rowCount() > 0)
        m_customForm->removeRow(0);
    m_customEditors.clear();
    for (const CustomFieldDefinition& definition : m_definitions) {
        const QString value = values.value(definition.name);
        QWidget* widget = nullptr;
        switch (definition.type) {
        case CustomFieldType::Date: {
            const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
            if (value.trimmed().isEmpty() || date.isValid()) {
                auto* edit = new OptionalDateEdit;
                edit->setOptionalDate(date);
                connect(edit, &QDateEdit::dateChanged, this, &CustomerEditor::onEdited);
                widget = edit;
            }
            break;
        }
        case CustomFieldType::Choice: {
            auto* combo = new QComboBox;
            combo->addItem(QString());
            combo->addItems(definition.choices);
            if (!value.isEmpty() && combo->findText(value) < 0)
                combo->addItem(value);
            combo->setCurrentText(value);
            combo->setCurrentIndex(std::max(0, combo->findText(value)));
            connect(combo, &QComboBox::currentIndexChanged, this, &CustomerEditor::onEdited);
            widget = combo;
            break;
        }
        case CustomFieldType::Number:
        case CustomFieldType::Text: break;
        }
        if (!widget) {
            auto* edit = new QLineEdit(value);
            if (definition.type == CustomFieldType::Date)
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
            connect(edit, &QLineEdit::textEdited, this, &CustomerEditor::onEdited);
            widget = edit;
        }
        widget->setObjectName(QStringLiteral("custom:") + definition.name);
        m_customForm->addRow(definition.name + QLatin1Char(':'), widget);
        m_customEditors.append({definition, widget});
    }
    m_tabs->setTabVisible(2, !m_definitions.isEmpty());
}

QString CustomerEditor::customFieldValue(const CustomFieldEditor& editor) const
{
    if (auto* date = qobject_cast<OptionalDateEdit*>(editor.widget))
        return date->optionalDate().isValid() ? date->optionalDate().toString(Qt::ISODate) : QString();
    if (auto* combo = qobject_cast<QComboBox*>(editor.widget))
        return combo->currentText();
    if (auto* line = qobject_cast<QLineEdit*>(editor.widget))
        return line->text();
    return {};
}

// --- validation and saving --------------------------------------------------------------------------

void CustomerEditor::onEdited()
{
    if (m_loading || !m_hasCustomer)
        return;
    setModified(true);
    validate();
}

void CustomerEditor::setModified(bool modified)
{
    const bool changed = m_modified != modified;
    m_modified = modified;
    m_save->setEnabled(m_hasCustomer && (modified || m_customer.id == 0));
    if (changed)
        emit modifiedChanged(modified);
}

FieldIssues CustomerEditor::validate()
{
    FieldIssues found;
    if (m_hasCustomer) {
        const Customer c = customer();
        found += CustomerValidator::validateCustomer(c);
        found += CustomerValidator::validateCustomFields(c, m_definitions);
        // Prefixed by table row (not by position in contacts()) so that each finding lands on its cell.
        for (int row = 0; row < m_contacts->rowCount(); ++row) {
            Contact contact;
            contact.mobile = m_contacts->item(row, ContactMobile)->text();
            contact.phone = m_contacts->item(row, ContactPhone)->text();
            contact.email = m_contacts->item(row, ContactEmail)->text();
            contact.birthday = m_contacts->item(row, ContactName)->data(ContactBirthdayRole).toDate();
            found += CustomerValidator::validateContact(contact, QStringLiteral("contacts[%1].").arg(row));
        }
    }
    showIssues(found);
    return found;
}

void CustomerEditor::markWidget(QWidget* widget, const QString& message)
{
    const bool invalid = !message.isEmpty();
    widget->setProperty("invalid", invalid);
    widget->setToolTip(message);
    // Style sheets on the field only, so the rest of the form keeps the platform look.
    widget->setStyleSheet(invalid ? QStringLiteral("%1 { %2 }").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                                   invalidStyle)
                                  : QString());
}

QWidget* CustomerEditor::widgetForField(const QString& field) const
{
    if (field == u"name") return m_name;
    if (field == u"code") return m_code;
    if (field == u"birthday") return m_birthday;
    if (field == u"postcode") return m_postcode;
    if (field == u"id_number") return m_idNumber;
    if (field.startsWith(u"custom:"))
        for (const CustomFieldEditor& editor : m_customEditors)
            if (editor.widget->objectName() == field)
                return editor.widget;
    return nullptr;
}

void CustomerEditor::showIssues(const FieldIssues& issues)
{
    m_issues = issues;
    QList<QWidget*> fields = {m_name, m_code, m_birthday, m_postcode, m_idNumber};
    for (const CustomFieldEditor& editor : m_customEditors)
        fields.append(editor.widget);
    QHash<QWidget*, QStringList> byWidget;
    QHash<QPair<int, int>, QStringList> byCell;
    static const QRegularExpression contactField(QStringLiteral("^contacts\\[(\\d+)\\]\\.(\\w+)$"));
    for (const FieldIssue& issue : issues) {
        if (QWidget* widget = widgetForField(issue.field)) {
            byWidget[widget].append(issue.message);
        } else if (const auto match = contactField.match(issue.field); match.hasMatch()) {
            const QString name = match.captured(2);
            const int column = name == u"mobile" ? ContactMobile
                             : name == u"phone"  ? ContactPhone
                             : name == u"email"  ? ContactEmail
                                                 : ContactName;
            byCell[{match.captured(1).toInt(), column}].append(issue.message);
        }
    }
    for (QWidget* widget : fields)
        markWidget(widget, byWidget.value(widget).join(QLatin1Char('\n')));

    const QSignalBlocker blocker(m_contacts);
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        for (int column = 0; column < ContactPrimary; ++column) {
            QTableWidgetItem* item = m_contacts->item(row, column);
            const QStringList messages = byCell.value({row, column});
            item->setData(InvalidRole, !messages.isEmpty());
            item->setToolTip(messages.join(QLatin1Char('\n')));
            item->setBackground(messages.isEmpty() ? QBrush() : QBrush(invalidCellColor));
        }
    }

    QStringList lines;
    for (const FieldIssue& issue : issues)
        lines.append(QStringLiteral("• ") + issue.message);
    m_issuesLabel->setText(lines.join(QLatin1Char('\n')));
    m_issuesLabel->setVisible(!lines.isEmpty());
}

void CustomerEditor::showSaveError(const QString& message)
{
    QMessageBox::warning(this, tr("Not Saved"), message);
}

bool CustomerEditor::save()
{
    if (!m_archive || !m_hasCustomer)
        return false;
    validate();
    const Customer edited = customer();
    if (edited.name.trimmed().isEmpty()) {
        // The one finding the archive refuses; the reason is already shown next to the field.
        m_tabs->setCurrentIndex(0);
        m_name->setFocus();
        return false;
    }
    if (edited.id == 0 && !confirmNotADuplicate(edited, contacts()))
        return false;
    auto stored = m_archive->saveCustomer(edited, contacts());
    if (!stored) {
        switch (stored.errorKind()) {
        case ErrorKind::Conflict: return resolveConflict(edited, contacts());
        case ErrorKind::Duplicate:
        case ErrorKind::Usage:
            // Something about the input: show it with the fields rather than in a box.
            if (stored.errorKind() == ErrorKind::Duplicate)
                markWidget(m_code, stored.error());
            m_issuesLabel->setText(stored.error());
            m_issuesLabel->show();
            break;
        default: showSaveError(stored.error()); break;
        }
        return false;
    }
    reloadOwnerChoices();
    loadCustomer(stored->id); // shows what was stored: generated code, normalised phones
    emit saved(*stored);
    return true;
}

bool CustomerEditor::confirmNotADuplicate(const Customer& entered, const QList<Contact>& contacts)
{
    // The check on entry runs here on the GUI thread: it is a handful of indexed lookups (under 50 ms on a
    // million customers, docs/performance.md), too short for a worker and a progress dialog.
    Contact primary = contacts.value(0);
    for (const Contact& c : contacts)
        if (c.isPrimary)
            primary = c;
    const auto likely = DuplicateFinder(m_archive->database().connection()).findFor(entered, primary);
    if (!likely || likely->isEmpty())
        return true; // the check only advises: when it cannot run, saving goes ahead as before it existed
    DuplicateEntryDialog dialog(*m_archive, *likely, this);
    if (dialog.exec() != QDialog::Accepted || dialog.choice() == DuplicateEntryDialog::Choice::Cancel)
        return false; // back to editing, everything typed still there
    if (dialog.choice() == DuplicateEntryDialog::Choice::OpenExisting) {
        const qint64 id = dialog.selectedCustomerId();
        if (id > 0 && loadCustomer(id))
            emit existingOpened(id);
        return false;
    }
    return true;
}

bool CustomerEditor::resolveConflict(const Customer& mine, const QList<Contact>& myContacts)
{
    // Nothing is locked while the dialog waits: each round reads the stored version, and the save checks it again.
    for (;;) {
        auto stored = m_archive->customers().findById(mine.id);
        auto storedContacts = m_archive->contacts().forCustomer(mine.id);
        if (!stored || !storedContacts) {
            showSaveError(!stored ? stored.error() : storedContacts.error());
            return false;
        }
        const CustomerConflict conflict(m_customer, m_loadedContacts, mine, myContacts, *stored, *storedContacts);
        ConflictDialog dialog(conflict, this);
        if (dialog.exec() != QDialog::Accepted)
            return false; // the user's edits stay in the editor
        const QSet<QString> keep = dialog.keepMine();
        auto result = m_archive->saveCustomer(conflict.resolved(keep), conflict.resolvedContacts(keep));
        if (result) {
            reloadOwnerChoices();
            loadCustomer(result->id);
            emit saved(*result);
            return true;
        }
        if (result.errorKind() != ErrorKind::Conflict) {
            showSaveError(result.error());
            return false;
        }
        // Yet another save came in while the dialog was open: ask again against the newest version.
    }
}

void CustomerEditor::setSaveButtonVisible(bool visible)
{
    m_save->setVisible(visible);
}

void CustomerEditor::focusName()
{
    m_tabs->setCurrentIndex(0);
    m_name->setFocus(Qt::OtherFocusReason);
}
