#pragma once

#include <QCoreApplication>

class CustomerBrowser;
class QWidget;

// The Customer menu's commands on the list's selection: new, edit in a dialog, save the editor, add a
// follow-up, the history of changes, and delete to the recycle bin.
class CustomerCommands {
    // The texts are the main window's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    CustomerCommands(QWidget* window, CustomerBrowser& browser);

    void newCustomer();
    void editCustomer();
    void saveCustomer();
    void addFollowUp();
    void showHistory();    // the current customer's history with "restore this value"
    void deleteCustomer(); // to the recycle bin, after confirmation

private:
    QWidget* m_window;
    CustomerBrowser& m_browser;
};
