#pragma once

#include <QCoreApplication>
#include <functional>

class QMenu;

// File > Open Recent: the archives opened last (RecentArchives), rebuilt each time the menu opens.
class RecentArchivesMenu {
    // The texts are the main window's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    using Open = std::function<void(const QString& path)>;

    // Adds the submenu to `file`; choosing an entry calls `open` with its path.
    static QMenu* addTo(QMenu* file, Open open);

private:
    static void rebuild(QMenu* menu, const Open& open);
};
