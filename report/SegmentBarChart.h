#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// A horizontal bar chart painted with QPainter only (no widgets, no Qt Charts), so it draws on a PDF or
// printer from a worker thread or a display-less CLI: one bar per label, the value's text after the bar.
class SegmentBarChart {
public:
    struct Bar {
        QString label;
        double value = 0;
        QString valueText;
        QColor colour;
    };

    SegmentBarChart(QString title, QList<Bar> bars)
        : m_title(std::move(title))
        , m_bars(std::move(bars)) {}

    // Paints into `area` with the painter's current font as the label font (the title a bit larger).
    void paint(QPainter& painter, const QRectF& area) const;

private:
    QString m_title;
    QList<Bar> m_bars;
};
