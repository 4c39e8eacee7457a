#include "CustomerValidator.h"

#include <gtest/gtest.h>

namespace {
bool hasIssueFor(const FieldIssues& issues, const QString& field)
{
    return std::any_of(issues.begin(), issues.end(), [&](const FieldIssue& i) { return i.field == field; });
}
} // namespace

TEST(CustomerValidator, EmailSyntax)
{
    EXPECT_TRUE(CustomerValidator::isValidEmail(QStringLiteral("zhang.wei@example.com.cn")));
    EXPECT_TRUE(CustomerValidator::isValidEmail(QStringLiteral(" li+crm@qq.com ")));
    EXPECT_FALSE(CustomerValidator::isValidEmail(QStringLiteral("zhang.wei@")));
    EXPECT_FALSE(CustomerValidator::isValidEmail(QStringLiteral("zhang wei@example.com")));
    EXPECT_FALSE(CustomerValidator::isValidEmail(QStringLiteral("a..b@example.com")));
    EXPECT_FALSE(CustomerValidator::isValidEmail(QStringLiteral("example.com")));
}

TEST(CustomerValidator, ContactIssuesNameTheFieldAndReason)
{
    Contact contact;
    contact.mobile = QStringLiteral("12345");
    contact.email = QStringLiteral("not-an-email");
    const FieldIssues issues = CustomerValidator::validateContact(contact, QStringLiteral("contacts[0]."));
    ASSERT_EQ(issues.size(), 2);
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("contacts[0].mobile")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("contacts[0].email")));
    for (const FieldIssue& issue : issues)
        EXPECT_FALSE(issue.message.isEmpty());
}

TEST(CustomerValidator, GoodContactHasNoIssues)
{
    Contact contact;
    contact.name = QStringLiteral("王芳");
    contact.mobile = QStringLiteral("13912345678");
    contact.phone = QStringLiteral("021-61234567");
    contact.email = QStringLiteral("wangfang@example.cn");
    EXPECT_TRUE(CustomerValidator::validateContact(contact).isEmpty());
}

TEST(CustomerValidator, CustomerNameRequiredAndIdNumberChecked)
{
    Customer customer;
    EXPECT_TRUE(hasIssueFor(CustomerValidator::validateCustomer(customer), QStringLiteral("name")));

    customer.name = QStringLiteral("张三");
    customer.idNumber = QStringLiteral("11010519491231002X"); // published sample with a correct check digit
    EXPECT_TRUE(CustomerValidator::validateCustomer(customer).isEmpty());
    customer.idNumber = QStringLiteral("110105194912310021");
    EXPECT_TRUE(hasIssueFor(CustomerValidator::validateCustomer(customer), QStringLiteral("id_number")));
}

TEST(CustomerValidator, FutureBirthdayIsFlagged)
{
    Customer customer;
    customer.name = QStringLiteral("李四");
    customer.birthday = QDate::currentDate().addDays(10);
    EXPECT_TRUE(hasIssueFor(CustomerValidator::validateCustomer(customer), QStringLiteral("birthday")));
}

TEST(CustomerValidator, CustomFieldValuesMustFitTheirType)
{
    const QList<CustomFieldDefinition> definitions = {
        {1, QStringLiteral("年采购额"), CustomFieldType::Number, {}},
        {2, QStringLiteral("签约日"), CustomFieldType::Date, {}},
        {3, QStringLiteral("渠道"), CustomFieldType::Choice, {QStringLiteral("直销"), QStringLiteral("代理")}},
        {4, QStringLiteral("备注2"), CustomFieldType::Text, {}},
    };
    Customer customer;
    customer.name = QStringLiteral("客户");
    customer.customFields = {{QStringLiteral("年采购额"), QStringLiteral("1,200,000")},
                             {QStringLiteral("签约日"), QStringLiteral("2024-03-05")},
                             {QStringLiteral("渠道"), QStringLiteral("代理")},
                             {QStringLiteral("备注2"), QStringLiteral("anything")}};
    EXPECT_TRUE(CustomerValidator::validateCustomFields(customer, definitions).isEmpty());

    customer.customFields = {{QStringLiteral("年采购额"), QStringLiteral("很多")},
                             {QStringLiteral("签约日"), QStringLiteral("2024-02-30")},
                             {QStringLiteral("渠道"), QStringLiteral("网店")}};
    const FieldIssues issues = CustomerValidator::validateCustomFields(customer, definitions);
    EXPECT_EQ(issues.size(), 3);
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("custom:年采购额")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("custom:签约日")));
    EXPECT_TRUE(hasIssueFor(issues, QStringLiteral("custom:渠道")));
}
