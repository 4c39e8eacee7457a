#pragma once

#include "MergeInfo.h"

#include <QDialog>

class Archive;
class QLabel;
class QPushButton;
class QTableWidget;

// Edit > Undo Merge…: the merges of this archive, newest first, and undoing one of them (CustomerMerger::unmerge).
// The core refuses when the kept customer was edited since or a later merge has to be undone first; the reason
// is shown and nothing changes.
class MergeHistoryDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, KeptColumn, MergedColumn, StatusColumn, ColumnCount };

    explicit MergeHistoryDialog(Archive& archive, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<MergeInfo>& merges() const { return m_merges; }
    QString messageText() const;

    void reload();
    // Undoes without asking (the button asks first). False with the reason shown in the dialog.
    bool undoMerge(qint64 mergeId);

signals:
    void archiveChanged();

private:
    void undoSelected();
    void updateButtons();
    void showMessage(const QString& text, bool error);

    Archive& m_archive;
    QList<MergeInfo> m_merges;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_undo = nullptr;
};
