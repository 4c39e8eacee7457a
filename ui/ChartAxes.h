#pragma once

#include <QFont>
#include <QStringList>

class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QValueAxis;

// The look the dashboards share for chart text and axes, so every chart reads the same way.
class ChartAxes {
public:
    // Chart text: a little smaller than the window's, in Noto Sans CJK SC when it is installed.
    static QFont font();
    // Category labels along `side`; the title only when given.
    static QBarCategoryAxis* addCategories(QChart* chart, QAbstractSeries* series, const QStringList& categories,
                                           Qt::Alignment side, const QString& title = {});
    // Counts from 0 to `max` × `headroom` with round, whole-number ticks.
    static QValueAxis* addCounts(QChart* chart, QAbstractSeries* series, double max, double headroom,
                                 Qt::Alignment side, const QString& title);
};
