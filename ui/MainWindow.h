#pragma once

#include "Database.h"

#include <QMainWindow>
#include <memory>

class Archive;
class ArchiveOpener;
class CustomerBrowser;
class CustomerCommands;
class CustomerDetailPane;
class CustomerListModel;
class DueNotifier;
class FilterBar;
class MainWindowActions;
class QLabel;
class QSplitter;
class QTableView;
class QualityDashboard;
class ReminderDock;
class ReminderPanel;
class SharingMenu;
class StaleRecordsNotice;
class ToolDialogLauncher;

// The customer list with its filters on the left, the selected customer on the right. The window lays out the
// widgets, owns the open archive and wires its actions to the helpers that do the work: CustomerBrowser (list
// and selection), CustomerCommands (the Customer menu), ArchiveOpener, ToolDialogLauncher, SharingMenu,
// ReminderDock; MainWindowActions and MainMenus make the menus, WindowLayoutSettings keeps the layout.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes over an open archive and shows it (the previous one is closed).
    void setArchive(std::unique_ptr<Archive> archive);
    // Opens `path` and shows it; on failure keeps the current archive and returns the reason in `error`.
    bool openArchive(const QString& path, Database::OpenMode mode, QString* error = nullptr);
    Archive* archive() const { return m_archive.get(); }

    CustomerListModel* customerModel() const { return m_model; }
    QTableView* customerView() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }
    CustomerDetailPane* detailPane() const { return m_detail; }
    ReminderPanel* reminderPanel() const;
    DueNotifier* dueNotifier() const;
    QString countText() const;
    StaleRecordsNotice* staleNotice() const { return m_staleNotice; }
    QualityDashboard* qualityDashboard() const; // the open one, or nullptr

    qint64 currentCustomerId() const;
    void selectCustomer(qint64 id); // no-op when the customer is not in the (filtered) list

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createWidgets();
    void connectActions();
    void updateTitle();
    void updateActions();
    void updateCounts(int shown, int total);

    std::unique_ptr<Archive> m_archive;
    CustomerListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    FilterBar* m_filterBar = nullptr;
    CustomerDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_countLabel = nullptr;
    StaleRecordsNotice* m_staleNotice = nullptr;

    CustomerBrowser* m_browser = nullptr; // a child QObject
    SharingMenu* m_sharing = nullptr;     // a child QObject: backup, restore, check, handover, pool
    std::unique_ptr<MainWindowActions> m_actions;
    std::unique_ptr<ReminderDock> m_reminders;
    std::unique_ptr<CustomerCommands> m_customers;
    std::unique_ptr<ArchiveOpener> m_opener;
    std::unique_ptr<ToolDialogLauncher> m_tools;
};
