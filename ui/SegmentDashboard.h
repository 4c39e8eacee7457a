#pragma once

#include "SegmentModel.h"
#include "SegmentStats.h"

#include <QDialog>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class SegmentWorker;

// A first segment dashboard (issue 5): customers and revenue per segment of the chosen model (rfm5, rfm8,
// ABC) as bar charts, and the rfm5 R x F grid as a heat map (count per cell, colour = average monetary
// value). The numbers are computed by a SegmentWorker on a thread of its own with its own connection to the
// archive at `archivePath`, so the window stays responsive; a busy indicator shows while it runs.
class SegmentDashboard : public QDialog {
    Q_OBJECT

public:
    explicit SegmentDashboard(QString archivePath, QWidget* parent = nullptr);
    ~SegmentDashboard() override;

    // Starts a computation for the as-of date shown (a running one finishes first, then this one starts).
    void refresh();
    bool isBusy() const;
    bool hasStats() const { return m_hasStats; }
    const SegmentStats& stats() const { return m_stats; }
    QString errorText() const { return m_error; }

    SegmentModelKind model() const;
    void setModel(SegmentModelKind kind);

    QChart* countChart() const;
    QChart* revenueChart() const;
    QTableWidget* heatMap() const { return m_heatMap; }

private:
    void onFinished();
    void showStats();
    void showHeatMap();
    QString displayName(const SegmentStats::Bucket& bucket) const;
    void fillChart(QChart* chart, const QString& title, const QString& axisTitle, const QStringList& categories,
                   const QList<double>& values, const QColor& color);

    QString m_archivePath;
    QComboBox* m_modelCombo = nullptr;
    QDateEdit* m_asOfEdit = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QChartView* m_countView = nullptr;
    QChartView* m_revenueView = nullptr;
    QTableWidget* m_heatMap = nullptr;

    std::unique_ptr<SegmentWorker> m_worker;
    bool m_refreshPending = false;
    bool m_hasStats = false;
    SegmentStats m_stats;
    QString m_error;
};
