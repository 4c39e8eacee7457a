#pragma once

#include "AuditEntry.h"

#include <QDialog>
#include <QList>

class Archive;
class QLabel;
class QPushButton;
class QTableWidget;

// One customer's history (every field change, who and when) with "Restore This Value": an ordinary save of
// the old value, checked against the version shown here, so somebody else's newer edit is never overwritten.
class CustomerHistoryDialog : public QDialog {
    Q_OBJECT

public:
    CustomerHistoryDialog(Archive& archive, qint64 customerId, QWidget* parent = nullptr);

    int rowCount() const;
    void selectRow(int row);
    // Restores the selected row's old value; false (with the reason shown) when it could not.
    bool restoreSelected();
    void reload();

signals:
    void customerChanged(qint64 customerId);

private:
    void updateButtons();

    Archive& m_archive;
    qint64 m_customerId = 0;
    int m_version = 0; // of the customer as this dialog last read it
    QList<AuditEntry> m_rows;
    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_restore = nullptr;
};
