#include "ConflictDialog.h"
#include "CustomerDialog.h"
#include "CustomerEditor.h"
#include "OptionalDateEdit.h"
#include "UiTestArchive.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <gtest/gtest.h>

namespace {
template <typename T> T* child(QWidget& parent, const QString& name)
{
    T* widget = parent.findChild<T*>(name);
    EXPECT_NE(widget, nullptr) << "no widget named " << name.toStdString();
    return widget;
}

// Types into a line edit like a user (textEdited fires), rather than setText.
void type(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    edit->insert(text);
}

std::unique_ptr<Archive> reopen(const QString& path)
{
    auto opened = Archive::open(path, Database::OpenMode::MustExist);
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    return opened ? std::move(opened).value() : nullptr;
}

QTableWidgetItem* contactCell(QWidget& parent, int row, int column)
{
    auto* table = child<QTableWidget>(parent, QStringLiteral("contactsTable"));
    return table ? table->item(row, column) : nullptr;
}
} // namespace

TEST(CustomerDialog, EditingStoresTheChangesAndBumpsTheVersion)
{
    UiTestArchive archive;
    const Customer original = archive.add(QStringLiteral("百度"), CustomerStage::Lead, QString(),
                                          QStringLiteral("13900139000"));
    ASSERT_EQ(original.version, 1);

    CustomerDialog dialog(*archive, original.id);
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("nameEdit"))->text(), QStringLiteral("百度"));
    type(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("百度在线"));
    type(child<QLineEdit>(dialog, QStringLiteral("cityEdit")), QStringLiteral("北京"));
    type(child<QLineEdit>(dialog, QStringLiteral("tagsEdit")), QStringLiteral("重点，互联网"));
    auto* stage = child<QComboBox>(dialog, QStringLiteral("stageCombo"));
    stage->setCurrentIndex(stage->findData(int(CustomerStage::Active)));
    contactCell(dialog, 0, CustomerEditor::ContactMobile)->setText(QStringLiteral("138 1234 5678"));
    EXPECT_TRUE(dialog.editor()->isModified());

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedCustomer().id, original.id);

    auto fresh = reopen(archive.path);
    ASSERT_TRUE(fresh);
    const auto stored = fresh->customers().findById(original.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->name, QStringLiteral("百度在线"));
    EXPECT_EQ(stored->city, QStringLiteral("北京"));
    EXPECT_EQ(stored->stage, CustomerStage::Active);
    EXPECT_EQ(stored->tags.size(), 2);
    EXPECT_EQ(stored->version, 2);
    const auto contacts = fresh->contacts().forCustomer(original.id);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts->size(), 1);
    EXPECT_EQ(contacts->at(0).mobile, QStringLiteral("+8613812345678"));
}

TEST(CustomerDialog, NewCustomerWithContactIsStored)
{
    UiTestArchive archive;
    CustomerDialog dialog(*archive);
    type(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("张三"));
    auto* kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(CustomerKind::Individual)));
    type(child<QLineEdit>(dialog, QStringLiteral("familyNameEdit")), QStringLiteral("张"));
    child<QComboBox>(dialog, QStringLiteral("ownerCombo"))->setCurrentText(QStringLiteral("lina"));
    child<OptionalDateEdit>(dialog, QStringLiteral("birthdayEdit"))->setOptionalDate(QDate(1985, 6, 1));
    child<QPushButton>(dialog, QStringLiteral("addContactButton"))->click();
    contactCell(dialog, 0, CustomerEditor::ContactName)->setText(QStringLiteral("张三"));
    contactCell(dialog, 0, CustomerEditor::ContactMobile)->setText(QStringLiteral("13812345678"));
    contactCell(dialog, 0, CustomerEditor::ContactEmail)->setText(QStringLiteral("zhang@example.com"));

    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);

    auto fresh = reopen(archive.path);
    ASSERT_TRUE(fresh);
    const auto stored = fresh->customers().findById(dialog.savedCustomer().id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->name, QStringLiteral("张三"));
    EXPECT_EQ(stored->kind, CustomerKind::Individual);
    EXPECT_EQ(stored->familyName, QStringLiteral("张"));
    EXPECT_EQ(stored->owner, QStringLiteral("lina"));
    EXPECT_EQ(stored->birthday, QDate(1985, 6, 1));
    EXPECT_FALSE(stored->code.isEmpty()) << "a code is generated";
    EXPECT_EQ(stored->version, 1);
    const auto contacts = fresh->contacts().forCustomer(stored->id);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts->size(), 1);
    EXPECT_EQ(contacts->at(0).mobile, QStringLiteral("+8613812345678"));
    EXPECT_TRUE(contacts->at(0).isPrimary);
}

TEST(CustomerDialog, CancelStoresNothing)
{
    UiTestArchive archive;
    {
        CustomerDialog dialog(*archive);
        dialog.reject(); // nothing typed: closes without asking
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
    }
    EXPECT_EQ(archive->customers().count(), 0);
}

