#include "XlsxStyles.h"

#include <QHash>
#include <QXmlStreamReader>

namespace {

// More cell formats than any real workbook has (Excel's limit is 64,000); a bound against hostile files.
constexpr qsizetype kMaxCellFormats = 1 << 20;

} // namespace

bool XlsxStyles::read(QIODevice* device)
{
    m_kinds.clear();
    m_error.clear();
    QHash<int, XlsxValueKind> custom;
    QList<int> xfFormats;
    QXmlStreamReader xml(device);
    int cellXfsDepth = 0;
    int depth = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_error = QStringLiteral("DTD not allowed");
            return false;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (depth == cellXfsDepth)
                cellXfsDepth = 0;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView name = xml.name();
        if (name == u"numFmt") {
            bool ok = false;
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt(&ok);
            if (ok)
                custom.insert(id, classify(xml.attributes().value(QLatin1String("formatCode"))));
        } else if (name == u"cellXfs") {
            cellXfsDepth = depth;
        } else if (name == u"xf" && cellXfsDepth > 0 && depth == cellXfsDepth + 1) {
            if (xfFormats.size() >= kMaxCellFormats) {
                m_error = QStringLiteral("too many cell formats");
                return false;
            }
            xfFormats.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        }
    }
    if (xml.hasError()) {
        m_error = xml.errorString();
        return false;
    }
    m_kinds.reserve(xfFormats.size());
    for (const int id : xfFormats)
        m_kinds.append(custom.value(id, builtin(id)));
    return true;
}

XlsxValueKind XlsxStyles::kind(qint64 styleIndex) const
{
    if (styleIndex < 0 || styleIndex >= m_kinds.size())
        return XlsxValueKind::Number;
    return m_kinds[styleIndex];
}

XlsxValueKind XlsxStyles::builtin(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 || id == 58)
        return XlsxValueKind::Date;
    if (id == 22)
        return XlsxValueKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47 || id == 55 || id == 56)
        return XlsxValueKind::Time;
    if (id == 46)
        return XlsxValueKind::Duration;
    return XlsxValueKind::Number;
}

XlsxValueKind XlsxStyles::classify(QStringView formatCode)
{
    const QString code = formatCode.toString().toLower();
    QString tokens; // one letter per run of y, m, d, h or s in the first section
    bool elapsed = false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code[i];
        if (c == u';')
            break; // the first section (positive numbers) is the one dates use
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? n : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // escaped literal, padding or fill character
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = QStringView(code).mid(i + 1, (end < 0 ? n : end) - i - 1);
            if (!inside.isEmpty() && (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size()
                                      || inside.count(u's') == inside.size())) {
                elapsed = true; // [h]:mm:ss counts hours past 24
                tokens.append(inside[0]);
            }
            i = end < 0 ? n : end;
        } else if (QStringView(code).mid(i).startsWith(u"am/pm")) {
            i += 4;
        } else if (QStringView(code).mid(i).startsWith(u"a/p")) {
            i += 2;
        } else if (c == u'y' || c == u'm' || c == u'd' || c == u'h' || c == u's') {
            if (tokens.isEmpty() || tokens.back() != c || (i > 0 && code[i - 1] != c))
                tokens.append(c);
        }
    }
    bool date = false;
    bool time = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QChar t = tokens[i];
        if (t == u'y' || t == u'd') {
            date = true;
        } else if (t == u'h' || t == u's') {
            time = true;
        } else { // m: minutes right after hours or right before seconds, else months
            const bool minute = (i > 0 && tokens[i - 1] == u'h') || (i + 1 < tokens.size() && tokens[i + 1] == u's');
            (minute ? time : date) = true;
        }
    }
    if (elapsed)
        return XlsxValueKind::Duration;
    if (date && time)
        return XlsxValueKind::DateTime;
    if (date)
        return XlsxValueKind::Date;
    if (time)
        return XlsxValueKind::Time;
    return XlsxValueKind::Number;
}
