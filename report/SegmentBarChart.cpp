#include "SegmentBarChart.h"

#include "GlyphLine.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

void SegmentBarChart::paint(QPainter& painter, const QRectF& area) const {
    painter.save();
    QFont titleFont = painter.font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    const QFont labelFont = painter.font();
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF metrics(labelFont, painter.device());

    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    GlyphLine(titleFont, painter.device())
        .draw(painter, QPointF(area.left(), area.top() + titleMetrics.ascent()), m_title);
    GlyphLine text(labelFont, painter.device());
    painter.setFont(labelFont);

    const double top = area.top() + titleMetrics.height() * 1.6;
    const double rowHeight =
        m_bars.isEmpty() ? 0
                         : std::min((area.bottom() - top) / double(m_bars.size()), metrics.height() * 2.2);
    double labelWidth = 0;
    double valueWidth = 0;
    double maxValue = 0;
    for (const Bar& bar : m_bars) {
        labelWidth = std::max(labelWidth, text.advance(bar.label));
        valueWidth = std::max(valueWidth, text.advance(bar.valueText));
        maxValue = std::max(maxValue, bar.value);
    }
    labelWidth = std::min(labelWidth, area.width() * 0.4);
    const double gap = metrics.averageCharWidth();
    const double barLeft = area.left() + labelWidth + gap;
    const double barSpace = std::max(0.0, area.right() - barLeft - gap - valueWidth);

    // Axis line at the bars' origin.
    painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 0));
    painter.drawLine(QPointF(barLeft, top), QPointF(barLeft, top + rowHeight * double(m_bars.size())));
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar& bar = m_bars[i];
        const double y = top + rowHeight * double(i);
        const double baseline = y + (rowHeight + metrics.ascent() - metrics.descent()) / 2;
        painter.setPen(Qt::black);
        text.draw(painter, QPointF(area.left(), baseline), text.elided(bar.label, labelWidth));
        const double length = maxValue > 0 ? barSpace * std::max(0.0, bar.value) / maxValue : 0;
        painter.fillRect(QRectF(barLeft, y + rowHeight * 0.18, length, rowHeight * 0.64), bar.colour);
        text.draw(painter, QPointF(barLeft + length + gap, baseline), bar.valueText);
    }
    painter.restore();
}
