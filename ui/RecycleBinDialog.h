#pragma once

#include "RecycleBinEntry.h"

#include <QDialog>
#include <QList>

class Archive;
class QLabel;
class QPushButton;
class QTableWidget;

// The recycle bin: deleted customers with who deleted them and when; Restore puts a customer back with all
// its contacts, follow-ups, orders and tasks; Purge (administrators only) removes it for good.
class RecycleBinDialog : public QDialog {
    Q_OBJECT

public:
    explicit RecycleBinDialog(Archive& archive, QWidget* parent = nullptr);

    int rowCount() const;
    void selectRow(int row);
    bool restoreSelected();
    bool purgeSelected(bool confirm = true);
    void reload();

signals:
    void customerRestored(qint64 customerId);

private:
    void updateButtons();
    const RecycleBinEntry* selected() const;

    Archive& m_archive;
    QList<RecycleBinEntry> m_entries;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_purge = nullptr;
};
