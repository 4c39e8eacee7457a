#pragma once

#include "Task.h"

#include <QDialog>

class Archive;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds a task for one customer: what, by when, for whom (default: the customer's owner, else the signed-in
// user). The task is stored when OK is pressed; a refused task keeps the dialog open with the reason.
class TaskDialog : public QDialog {
    Q_OBJECT

public:
    TaskDialog(Archive& archive, qint64 customerId, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* dueEdit() const { return m_due; }
    QComboBox* assigneeCombo() const { return m_assignee; }
    const Task& savedTask() const { return m_saved; }

    void accept() override;

private:
    void updateOk();

    Archive& m_archive;
    qint64 m_customerId;
    Task m_saved;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_assignee = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
