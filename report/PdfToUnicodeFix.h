#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>

// Repairs the text layer of a PDF written by QPdfWriter with a CJK font. Qt builds each font's ToUnicode map
// by searching the cmap from U+0000 upwards and keeps the FIRST character of each glyph; Noto Sans CJK (like
// most CJK fonts) draws a Kangxi radical and its ideograph with one glyph, and the radicals (U+2E80–U+2FDF)
// come first. So 户 一 人 大 日 月 木 水 金 门 … came out of pdftotext, search and copy-paste as the radicals
// ⼾ ⼀ ⼈ …, and a search for 客户 found nothing. The map is written uncompressed, and a radical and its
// ideograph are both four hex digits, so the fix replaces them in place: no offset in the file moves.
class PdfToUnicodeFix {
public:
    // radical code point -> the ideograph `font` draws with the same glyph.
    static QHash<ushort, ushort> radicalMap(const QFont& font);
    // Rewrites the ToUnicode CMaps in `pdf`; returns how many entries changed.
    static int apply(QByteArray& pdf, const QHash<ushort, ushort>& map);
};
