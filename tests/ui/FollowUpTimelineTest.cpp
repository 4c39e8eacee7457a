#include "CustomerDetailPane.h"
#include "FollowUpTimeline.h"
#include "OptionalDateEdit.h"
#include "UiTestArchive.h"
#include "UserName.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <gtest/gtest.h>

TEST(FollowUpTimeline, AddingAFollowUpInTheDetailPaneStoresIt)
{
    UiTestArchive archive;
    UserName::setOverride(QStringLiteral("wangfang"));
    const Customer customer = archive.add(QStringLiteral("百度"));
    CustomerDetailPane pane;
    pane.setArchive(archive.get());
    ASSERT_TRUE(pane.showCustomer(customer.id));

    auto* content = pane.findChild<QPlainTextEdit*>(QStringLiteral("followUpContent"));
    auto* type = pane.findChild<QComboBox*>(QStringLiteral("followUpType"));
    auto* nextDate = pane.findChild<OptionalDateEdit*>(QStringLiteral("followUpNextDate"));
    auto* add = pane.findChild<QPushButton*>(QStringLiteral("addFollowUpButton"));
    auto* list = pane.findChild<QTreeWidget*>(QStringLiteral("followUpList"));
    ASSERT_TRUE(content && type && nextDate && add && list);
    EXPECT_FALSE(add->isEnabled()) << "nothing to add yet";

    type->setCurrentIndex(type->findData(int(InteractionType::Visit)));
    content->setPlainText(QStringLiteral("上门拜访，客户要报价"));
    nextDate->setOptionalDate(QDate(2030, 3, 1));
    ASSERT_TRUE(add->isEnabled());
    add->click();

    const auto stored = archive->interactions().forCustomer(customer.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->at(0).content, QStringLiteral("上门拜访，客户要报价"));
    EXPECT_EQ(stored->at(0).type, InteractionType::Visit);
    EXPECT_EQ(stored->at(0).nextDate, QDate(2030, 3, 1));
    EXPECT_EQ(stored->at(0).author, QStringLiteral("wangfang"));

    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(FollowUpTimeline::Content), QStringLiteral("上门拜访，客户要报价"));
    EXPECT_EQ(list->topLevelItem(0)->text(FollowUpTimeline::NextDate), QStringLiteral("2030-03-01"));
    EXPECT_TRUE(content->toPlainText().isEmpty()) << "the form is ready for the next entry";
    EXPECT_TRUE(nextDate->isEmpty());
}

TEST(FollowUpTimeline, ShowsNewestFirstAndOnlyTheSelectedCustomer)
{
    UiTestArchive archive;
    const Customer baidu = archive.add(QStringLiteral("百度"));
    const Customer ali = archive.add(QStringLiteral("阿里"));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
    for (int i = 0; i < 3; ++i) {
        Interaction interaction;
        interaction.customerId = baidu.id;
        interaction.happenedAt = base.addDays(i);
        interaction.author = QStringLiteral("lina");
        interaction.content = QStringLiteral("第%1次").arg(i + 1);
        ASSERT_TRUE(archive->interactions().insert(interaction).ok());
    }
    FollowUpTimeline timeline;
    timeline.setArchive(archive.get());
    timeline.setCustomerId(baidu.id);
    auto* list = timeline.findChild<QTreeWidget*>(QStringLiteral("followUpList"));
    ASSERT_EQ(list->topLevelItemCount(), 3);
    EXPECT_EQ(list->topLevelItem(0)->text(FollowUpTimeline::Content), QStringLiteral("第3次"));
    EXPECT_EQ(list->topLevelItem(2)->text(FollowUpTimeline::Content), QStringLiteral("第1次"));
    EXPECT_EQ(list->topLevelItem(0)->text(FollowUpTimeline::Author), QStringLiteral("lina"));

    timeline.setCustomerId(ali.id);
    EXPECT_EQ(list->topLevelItemCount(), 0);
    timeline.setCustomerId(0);
    EXPECT_FALSE(timeline.isEnabled());
    EXPECT_FALSE(timeline.addFollowUp());
}
