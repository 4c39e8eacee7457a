#include "PdfToUnicodeFix.h"

#include <QRawFont>

QHash<ushort, ushort> PdfToUnicodeFix::radicalMap(const QFont& font) {
    QHash<ushort, ushort> result;
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return result;
    const auto glyphOf = [&raw](ushort cp) {
        const QChar ch(cp);
        quint32 glyph = 0;
        int count = 1;
        return raw.glyphIndexesForChars(&ch, 1, &glyph, &count) && count == 1 ? glyph : 0u;
    };
    QHash<quint32, ushort> radicals; // glyph -> radical
    for (ushort cp = 0x2E80; cp <= 0x2FDF; ++cp)
        if (const quint32 g = glyphOf(cp))
            radicals.insert(g, cp);
    for (uint cp = 0x4E00; cp <= 0x9FFF && !radicals.isEmpty(); ++cp) {
        const auto it = radicals.constFind(glyphOf(ushort(cp)));
        if (it != radicals.constEnd() && it.key() != 0) {
            result.insert(*it, ushort(cp));
            radicals.erase(it);
        }
    }
    return result;
}

int PdfToUnicodeFix::apply(QByteArray& pdf, const QHash<ushort, ushort>& map) {
    int changed = 0;
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            break;
        // Line by line: in a bfrange line the first two <XXXX> are glyph codes, in a bfchar line the first
        // one; everything after them is characters.
        int codes = 0; // glyph codes leading each line in the current section
        for (qsizetype line = from; line < end;) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            const QByteArray text = pdf.mid(line, next - line);
            if (text.endsWith("beginbfrange"))
                codes = 2;
            else if (text.endsWith("beginbfchar"))
                codes = 1;
            else if (text.startsWith("endbf"))
                codes = 0;
            else if (codes > 0) {
                int token = 0;
                for (qsizetype i = line; i + 5 < next; ++i) {
                    if (pdf[i] != '<' || pdf[i + 5] != '>')
                        continue;
                    if (token++ < codes)
                        continue;
                    bool ok = false;
                    const ushort value = pdf.mid(i + 1, 4).toUShort(&ok, 16);
                    if (const auto it = map.constFind(value); ok && it != map.constEnd()) {
                        pdf.replace(i + 1, 4, QByteArray::number(*it, 16).toUpper().rightJustified(4, '0'));
                        ++changed;
                    }
                    i += 5;
                }
            }
            line = next + 1;
        }
        from = end;
    }
    return changed;
}
