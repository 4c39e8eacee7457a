#include "CustomerKind.h"
#include "CustomerStage.h"
#include "InteractionType.h"
#include "Localization.h"

#include <gtest/gtest.h>

TEST(CustomerStage, KeysRoundTripAndChineseNamesParse)
{
    for (CustomerStage stage : CustomerStages::all)
        EXPECT_EQ(CustomerStages::fromText(CustomerStages::toKey(stage)), stage);
    EXPECT_EQ(CustomerStages::fromText(QStringLiteral("潜在")), CustomerStage::Lead);
    EXPECT_EQ(CustomerStages::fromText(QStringLiteral("成交")), CustomerStage::Customer);
    EXPECT_EQ(CustomerStages::fromText(QStringLiteral("维护")), CustomerStage::Active);
    EXPECT_EQ(CustomerStages::fromText(QStringLiteral(" LOST ")), CustomerStage::Lost);
    EXPECT_FALSE(CustomerStages::fromText(QStringLiteral("vip")).has_value());
}

TEST(CustomerKind, ParsesKeysAndChinese)
{
    EXPECT_EQ(CustomerKinds::fromText(QStringLiteral("个人")), CustomerKind::Individual);
    EXPECT_EQ(CustomerKinds::fromText(QStringLiteral("company")), CustomerKind::Company);
    EXPECT_FALSE(CustomerKinds::fromText(QStringLiteral("robot")).has_value());
}

TEST(InteractionType, KeysRoundTrip)
{
    for (InteractionType type : InteractionTypes::all)
        EXPECT_EQ(InteractionTypes::fromText(InteractionTypes::toKey(type)), type);
    EXPECT_EQ(InteractionTypes::fromText(QStringLiteral("拜访")), InteractionType::Visit);
}

TEST(Localization, FollowsSystemLocaleAndFallsBackToSimplifiedChinese)
{
    EXPECT_EQ(Localization::resolve(QString(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(Localization::resolve(QString(), QStringLiteral("zh_TW")), QStringLiteral("zh_CN"));
    EXPECT_EQ(Localization::resolve(QString(), QStringLiteral("en_US")), QStringLiteral("en"));
    EXPECT_EQ(Localization::resolve(QString(), QStringLiteral("C")), QStringLiteral("zh_CN"));
    EXPECT_EQ(Localization::resolve(QStringLiteral("en"), QStringLiteral("zh_CN")), QStringLiteral("en"));
    EXPECT_EQ(Localization::resolve(QStringLiteral("zh_CN"), QStringLiteral("en_GB")), QStringLiteral("zh_CN"));
}
