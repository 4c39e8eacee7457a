#pragma once

#include "AuditEntry.h"
#include "AuditQuery.h"

#include <QDialog>
#include <QList>

class Archive;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The audit log viewer: who did what and when, filtered by user, action, date range and text; admins can
// export what is shown to CSV. Reads on the GUI thread, at most the newest rowLimit rows (the filters narrow it).
class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int rowLimit = 2000;

    explicit AuditLogDialog(Archive& archive, QWidget* parent = nullptr);

    AuditQuery query() const; // the filters as set
    int rowCount() const;
    void reload();

private:
    void exportCsv();

    Archive& m_archive;
    QComboBox* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
};
