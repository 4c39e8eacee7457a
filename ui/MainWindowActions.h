#pragma once

#include "ActingUser.h"

#include <QCoreApplication>
#include <QString>

class QAction;
class QWidget;

// The main window's commands as QActions: texts, object names (tests find them by name), icons, shortcuts,
// and which are enabled or shown for the open archive, the selection and the signed-in user's role. Where
// they appear (menus, toolbar) is MainMenus' job, what they do the main window's.
class MainWindowActions {
    // The texts are the main window's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    // What the enabled and visible states depend on.
    struct State {
        bool archiveOpen = false;
        bool rowSelected = false;   // a customer is selected in the list
        bool customerShown = false; // the detail pane shows a saved customer
        bool unsavedEdits = false;  // the editor holds a customer with unsaved changes
        ActingUser user;            // the signed-in user (empty: nobody, every right)
        QString shownOwner;         // the owner login of the customer in the editor
    };

    explicit MainWindowActions(QWidget* window);

    void update(const State& state);

    // File
    QAction* newArchive = nullptr;
    QAction* openArchive = nullptr;
    QAction* importFile = nullptr;
    QAction* exportFile = nullptr;
    QAction* undoImport = nullptr;
    QAction* quit = nullptr;
    // Edit
    QAction* find = nullptr;
    QAction* smartLists = nullptr;
    QAction* clearFilters = nullptr;
    QAction* undoMerge = nullptr;
    // Customer
    QAction* newCustomer = nullptr;
    QAction* editCustomer = nullptr;
    QAction* saveCustomer = nullptr;
    QAction* addFollowUp = nullptr;
    QAction* history = nullptr;
    QAction* deleteCustomer = nullptr;
    // Tools
    QAction* segments = nullptr;
    QAction* lifecycle = nullptr;
    QAction* quality = nullptr;
    QAction* segmentReport = nullptr;
    QAction* recycleBin = nullptr;
    QAction* auditLog = nullptr;
    QAction* findDuplicates = nullptr;
    QAction* users = nullptr;
    QAction* settings = nullptr;
    // Help
    QAction* about = nullptr;
};
