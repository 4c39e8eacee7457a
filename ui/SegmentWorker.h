#pragma once

#include "ArchiveWorker.h"
#include "SegmentStats.h"

#include <QDate>

// Computes the dashboard's segment statistics on a worker thread with its own connection to the archive:
// RFM values for the as-of date (RfmCalculator), the rfm5 and rfm8 segments (RfmSegmenter), the ABC tiers
// (AbcSegmenter), and the R x F grid. resultReady() arrives in the GUI thread after a successful run.
class SegmentWorker : public ArchiveWorker {
    Q_OBJECT

public:
    ~SegmentWorker() override { stop(); } // before the members work() uses are destroyed
    SegmentWorker(QString archivePath, QDate asOf, QObject* parent = nullptr);

    const SegmentStats& stats() const { return m_stats; } // valid after a successful finish

    // The statistics for already computed values (also used by tests to check the worker).
    static SegmentStats summarize(const QList<RfmValues>& values, const QDate& asOf);

signals:
    void resultReady(const SegmentStats& stats);

protected:
    bool work(Archive& archive, QString& error) override;

private:
    QDate m_asOf;
    SegmentStats m_stats;
};
