#include "GlyphLine.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintDevice>
#include <QPainter>

GlyphLine::GlyphLine(const QFont& font, const QPaintDevice* device)
    : m_font(font)
    , m_device(device)
    , m_raw(QRawFont::fromFont(font)) {
    if (!m_raw.isValid())
        return;
    // QRawFont::fromFont sizes for the screen; the glyph run must be in the device's pixels.
    m_raw.setPixelSize(font.pointSizeF() * device->logicalDpiY() / 72.0);
    const QChar ellipsis(0x2026);
    m_ellipsis = glyphOf(&ellipsis, 1, 0x2026);
}

GlyphLine::Glyph GlyphLine::glyphOf(const QChar* chars, int count, char32_t key) {
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    Glyph glyph;
    quint32 indexes[2] = {0, 0};
    int glyphs = 2;
    if (m_raw.glyphIndexesForChars(chars, count, indexes, &glyphs) && glyphs == 1) {
        glyph.index = indexes[0];
        QPointF advance;
        m_raw.advancesForGlyphIndexes(indexes, &advance, 1);
        glyph.advance = advance.x();
    }
    m_cache.insert(key, glyph);
    return glyph;
}

bool GlyphLine::shape(const QString& text) {
    m_scratch.clear();
    const QChar* data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        int count = 1;
        char32_t key = data[i].unicode();
        if (data[i].isHighSurrogate() && i + 1 < n && data[i + 1].isLowSurrogate()) {
            key = QChar::surrogateToUcs4(data[i], data[i + 1]);
            count = 2;
        }
        const Glyph glyph = glyphOf(data + i, count, key);
        if (glyph.index == 0) // .notdef: the font cannot show this character
            return false;
        m_scratch.append(glyph);
        i += count - 1;
    }
    return true;
}

double GlyphLine::width(const QString& text) {
    if (!shape(text))
        return -1;
    double w = 0;
    for (const Glyph& g : std::as_const(m_scratch))
        w += g.advance;
    return w;
}

bool GlyphLine::add(const QString& text, double x, double room) {
    if (!shape(text))
        return false;
    qsizetype count = m_scratch.size();
    if (room > 0) {
        double w = 0;
        for (const Glyph& g : std::as_const(m_scratch))
            w += g.advance;
        if (w > room) { // drop characters until the rest plus "…" fits
            w += m_ellipsis.advance;
            while (count > 0 && w > room)
                w -= m_scratch[--count].advance;
        }
        if (count < m_scratch.size()) {
            m_scratch.resize(count);
            if (m_ellipsis.index != 0)
                m_scratch.append(m_ellipsis);
            count = m_scratch.size();
        }
    }
    for (qsizetype i = 0; i < count; ++i) {
        m_indexes.append(m_scratch[i].index);
        m_positions.append(QPointF(x, m_baseline));
        x += m_scratch[i].advance;
    }
    return true;
}

bool GlyphLine::addRight(const QString& text, double right) {
    const double w = width(text);
    return w >= 0 && add(text, right - w);
}

void GlyphLine::paint(QPainter& painter, double baseline) {
    if (!m_indexes.isEmpty()) {
        QGlyphRun run;
        run.setRawFont(m_raw);
        run.setGlyphIndexes(m_indexes);
        run.setPositions(m_positions);
        painter.drawGlyphRun(QPointF(0, baseline), run);
    }
    m_indexes.clear();
    m_positions.clear();
}

void GlyphLine::draw(QPainter& painter, const QPointF& pos, const QString& text) {
    if (!add(text, pos.x())) {
        QFont before = painter.font();
        painter.setFont(m_font);
        painter.drawText(pos, text);
        painter.setFont(before);
        return;
    }
    paint(painter, pos.y());
}

double GlyphLine::advance(const QString& text) {
    const double w = width(text);
    return w >= 0 ? w : QFontMetricsF(m_font, m_device).horizontalAdvance(text);
}

QString GlyphLine::elided(const QString& text, double room) {
    if (advance(text) <= room)
        return text;
    QString cut = text;
    const QString ellipsis(QChar(0x2026));
    while (!cut.isEmpty() && advance(cut + ellipsis) > room)
        cut.chop(1);
    return cut + ellipsis;
}
