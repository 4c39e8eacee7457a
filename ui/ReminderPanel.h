#pragma once

#include "DueLists.h"

#include <QDate>
#include <QWidget>
#include <memory>

class Archive;
class DueWorker;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The reminders of one user (or everybody): tabs Overdue / Today / This week with their counts. Lists are
// computed on a worker thread (DueWorker), at once and every few minutes; double-click opens the customer,
// "Done" completes a task and logs its follow-up.
class ReminderPanel : public QWidget {
    Q_OBJECT

public:
    enum Tab { Overdue, Today, ThisWeek };
    enum Column { Date, Kind, Customer, What, User, ColumnCount };

    explicit ReminderPanel(QWidget* parent = nullptr);
    ~ReminderPanel() override;

    void setArchive(Archive* archive); // nullptr detaches; refreshes
    // Fixed "today" for tests; invalid = the real date at every refresh.
    void setToday(const QDate& today) { m_fixedToday = today; }
    QDate today() const;
    QString user() const;         // empty = everybody
    void setUser(const QString& login);
    void setRefreshInterval(int msec);

    void refresh();               // recomputes in the background; refreshed() when done
    bool isBusy() const;
    const DueLists& lists() const { return m_lists; }

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* list(Tab tab) const;
    // Completes the task of the current item in the visible tab; false when it is no task or it failed.
    bool completeSelected();

signals:
    void refreshed(const DueLists& lists);
    void customerActivated(qint64 customerId);
    void taskCompleted(qint64 customerId);

private:
    void onFinished();
    void fill();
    void updateButtons();
    void reloadUsers();
    QTreeWidgetItem* currentItem() const;

    Archive* m_archive = nullptr;
    std::unique_ptr<DueWorker> m_worker;
    bool m_refreshPending = false;
    QDate m_fixedToday;
    DueLists m_lists;

    QComboBox* m_user = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_lists3[3] = {};
    QPushButton* m_done = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;
};
