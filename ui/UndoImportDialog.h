#pragma once

#include "ImportUndo.h"

#include <QDialog>

class Archive;
class QLabel;
class QPushButton;
class QTableWidget;

// File > Undo Import…: the imports of this archive, newest first, and undoing one of them. The core refuses
// when a record of the import was changed afterwards; the reason is shown and nothing changes.
class UndoImportDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { TimeColumn, FileColumn, TargetColumn, ImportedColumn, UpdatedColumn, StatusColumn, ColumnCount };

    explicit UndoImportDialog(Archive& archive, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<ImportBatchInfo>& batches() const { return m_batches; }
    QString messageText() const;
    bool changedArchive() const { return m_changed; }

    void reload();
    // Undoes without asking (the button asks first). False with the reason shown in the dialog.
    bool undoBatch(qint64 batchId);

signals:
    void archiveChanged();

private:
    void undoSelected();
    void updateButtons();
    void showMessage(const QString& text, bool error);

    Archive& m_archive;
    QList<ImportBatchInfo> m_batches;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_undo = nullptr;
    bool m_changed = false;
};
