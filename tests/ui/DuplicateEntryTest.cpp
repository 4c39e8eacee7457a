#include "CustomerDialog.h"
#include "CustomerEditor.h"
#include "DuplicateEntryDialog.h"
#include "UiTestArchive.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <gtest/gtest.h>

#include <functional>

// The check on entry in the customer editor (issue 10): saving a new customer who is probably in the archive
// already asks first, listing the likely matches with their phone masked as the user's role requires.
namespace {
// 张伟 of Beijing, owned by wang, with a mobile number; the user signed in is li (sales), who may not see
// wang's customers' phone numbers.
class DuplicateEntry : public ::testing::Test {
protected:
    DuplicateEntry()
    {
        Customer c;
        c.kind = CustomerKind::Individual;
        c.name = QStringLiteral("张伟");
        c.city = QStringLiteral("北京");
        c.owner = QStringLiteral("wang");
        Contact mobile;
        mobile.name = c.name;
        mobile.mobile = QStringLiteral("13800138000");
        mobile.isPrimary = true;
        const auto saved = archive->saveCustomer(c, {mobile});
        EXPECT_TRUE(saved) << saved.error().toStdString();
        existing = saved ? *saved : Customer{};
        archive->database().setActingUser({2, QStringLiteral("li"), QStringLiteral("sales")});
    }

    // A new customer typed into the dialog like a user would.
    void enter(CustomerDialog& dialog, const QString& name, const QString& mobile)
    {
        auto* nameEdit = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        nameEdit->selectAll();
        nameEdit->insert(name);
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(CustomerKind::Individual)));
        auto* city = dialog.findChild<QLineEdit*>(QStringLiteral("cityEdit"));
        city->selectAll();
        city->insert(QStringLiteral("北京"));
        dialog.findChild<QPushButton*>(QStringLiteral("addContactButton"))->click();
        auto* contacts = dialog.findChild<QTableWidget*>(QStringLiteral("contactsTable"));
        contacts->item(0, CustomerEditor::ContactName)->setText(name);
        contacts->item(0, CustomerEditor::ContactMobile)->setText(mobile);
    }

    // Saves the dialog; `answer` gets the duplicate dialog if one is shown (and must close it).
    bool save(CustomerDialog& dialog, const std::function<void(DuplicateEntryDialog&)>& answer)
    {
        bool asked = false;
        QTimer::singleShot(0, [&] {
            if (auto* d = qobject_cast<DuplicateEntryDialog*>(QApplication::activeModalWidget())) {
                asked = true;
                answer(*d);
            }
        });
        dialog.accept();
        return asked;
    }

    UiTestArchive archive;
    Customer existing;
};
} // namespace

TEST_F(DuplicateEntry, ATraditionalCopyWithThePhoneFormattedOtherwiseIsListedMaskedAndCancelKeepsTheTyping)
{
    CustomerDialog dialog(*archive);
    enter(dialog, QStringLiteral("張偉"), QStringLiteral("+86 138-0013-8000"));
    QString code, phone;
    const bool asked = save(dialog, [&](DuplicateEntryDialog& d) {
        ASSERT_EQ(d.table()->rowCount(), 1);
        code = d.table()->item(0, DuplicateEntryDialog::CodeColumn)->text();
        phone = d.table()->item(0, DuplicateEntryDialog::PhoneColumn)->text();
        d.findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
    });
    EXPECT_TRUE(asked);
    EXPECT_EQ(code, existing.code);
    EXPECT_EQ(phone, QStringLiteral("138****8000")) << "li may not see wang's customer's number";
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(archive->customers().count(), 1);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("張偉"));
}

TEST_F(DuplicateEntry, SaveAnywayAddsTheNewCustomer)
{
    CustomerDialog dialog(*archive);
    enter(dialog, QStringLiteral("Zhang Wei"), QStringLiteral("138 0013 8000"));
    EXPECT_TRUE(save(dialog, [](DuplicateEntryDialog& d) { d.findChild<QPushButton*>(QStringLiteral("saveAnywayButton"))->click(); }));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(archive->customers().count(), 2);
    EXPECT_EQ(archive->customers().findById(dialog.savedCustomer().id)->name, QStringLiteral("Zhang Wei"));
}

TEST_F(DuplicateEntry, OpenExistingShowsThatRecordAndAddsNothing)
{
    CustomerDialog dialog(*archive);
    enter(dialog, QStringLiteral("张伟"), QStringLiteral("13800138000"));
    EXPECT_TRUE(save(dialog, [](DuplicateEntryDialog& d) { d.findChild<QPushButton*>(QStringLiteral("openExistingButton"))->click(); }));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(archive->customers().count(), 1);
    EXPECT_EQ(dialog.editor()->customerId(), existing.id);
}

TEST_F(DuplicateEntry, SomeoneNewIsSavedWithoutAQuestion)
{
    CustomerDialog dialog(*archive);
    enter(dialog, QStringLiteral("欧阳娜娜"), QStringLiteral("13912345678"));
    EXPECT_FALSE(save(dialog, [](DuplicateEntryDialog& d) { d.reject(); }));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(archive->customers().count(), 2);
}
