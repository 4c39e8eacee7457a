#pragma once

#include "ChurnDetector.h"
#include "DashboardData.h"

#include <QCoreApplication>

class Archive;

// Fills DashboardData from an archive (run in a worker thread with the thread's own connection).
class DashboardLoader {
    Q_DECLARE_TR_FUNCTIONS(DashboardLoader)

public:
    // Everything but the churn list, which SegmentWorker makes from its read of the orders (loadChurn).
    static bool load(Archive& archive, const QDate& asOf, DashboardData& data, QString& error);
    // The churn list for the customers assessed at risk: names and owners, most overdue first.
    static bool loadChurn(Archive& archive, const QDate& asOf, const QList<ChurnDetector::Assessment>& atRisk,
                          QList<ChurnRow>& churn, QString& error);
    static bool loadSnapshots(Archive& archive, DashboardData& data, QString& error);
};
