#pragma once

#include <QWidget>

class Archive;
class CustomerEditor;
class CustomerTaskList;
class FollowUpTimeline;
class QLabel;
class QSplitter;

// Right side of the main window: the selected customer's editor above its follow-up timeline.
class CustomerDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit CustomerDetailPane(QWidget* parent = nullptr);

    void setArchive(Archive* archive); // nullptr detaches
    // 0 clears the pane. Returns false when the customer could not be read.
    bool showCustomer(qint64 customerId);
    qint64 customerId() const;

    CustomerEditor* editor() const { return m_editor; }
    FollowUpTimeline* timeline() const { return m_timeline; }
    CustomerTaskList* tasks() const { return m_tasks; }
    QSplitter* splitter() const { return m_splitter; }
    QLabel* churnFlag() const { return m_churnFlag; } // shown when ChurnDetector flags the customer

private:
    void updateChurnFlag(qint64 customerId);

    Archive* m_archive = nullptr;
    QLabel* m_churnFlag = nullptr;
    CustomerEditor* m_editor = nullptr;
    FollowUpTimeline* m_timeline = nullptr;
    CustomerTaskList* m_tasks = nullptr;
    QSplitter* m_splitter = nullptr;
};
