#pragma once

#include <QWidget>

class Archive;
class QLabel;
class QPushButton;
class QTreeWidget;

// The open tasks of the customer on screen, under the follow-up timeline: add one, or mark one done
// (which logs a follow-up). Done tasks are in the timeline, not here.
class CustomerTaskList : public QWidget {
    Q_OBJECT

public:
    enum Column { Due, Title, Assignee, ColumnCount };

    explicit CustomerTaskList(QWidget* parent = nullptr);

    void setArchive(Archive* archive); // nullptr detaches
    void setCustomerId(qint64 customerId);
    void reload();

    QTreeWidget* view() const { return m_list; }
    void addTask();           // opens TaskDialog
    bool completeSelected();

signals:
    void tasksChanged(qint64 customerId);  // added or done
    void followUpLogged(qint64 customerId); // a task was done

private:
    void updateButtons();

    Archive* m_archive = nullptr;
    qint64 m_customerId = 0;
    QLabel* m_heading = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_done = nullptr;
    QLabel* m_error = nullptr;
};
