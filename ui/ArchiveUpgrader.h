#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Opening an archive written by an older Dossier upgrades it first (SchemaMigrator). On a large archive a step
// can take minutes (rebuilding a million customers' search index), so the upgrade runs on a worker thread
// with a progress dialog and Cancel, and the window stays responsive. Cancel stops between steps: each step
// is one transaction, so a stopped upgrade leaves a valid archive that the next opening carries on upgrading.
class ArchiveUpgrader {
    Q_DECLARE_TR_FUNCTIONS(ArchiveUpgrader)

public:
    // True when the archive needs no upgrade or was upgraded; false with `error` set when the upgrade failed
    // or was cancelled (then it is not opened).
    static bool upgradeIfNeeded(const QString& path, QWidget* parent, QString* error);
};
