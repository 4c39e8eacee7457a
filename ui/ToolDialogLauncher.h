#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <functional>

class CustomerBrowser;
class QualityDashboard;
class QWidget;

// Opens the main window's dialogs and tool windows (import and export, segments, lifecycle, data quality,
// smart lists, the segment report, merges, the recycle bin, the audit log, users, settings, about) on the
// open archive, and reloads the list when one of them changed records.
class ToolDialogLauncher {
    // The texts are the main window's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    struct Hooks {
        std::function<void()> closeArchive;  // show no archive
        std::function<void()> reopenArchive; // show the open archive again from scratch (after signing in)
        std::function<void()> updateTitle;   // the signed-in user may have changed
    };

    ToolDialogLauncher(QWidget* window, CustomerBrowser& browser, Hooks hooks);

    void importFile();
    void exportFile();
    void undoImport();
    void showSmartLists();
    void showMergeHistory(); // Undo Merge
    void showSegments();
    void showLifecycle();
    // Data quality (issue 7): the dashboard stays open next to the list; `problem` opens its work list.
    void showQuality(const QString& problem = QString());
    void showSegmentReport();
    void showRecycleBin();
    void showAuditLog();
    void showDuplicates();
    void showUsers(); // administrators: the user admin screen
    void showSettings();
    void showAbout();

    QualityDashboard* qualityDashboard() const; // the open one, or nullptr
    // Closes the tool windows that show or hold the archive, before it closes.
    void closeArchiveWindows();

private:
    void openCustomerFromWorkList(qint64 id);

    QWidget* m_window;
    CustomerBrowser& m_browser;
    Hooks m_hooks;
    QPointer<QualityDashboard> m_qualityDashboard;
};
