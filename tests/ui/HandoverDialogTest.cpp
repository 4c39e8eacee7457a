#include "HandoverDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

#include <gtest/gtest.h>

// An administrator hands over and disables the departing rep in one step; a manager may hand over but not
// disable, so the option is shown off and greyed out rather than failing after the click.
TEST(HandoverDialog, DisablesTheDepartingUserOnlyWhenAllowed)
{
    const QStringList users = {QStringLiteral("li"), QStringLiteral("wang")};
    HandoverDialog admin(users, true);
    auto* disable = admin.findChild<QCheckBox*>(QStringLiteral("handoverDisable"));
    ASSERT_NE(disable, nullptr);
    EXPECT_TRUE(disable->isEnabled());
    EXPECT_TRUE(admin.disableFrom());
    EXPECT_TRUE(disable->text().contains(QStringLiteral("li")));
    admin.findChild<QComboBox*>(QStringLiteral("handoverFrom"))->setCurrentIndex(1);
    EXPECT_TRUE(disable->text().contains(QStringLiteral("wang"))) << "names whoever is leaving";
    disable->setChecked(false);
    EXPECT_FALSE(admin.disableFrom());

    HandoverDialog manager(users, false);
    auto* greyed = manager.findChild<QCheckBox*>(QStringLiteral("handoverDisable"));
    ASSERT_NE(greyed, nullptr);
    EXPECT_FALSE(greyed->isEnabled());
    EXPECT_FALSE(manager.disableFrom());
    EXPECT_FALSE(greyed->toolTip().isEmpty());
}
