#pragma once

#include "ArchiveWorker.h"
#include "DashboardData.h"
#include "SegmentStats.h"

#include <QDate>

// Computes the dashboard's segment statistics on a worker thread with its own connection to the archive:
// RFM values for the as-of date (RfmCalculator), the rfm5 and rfm8 segments (RfmSegmenter), the ABC tiers
// (AbcSegmenter), and the R x F grid. resultReady() arrives in the GUI thread after a successful run.
// With withChurn it also lists the customers at churn risk (ChurnDetector) from the same read of the orders,
// while a second thread sums up the statistics and announces them with statsReady(), so the segment charts
// need not wait for the list.
class SegmentWorker : public ArchiveWorker {
    Q_OBJECT

public:
    ~SegmentWorker() override { stop(); } // before the members work() uses are destroyed
    SegmentWorker(QString archivePath, QDate asOf, QObject* parent = nullptr, bool withChurn = false);

    const SegmentStats& stats() const { return m_stats; } // valid after statsReady() or a successful finish
    const QList<ChurnRow>& churn() const { return m_churn; } // with withChurn, valid after a successful finish

    // The statistics for already computed values (also used by tests to check the worker).
    static SegmentStats summarize(const QList<RfmValues>& values, const QDate& asOf);

signals:
    void resultReady(const SegmentStats& stats);
    // The statistics are complete (arrives in the GUI thread before finished(); stats() no longer changes).
    void statsReady();

protected:
    bool work(Archive& archive, QString& error) override;

private:
    QDate m_asOf;
    bool m_withChurn = false;
    SegmentStats m_stats;
    QList<ChurnRow> m_churn;
};
