#include "ChartAxes.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QFontDatabase>
#include <QValueAxis>

QFont ChartAxes::font()
{
    QFont font;
    font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 8.0);
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(cjk))
        font.setFamily(cjk);
    return font;
}

QBarCategoryAxis* ChartAxes::addCategories(QChart* chart, QAbstractSeries* series, const QStringList& categories,
                                           Qt::Alignment side, const QString& title)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(font());
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleFont(font());
    }
    chart->addAxis(axis, side);
    series->attachAxis(axis);
    return axis;
}

QValueAxis* ChartAxes::addCounts(QChart* chart, QAbstractSeries* series, double max, double headroom,
                                 Qt::Alignment side, const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * headroom : 1.0);
    axis->applyNiceNumbers(); // whole, round ticks
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    axis->setLabelsFont(font());
    axis->setTitleFont(font());
    chart->addAxis(axis, side);
    series->attachAxis(axis);
    return axis;
}
