#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QString>

class QPaintDevice;
class QPainter;

// Text for the PDF report as glyph runs: collects the cells of one table row and paints them as ONE run.
// Two reasons not to use QPainter::drawText:
//  - speed: drawText shapes every string with HarfBuzz and the PDF engine sets up each text item separately;
//    for 100,000 customers (~900,000 cells) that was most of the report's time;
//  - searchable text: HarfBuzz gives Noto Sans CJK's Latin digits as variant glyphs that are not in the
//    font's cmap, so Qt's PDF ToUnicode map has no entry for them and pdftotext / copy-paste lose every
//    digit. Glyphs taken from the cmap map back to their characters.
// Glyphs and advances come from a per-character cache (no kerning or ligatures: fine for codes, dates,
// numbers and Chinese names). Text with a character the font lacks falls back to drawText (font fallback).
class GlyphLine {
public:
    // `font` sized for `device` (its point size at the device's resolution).
    GlyphLine(const QFont& font, const QPaintDevice* device);

    bool isValid() const { return m_raw.isValid(); }
    // Draws one string with its baseline's left end at `pos` (painter's pen; its font only for the fallback).
    void draw(QPainter& painter, const QPointF& pos, const QString& text);
    // Width in device pixels, also for text that falls back to drawText.
    double advance(const QString& text);
    // `text` cut with "…" to `room` as the fallback would show it.
    QString elided(const QString& text, double room);
    // Width in device pixels; negative when a character has no glyph in the font.
    double width(const QString& text);
    // Adds `text` starting at x, cut with "…" to `room` when room > 0; false (nothing added) when a character
    // has no glyph.
    bool add(const QString& text, double x, double room = 0);
    // Adds `text` ending at `right`.
    bool addRight(const QString& text, double right);
    // Glyphs added from now on sit on this baseline (default 0), so several rows can go into one run.
    void setBaseline(double y) { m_baseline = y; }
    // Paints what was added, shifted down by `baseline`, and starts afresh.
    void paint(QPainter& painter, double baseline);

private:
    struct Glyph {
        quint32 index = 0;
        double advance = 0;
    };
    // The glyphs of `text` into m_scratch; false when one is missing.
    bool shape(const QString& text);
    Glyph glyphOf(const QChar* chars, int count, char32_t key);

    QFont m_font;
    const QPaintDevice* m_device;
    QRawFont m_raw;
    QHash<char32_t, Glyph> m_cache;
    Glyph m_ellipsis;
    QList<Glyph> m_scratch;
    QList<quint32> m_indexes;
    QList<QPointF> m_positions;
    double m_baseline = 0;
};
