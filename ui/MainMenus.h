#pragma once

#include <QCoreApplication>
#include <functional>

class MainWindowActions;
class QAction;
class QMainWindow;
class SharingMenu;

// Puts the main window's actions into its menu bar (File, Edit, Customer, Tools, Help) and its toolbar.
class MainMenus {
    // The texts are the main window's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    struct Parts {
        const MainWindowActions& actions;
        SharingMenu& sharing;                                // backup, restore, check, handover, pool
        QAction* toggleReminders;                            // shows or hides the reminders dock
        std::function<void(const QString& path)> openRecent; // File > Open Recent
    };

    static void build(QMainWindow& window, const Parts& parts);

private:
    static void buildMenus(QMainWindow& window, const Parts& parts);
    static void buildToolBar(QMainWindow& window, const MainWindowActions& actions);
};
