#pragma once

#include <QCoreApplication>

class CustomerBrowser;
class DueNotifier;
class QDockWidget;
class QMainWindow;
class ReminderPanel;

// The reminders panel docked at the bottom of the main window, with the tray notifier for what falls due:
// choosing a reminder shows its customer in the list, and what the detail pane changes refreshes the
// reminders.
class ReminderDock {
    // The texts are the main window's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    ReminderDock(QMainWindow* window, CustomerBrowser& browser);

    ReminderPanel* panel() const { return m_panel; }
    DueNotifier* notifier() const { return m_notifier; }
    QDockWidget* dock() const { return m_dock; }

private:
    ReminderPanel* m_panel;
    QDockWidget* m_dock;
    DueNotifier* m_notifier;
};
