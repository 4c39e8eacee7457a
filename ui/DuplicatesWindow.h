#pragma once

#include "DuplicateScan.h"

#include <QDialog>
#include <QHash>
#include <QPair>
#include <memory>

class Archive;
class BatchMergeWorker;
class DuplicateGroupModel;
class DuplicateScanWorker;
class MergeComparisonModel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// Tools > Find Duplicate Customers… (issue 10): scans the archive on a worker thread (progress, Cancel), lists
// the groups of records that are probably one customer, best score first, and shows the selected group side by
// side with differing fields highlighted and the surviving value per field checked (choose another by checking
// it). "Merge" merges the group (CustomerMerger; undo with Edit > Undo Merge…); "Not the same customer" remembers
// the group's pairs so no scan proposes them again; "Merge all likely groups…" merges, after a confirmation
// that says how many, every group at or above the "likely the same" threshold on a worker thread.
// Not modal: the customer list stays usable next to it; archiveChanged() tells it to reload after a merge.
class DuplicatesWindow : public QDialog {
    Q_OBJECT

public:
    explicit DuplicatesWindow(Archive& archive, QWidget* parent = nullptr);
    ~DuplicatesWindow() override;

    void startScan();
    void cancel(); // stops a scan or a batch merge (the batch then merges nothing)
    bool isBusy() const;
    // Shows a scan's groups (what a finished scan does; also for tests).
    void showScan(const DuplicateScan& scan, const QHash<qint64, QPair<QString, QString>>& labels);
    void selectGroup(int row);
    // Merges the selected group with the survivor and values chosen in the comparison. No confirmation.
    bool mergeSelectedGroup();
    // Remembers that the records of the selected group are different customers and drops the group.
    bool rejectSelectedGroup();
    // Merges every likely group on a worker thread; asks first (with the counts) when `askFirst`.
    void mergeAllLikely(bool askFirst = true);

    DuplicateGroupModel* groupModel() const { return m_groups; }
    MergeComparisonModel* comparisonModel() const { return m_comparison; }
    QTableView* groupView() const { return m_groupView; }
    QTableView* comparisonView() const { return m_comparisonView; }
    QComboBox* survivorCombo() const { return m_survivorCombo; }
    QString statusText() const;

signals:
    void archiveChanged();

private:
    void onScanFinished();
    void onBatchFinished();
    void onGroupChanged();
    void fillSurvivorCombo();
    void setBusy(bool busy, const QString& status);
    void updateButtons();

    Archive& m_archive;
    DuplicateGroupModel* m_groups = nullptr;
    MergeComparisonModel* m_comparison = nullptr;
    QTableView* m_groupView = nullptr;
    QTableView* m_comparisonView = nullptr;
    QComboBox* m_survivorCombo = nullptr;
    QPushButton* m_scanButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
    QPushButton* m_batchButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_groupTitle = nullptr;
    std::unique_ptr<DuplicateScanWorker> m_scanWorker;
    std::unique_ptr<BatchMergeWorker> m_batchWorker;
};
