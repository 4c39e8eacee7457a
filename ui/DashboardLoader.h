#pragma once

#include "DashboardData.h"

#include <QCoreApplication>

class Archive;

// Fills DashboardData from an archive (run in a worker thread with the thread's own connection).
class DashboardLoader {
    Q_DECLARE_TR_FUNCTIONS(DashboardLoader)

public:
    static bool load(Archive& archive, const QDate& asOf, DashboardData& data, QString& error);
    static bool loadSnapshots(Archive& archive, DashboardData& data, QString& error);
};
