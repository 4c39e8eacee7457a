#pragma once

#include "Interaction.h"

#include <QWidget>

class Archive;
class OptionalDateEdit;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// The follow-ups of one customer, newest first, and a small form to log a new one.
class FollowUpTimeline : public QWidget {
    Q_OBJECT

public:
    enum Column { Time, Type, Author, Content, NextDate, ColumnCount };

    explicit FollowUpTimeline(QWidget* parent = nullptr);

    void setArchive(Archive* archive);   // nullptr detaches
    void setCustomerId(qint64 customerId); // 0 = nothing to show
    qint64 customerId() const { return m_customerId; }
    void reload();
    void focusContent();

    // Stores the follow-up typed in the form; false when there is nothing to store or storing failed.
    bool addFollowUp();

signals:
    void followUpAdded(const Interaction& interaction);

private:
    void updateAddButton();

    Archive* m_archive = nullptr;
    qint64 m_customerId = 0;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_type = nullptr;
    QPlainTextEdit* m_content = nullptr;
    OptionalDateEdit* m_nextDate = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_error = nullptr;
};
