#pragma once

#include "DashboardData.h"
#include "SegmentModel.h"
#include "SegmentStats.h"

#include <QDialog>
#include <functional>
#include <memory>

class Archive;
class ArchiveTask;
class ChurnRiskModel;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class SegmentWorker;

// The segment dashboard (issue 5). Tabs:
//  - Segments: customers and revenue per segment of the chosen model (rfm5, rfm8, ABC) and the rfm5 R x F
//    grid as a heat map (count per cell, colour = average monetary value);
//  - Over time: segment sizes over the stored snapshots, "take a snapshot", and who moved between two;
//  - Churn risk: the customers ChurnDetector flags, most overdue first;
//  - Customers: customers by province and by industry;
//  - Follow-ups: follow-ups per rep per week, the last 12 weeks.
// Clicking a bar or a heat-map cell emits customersChosen() with exactly the customers behind it; the main
// window filters its list to them. Everything is computed on worker threads with their own connections to
// the archive at `archivePath` (SegmentWorker for the segments, ArchiveTask jobs for the rest), so the
// window stays responsive; a busy indicator shows while anything runs.
class SegmentDashboard : public QDialog {
    Q_OBJECT

public:
    explicit SegmentDashboard(QString archivePath, QWidget* parent = nullptr);
    ~SegmentDashboard() override;

    // Starts a computation for the as-of date shown (a running one finishes first, then this one starts).
    void refresh();
    bool isBusy() const; // anything still computing
    bool hasStats() const { return m_hasStats; }
    const SegmentStats& stats() const { return m_stats; }
    bool hasDetails() const { return m_hasDetails; }
    const DashboardData& details() const { return m_details; }
    QString errorText() const { return m_error; }

    SegmentModelKind model() const;
    void setModel(SegmentModelKind kind);

    // Stores the current model's segments for the as-of date as a snapshot (worker thread).
    void takeSnapshot();
    // Lists who moved between two snapshots (ids from details().snapshots) in the changes table.
    void compareSnapshots(qint64 fromId, qint64 toId);
    const QList<SegmentMove>& moves() const { return m_moves; }

    QTabWidget* tabs() const { return m_tabs; }
    QChart* countChart() const;
    QChart* revenueChart() const;
    QChart* snapshotChart() const;
    QChart* provinceChart() const;
    QChart* industryChart() const;
    QChart* followUpChart() const;
    QTableWidget* heatMap() const { return m_heatMap; }
    QTableView* churnView() const { return m_churnView; }
    QTableWidget* changesTable() const { return m_changes; }

signals:
    // The customers behind a clicked chart element, with a short description for the list's filter.
    void customersChosen(const QString& label, const QList<qint64>& ids);

private:
    QWidget* makeSegmentsTab();
    QWidget* makeSnapshotsTab();
    QWidget* makeChurnTab();
    QWidget* makeCustomersTab();
    QWidget* makeFollowUpsTab();
    QChartView* makeView(const QString& name);

    void onStatsReady();
    void onFinished();
    void updateBusy();
    void showStats();
    void showHeatMap();
    void showDetails();
    void showChurn();
    void showOtherDetails();
    void showSnapshots();
    void showChanges();
    void showBreakdown(QChart* chart, const QString& title, const QList<CustomerBreakdown::Group>& groups);
    void showFollowUps();
    void runTask(std::unique_ptr<ArchiveTask>& slot, std::function<bool(Archive&, QString&)> job,
                 std::function<void()> done);
    QString displayName(const SegmentStats::Bucket& bucket) const;
    QString segmentLabel(SegmentModelKind kind, const QString& stored) const;
    void fillChart(QChart* chart, const QString& title, const QString& axisTitle, const QStringList& categories,
                   const QList<double>& values, const QColor& color, std::function<void(int)> onClick = {});

    QString m_archivePath;
    QComboBox* m_modelCombo = nullptr;
    QDateEdit* m_asOfEdit = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QChartView* m_countView = nullptr;
    QChartView* m_revenueView = nullptr;
    QTableWidget* m_heatMap = nullptr;
    QChartView* m_snapshotView = nullptr;
    QPushButton* m_snapshotButton = nullptr;
    QComboBox* m_fromCombo = nullptr;
    QComboBox* m_toCombo = nullptr;
    QComboBox* m_moveCombo = nullptr;
    QTableWidget* m_changes = nullptr;
    QLabel* m_changesStatus = nullptr;
    ChurnRiskModel* m_churnModel = nullptr;
    QTableView* m_churnView = nullptr;
    QLabel* m_churnStatus = nullptr;
    QChartView* m_provinceView = nullptr;
    QChartView* m_industryView = nullptr;
    QChartView* m_followUpView = nullptr;

    std::unique_ptr<SegmentWorker> m_worker;
    std::unique_ptr<ArchiveTask> m_detailsTask;
    std::unique_ptr<ArchiveTask> m_snapshotTask;
    std::unique_ptr<ArchiveTask> m_changesTask;
    std::unique_ptr<ArchiveTask> m_membersTask;
    bool m_refreshPending = false;
    bool m_hasStats = false;
    bool m_hasDetails = false;      // the churn list and the other details
    bool m_hasChurn = false;        // from m_worker
    bool m_hasOtherDetails = false; // from m_detailsTask
    SegmentStats m_stats;
    DashboardData m_details;
    QList<SegmentMove> m_moves;
    QString m_error;
};
