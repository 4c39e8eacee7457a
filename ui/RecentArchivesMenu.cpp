#include "RecentArchivesMenu.h"

#include "RecentArchives.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

QMenu* RecentArchivesMenu::addTo(QMenu* file, Open open)
{
    QMenu* menu = file->addMenu(tr("Open &Recent"));
    menu->setObjectName(QStringLiteral("recentMenu"));
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, open] { rebuild(menu, open); });
    rebuild(menu, open);
    return menu;
}

void RecentArchivesMenu::rebuild(QMenu* menu, const Open& open)
{
    menu->clear();
    const QStringList paths = RecentArchives::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        // "&1 name.sqlite" with the full path as tooltip: names alone can repeat across folders.
        QAction* action =
            menu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()), menu,
                            [open, path] { open(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        menu->addAction(tr("No recent archives"))->setEnabled(false);
    } else {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), menu, [] { RecentArchives::clear(); });
    }
}
