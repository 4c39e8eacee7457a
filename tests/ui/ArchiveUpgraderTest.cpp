#include "Archive.h"
#include "ArchiveUpgrader.h"
#include "SchemaMigrator.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

// An archive from an older Dossier is upgraded off the GUI thread: the window's event loop keeps running
// meanwhile, and the archive then opens at the current format.
TEST(ArchiveUpgrader, UpgradesAnOldArchiveWhileTheGuiKeepsRunning)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-format"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(SchemaMigrator::migrate(db, 8));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-format"));
    ASSERT_GT(SchemaMigrator::pendingSteps(path), 0);

    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(0);
    QString error;
    EXPECT_TRUE(ArchiveUpgrader::upgradeIfNeeded(path, nullptr, &error)) << error.toStdString();
    ticker.stop();
    EXPECT_GT(ticks, 0) << "the GUI thread ran its event loop during the upgrade";
    EXPECT_EQ(SchemaMigrator::pendingSteps(path), 0);
    EXPECT_TRUE(Archive::open(path, Database::OpenMode::MustExist));
    // Nothing to do the second time: no worker, no dialog.
    EXPECT_TRUE(ArchiveUpgrader::upgradeIfNeeded(path, nullptr, &error));
}