TEST(CustomerEditor, InvalidEmailIsMarkedWithTheReasonAndTheValidFieldIsNot)
{
    UiTestArchive archive;
    const Customer customer = archive.add(QStringLiteral("百度"), CustomerStage::Lead, QString(),
                                          QStringLiteral("13900139000"));
    CustomerEditor editor;
    editor.setArchive(archive.get());
    ASSERT_TRUE(editor.loadCustomer(customer.id));
    auto* issues = child<QLabel>(editor, QStringLiteral("issuesLabel"));
    EXPECT_TRUE(issues->isHidden());

    contactCell(editor, 0, CustomerEditor::ContactEmail)->setText(QStringLiteral("zhang@@example"));
    QTableWidgetItem* email = contactCell(editor, 0, CustomerEditor::ContactEmail);
    QTableWidgetItem* mobile = contactCell(editor, 0, CustomerEditor::ContactMobile);
    EXPECT_TRUE(email->toolTip().contains(QStringLiteral("zhang@@example")));
    EXPECT_NE(email->background().style(), Qt::NoBrush);
    EXPECT_TRUE(mobile->toolTip().isEmpty());
    EXPECT_EQ(mobile->background().style(), Qt::NoBrush);
    EXPECT_FALSE(issues->isHidden());
    EXPECT_TRUE(issues->text().contains(QStringLiteral("zhang@@example")));

    // Widgets: a bad postcode is marked, the name next to it is not.
    auto* postcode = child<QLineEdit>(editor, QStringLiteral("postcodeEdit"));
    auto* name = child<QLineEdit>(editor, QStringLiteral("nameEdit"));
    type(postcode, QStringLiteral("北京#"));
    EXPECT_TRUE(postcode->property("invalid").toBool());
    EXPECT_FALSE(postcode->toolTip().isEmpty());
    EXPECT_FALSE(postcode->styleSheet().isEmpty());
    EXPECT_FALSE(name->property("invalid").toBool());
    EXPECT_TRUE(name->styleSheet().isEmpty());

    // A finding does not block saving what was typed.
    EXPECT_TRUE(editor.save());
    const auto contacts = archive->contacts().forCustomer(customer.id);
    ASSERT_TRUE(contacts.ok());
    EXPECT_EQ(contacts->at(0).email, QStringLiteral("zhang@@example"));

    // Fixing the field clears the mark.
    type(postcode, QStringLiteral("100080"));
    EXPECT_FALSE(postcode->property("invalid").toBool());
    EXPECT_TRUE(postcode->styleSheet().isEmpty());
}

TEST(CustomerEditor, EmptyNameIsTheOneThingThatBlocksSaving)
{
    UiTestArchive archive;
    const Customer customer = archive.add(QStringLiteral("百度"));
    CustomerEditor editor;
    editor.setArchive(archive.get());
    ASSERT_TRUE(editor.loadCustomer(customer.id));
    auto* name = child<QLineEdit>(editor, QStringLiteral("nameEdit"));
    type(name, QString());
    EXPECT_TRUE(name->property("invalid").toBool());
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(archive->customers().findById(customer.id)->name, QStringLiteral("百度"));
    EXPECT_EQ(archive->customers().findById(customer.id)->version, 1);
}

TEST(CustomerEditor, ConcurrentChangeOpensTheConflictDialogAndKeepingEditingSavesNothing)
{
    UiTestArchive archive;
    const Customer customer = archive.add(QStringLiteral("百度"));
    CustomerEditor editor;
    editor.setArchive(archive.get());
    ASSERT_TRUE(editor.loadCustomer(customer.id));
    type(child<QLineEdit>(editor, QStringLiteral("nameEdit")), QStringLiteral("我的修改"));

    // Someone else saves first.
    Customer other = customer;
    other.name = QStringLiteral("别人的修改");
    ASSERT_TRUE(archive->saveCustomer(other, {}).ok());

    bool shown = false;
    QTimer::singleShot(0, [&] {
        if (auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget())) {
            shown = true;
            dialog->reject(); // "Keep Editing"
        }
    });
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(shown) << "the user sees both versions";
    // Nothing was saved over the other change, and the user's typing is still there.
    EXPECT_EQ(archive->customers().findById(customer.id)->name, QStringLiteral("别人的修改"));
    EXPECT_EQ(archive->customers().findById(customer.id)->version, 2);
    EXPECT_EQ(child<QLineEdit>(editor, QStringLiteral("nameEdit"))->text(), QStringLiteral("我的修改"));
    EXPECT_TRUE(editor.isModified());
}

