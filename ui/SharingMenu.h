#pragma once

#include <QObject>
#include <functional>
#include <optional>

class Archive;
class QAction;
class QMenu;
class QTimer;
class QWidget;

// The menu entries for an archive a team shares: File > Back Up / Restore from Backup / Check Archive,
// Tools > Hand Over Customers, Customer > Claim from Public Pool; and the maintenance that runs when an archive is
// opened (an automatic backup, stale customers back to the pool) and once a day after that. Kept out of MainWindow,
// which hands in what the entries need.
class SharingMenu : public QObject {
    Q_OBJECT

public:
    struct Hooks {
        std::function<Archive*()> archive;              // the open archive, or nullptr
        std::function<qint64()> currentCustomer;        // the selected customer's id, or 0
        std::function<bool()> confirmLeavingEditor;     // false: the user kept unsaved changes, do nothing
        std::function<bool(const QString& path)> reopen; // opens the archive again (after a restore)
        std::function<void()> reload;                   // many records changed
        std::function<void(const QString&)> showStatus; // a line in the status bar
    };

    SharingMenu(QWidget* window, Hooks hooks);

    void addFileActions(QMenu* file);
    void addToolActions(QMenu* tools);
    void addCustomerActions(QMenu* customer);
    // Call after an archive was opened: backup on open and the pool rule, on a worker thread.
    void archiveOpened();
    void updateActions();

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }
    QAction* checkAction() const { return m_check; }
    QAction* handoverAction() const { return m_handover; }
    QAction* claimAction() const { return m_claim; }

    void backUp();
    void restore();
    void check();
    void handOver();
    void claim();

private:
    using Job = std::function<bool(Archive&, QString&, QString&)>;
    // Runs a job on a worker thread while a busy indicator shows; returns the job's message, or nothing after an
    // error (already shown).
    std::optional<QString> runBlocking(const QString& title, Job job);
    void runInBackground(Job job);

    QWidget* m_window;
    Hooks m_hooks;
    QAction* m_backup = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_check = nullptr;
    QAction* m_handover = nullptr;
    QAction* m_claim = nullptr;
    QTimer* m_daily = nullptr;
};
