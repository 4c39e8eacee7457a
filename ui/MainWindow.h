#pragma once

#include "Database.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class Archive;
class CustomerDetailPane;
class CustomerListModel;
class DueNotifier;
class ReminderPanel;
class QDockWidget;
class FilterBar;
class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;
class QualityDashboard;
class SharingMenu;
class StaleRecordsNotice;
struct CustomerFilter;

// The customer list with its filters on the left, the selected customer on the right.
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
    ReminderPanel* reminderPanel() const { return m_reminders; }
    DueNotifier* dueNotifier() const { return m_notifier; }
    QString countText() const;
    StaleRecordsNotice* staleNotice() const { return m_staleNotice; }
    QualityDashboard* qualityDashboard() const; // the open one, or nullptr

    qint64 currentCustomerId() const;
    void selectCustomer(qint64 id); // no-op when the customer is not in the (filtered) list

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createReminders(); // the reminders dock and the tray notifier
    void showCustomerFromReminder(qint64 id);
    void restoreLayout();
    void saveLayout() const;
    void updateTitle();
    void updateActions();
    void updateCounts(int shown, int total);
    void reloadFilterChoices();
    void rebuildRecentMenu();

    void newArchive();
    void openArchiveInteractively();
    void openRecent(const QString& path);
    void newCustomer();
    void editCustomer();
    void saveCustomer();
    void addFollowUp();
    void showSettings();
    void showAbout();
    void importFile();
    void exportFile();
    void undoImport();
    void showSegments();
    void showLifecycle();
    // Data quality (issue 7): the dashboard stays open next to the list; `problem` opens its work list.
    void showQuality(const QString& problem = QString());
    void openCustomerFromWorkList(qint64 id);
    void showSmartLists();
    void reloadSmartLists();
    void showSegmentReport();
    void deleteCustomer();   // to the recycle bin, after confirmation
    void showHistory();      // the current customer's history with "restore this value"
    void showRecycleBin();
    void showAuditLog();
    void showUsers(); // administrators: the user admin screen
    // After an import or undo wrote to the archive behind the list's back.
    void reloadAfterBulkChange();

    void onFilterChanged(const CustomerFilter& filter);
    void onCurrentRowChanged();
    void onModelReset();
    void onCustomerSaved(qint64 id);
    // Asks what to do with unsaved edits; false = the user wants to stay.
    bool confirmLeavingEditor(bool allowCancel);

    std::unique_ptr<Archive> m_archive;
    SharingMenu* m_sharing = nullptr; // backup, restore, check, handover, pool
    CustomerListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    FilterBar* m_filterBar = nullptr;
    CustomerDetailPane* m_detail = nullptr;
    ReminderPanel* m_reminders = nullptr;
    DueNotifier* m_notifier = nullptr;
    QDockWidget* m_reminderDock = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_countLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    StaleRecordsNotice* m_staleNotice = nullptr;
    QPointer<QualityDashboard> m_qualityDashboard;
    qint64 m_idBeforeReset = 0;
    bool m_switchingRows = false;

    QAction* m_newArchiveAction = nullptr;
    QAction* m_openArchiveAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_undoImportAction = nullptr;
    QAction* m_newCustomerAction = nullptr;
    QAction* m_editCustomerAction = nullptr;
    QAction* m_saveCustomerAction = nullptr;
    QAction* m_addFollowUpAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
    QAction* m_segmentsAction = nullptr;
    QAction* m_lifecycleAction = nullptr;
    QAction* m_qualityAction = nullptr;
    QAction* m_smartListsAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_usersAction = nullptr;
};