TEST(CustomerEditor, ConflictDialogHighlightsDifferencesAndSavesTheChosenValuesOnTheStoredVersion)
{
    UiTestArchive archive;
    const Customer customer = archive.add(QStringLiteral("百度"));
    CustomerEditor editor;
    editor.setArchive(archive.get());
    ASSERT_TRUE(editor.loadCustomer(customer.id));
    type(child<QLineEdit>(editor, QStringLiteral("nameEdit")), QStringLiteral("我的名字"));
    type(child<QLineEdit>(editor, QStringLiteral("cityEdit")), QStringLiteral("杭州"));

    Customer other = *archive->customers().findById(customer.id);
    other.name = QStringLiteral("别人的名字");
    other.notes = QStringLiteral("别人的备注");
    ASSERT_TRUE(archive->saveCustomer(other, {}).ok());

    QStringList highlighted;
    QString suggestedForName, suggestedForNotes;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTableWidget* table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, ConflictDialog::MineColumn)->data(Qt::UserRole).toBool())
                highlighted.append(table->item(row, ConflictDialog::MineColumn)->text() + QStringLiteral("|") +
                                   table->item(row, ConflictDialog::StoredColumn)->text());
        suggestedForName = dialog->findChild<QComboBox*>(QStringLiteral("keep:name"))->currentText();
        suggestedForNotes = dialog->findChild<QComboBox*>(QStringLiteral("keep:notes"))->currentText();
        // Keep their name, my city (preset: I changed it), their notes (preset: I did not touch them).
        dialog->setKeepMine(QStringLiteral("name"), false);
        dialog->accept();
    });
    ASSERT_TRUE(editor.save());
    highlighted.sort();
    EXPECT_EQ(highlighted, (QStringList{QStringLiteral("|别人的备注"), QStringLiteral("我的名字|别人的名字"),
                                        QStringLiteral("杭州|")}));
    EXPECT_EQ(suggestedForName, ConflictDialog::tr("Mine"));
    EXPECT_EQ(suggestedForNotes, ConflictDialog::tr("Stored"));

    const auto stored = archive->customers().findById(customer.id);
    EXPECT_EQ(stored->name, QStringLiteral("别人的名字"));
    EXPECT_EQ(stored->city, QStringLiteral("杭州"));
    EXPECT_EQ(stored->notes, QStringLiteral("别人的备注"));
    EXPECT_EQ(stored->version, 3);
    EXPECT_FALSE(editor.isModified());
}

TEST(CustomerEditor, CustomFieldsGetEditorsByTypeAndAreStored)
{
    UiTestArchive archive;
    CustomFieldDefinition size{0, QStringLiteral("员工人数"), CustomFieldType::Number, {}};
    CustomFieldDefinition since{0, QStringLiteral("合作开始"), CustomFieldType::Date, {}};
    CustomFieldDefinition grade{0, QStringLiteral("信用等级"), CustomFieldType::Choice,
                                {QStringLiteral("A"), QStringLiteral("B")}};
    for (const auto& definition : {size, since, grade})
        ASSERT_TRUE(archive->customFields().define(definition).ok());
    const Customer customer = archive.add(QStringLiteral("百度"));

    CustomerEditor editor;
    editor.setArchive(archive.get());
    ASSERT_TRUE(editor.loadCustomer(customer.id));
    auto* sizeEdit = child<QLineEdit>(editor, QStringLiteral("custom:员工人数"));
    auto* sinceEdit = child<OptionalDateEdit>(editor, QStringLiteral("custom:合作开始"));
    auto* gradeEdit = child<QComboBox>(editor, QStringLiteral("custom:信用等级"));
    ASSERT_TRUE(sizeEdit && sinceEdit && gradeEdit);

    type(sizeEdit, QStringLiteral("很多"));
    EXPECT_TRUE(sizeEdit->property("invalid").toBool());
    type(sizeEdit, QStringLiteral("1,200"));
    EXPECT_FALSE(sizeEdit->property("invalid").toBool());
    sinceEdit->setOptionalDate(QDate(2020, 5, 1));
    gradeEdit->setCurrentIndex(gradeEdit->findText(QStringLiteral("B")));
    ASSERT_TRUE(editor.save());

    const auto stored = archive->customers().findById(customer.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->customFields.value(QStringLiteral("员工人数")), QStringLiteral("1,200"));
    EXPECT_EQ(stored->customFields.value(QStringLiteral("合作开始")), QStringLiteral("2020-05-01"));
    EXPECT_EQ(stored->customFields.value(QStringLiteral("信用等级")), QStringLiteral("B"));
}

TEST(CustomerEditor, RemovingAContactDeletesIt)
{
    UiTestArchive archive;
    const Customer customer = archive.add(QStringLiteral("百度"), CustomerStage::Lead, QString(),
                                          QStringLiteral("13900139000"));
    CustomerEditor editor;
    editor.setArchive(archive.get());
    ASSERT_TRUE(editor.loadCustomer(customer.id));
    auto* table = child<QTableWidget>(editor, QStringLiteral("contactsTable"));
    table->selectRow(0);
    child<QPushButton>(editor, QStringLiteral("removeContactButton"))->click();
    EXPECT_EQ(table->rowCount(), 0);
    ASSERT_TRUE(editor.save());
    EXPECT_TRUE(archive->contacts().forCustomer(customer.id)->isEmpty());
}
