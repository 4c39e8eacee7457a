#pragma once

#include "CustomerBreakdown.h"
#include "SegmentSnapshot.h"

#include <QDate>
#include <QList>
#include <QString>

// One customer of the churn-risk list (ChurnDetector's assessment with the list columns).
struct ChurnRow {
    qint64 customerId = 0;
    QString code;
    QString name;
    QString owner;
    QDate lastOrder;
    double medianGapDays = 0; // 0: a single purchase day
    int daysSinceLastOrder = 0;
    double limitDays = 0;
    int daysOverdue() const;   // days beyond the limit, rounded up
};

// The dashboard's other numbers besides the segments, computed together on a worker thread (DashboardLoader).
struct DashboardData {
    QDate asOf;
    QList<ChurnRow> churn; // most overdue first
    QList<CustomerBreakdown::Group> provinces;
    QList<CustomerBreakdown::Group> industries;
    CustomerBreakdown::FollowUpGrid followUps;
    QList<SegmentSnapshotInfo> snapshots; // all models, oldest first
};
