#include "Localization.h"
#include "RecentArchives.h"
#include "SettingsDialog.h"
#include "UserName.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

TEST(SettingsDialog, StoresTheChosenLanguageAndLogin)
{
    QSettings().clear();
    SettingsDialog dialog;
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    ASSERT_NE(language, nullptr);
    EXPECT_EQ(language->currentData().toString(), QString()) << "follows the system by default";
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    dialog.findChild<QLineEdit*>(QStringLiteral("userNameEdit"))->setText(QStringLiteral("wangfang"));
    dialog.accept();
    EXPECT_EQ(Localization::languageSetting(), QStringLiteral("en"));
    EXPECT_EQ(UserName::current(), QStringLiteral("wangfang"));

    SettingsDialog again;
    EXPECT_EQ(again.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
              QStringLiteral("en"));
    again.findChild<QComboBox*>(QStringLiteral("languageCombo"))->setCurrentIndex(0);
    again.findChild<QLineEdit*>(QStringLiteral("userNameEdit"))->clear();
    again.accept();
    EXPECT_EQ(Localization::languageSetting(), QString());
    EXPECT_NE(UserName::current(), QStringLiteral("wangfang"));
}

TEST(RecentArchives, KeepsTheEightMostRecentWithoutDuplicates)
{
    QSettings().clear();
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths.append(dir.filePath(QStringLiteral("a%1.sqlite").arg(i)));
        RecentArchives::add(paths.last());
    }
    RecentArchives::add(paths[5]);
    const QStringList recent = RecentArchives::list();
    ASSERT_EQ(recent.size(), RecentArchives::MaxEntries);
    EXPECT_TRUE(recent[0].endsWith(QStringLiteral("a5.sqlite")));
    EXPECT_TRUE(recent[1].endsWith(QStringLiteral("a9.sqlite")));
    EXPECT_EQ(recent.filter(QStringLiteral("a5.sqlite")).size(), 1);
    EXPECT_TRUE(recent.filter(QStringLiteral("a0.sqlite")).isEmpty());

    RecentArchives::remove(paths[5]);
    EXPECT_TRUE(RecentArchives::list().filter(QStringLiteral("a5.sqlite")).isEmpty());
}
