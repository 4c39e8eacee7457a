#include "XlsxSharedStrings.h"

#include "XlsxCellText.h"

#include <QXmlStreamReader>

bool XlsxSharedStrings::read(QIODevice* device, qint64 maxChars)
{
    m_strings.clear();
    m_error.clear();
    QXmlStreamReader xml(device);
    qint64 total = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_error = QStringLiteral("DTD not allowed");
            return false;
        }
        if (token != QXmlStreamReader::StartElement || xml.name() != u"si")
            continue;
        m_strings.append(readItem(xml));
        total += m_strings.back().size() + 16; // the per-string overhead counts too: millions of empty <si/>
        if (total > maxChars) {
            m_error = QStringLiteral("too large");
            m_strings.clear();
            return false;
        }
    }
    if (xml.hasError()) {
        m_error = xml.errorString();
        m_strings.clear();
        return false;
    }
    m_strings.squeeze();
    return true;
}

QString XlsxSharedStrings::at(qint64 index) const
{
    return index >= 0 && index < m_strings.size() ? m_strings[index] : QString();
}

QString XlsxSharedStrings::readItem(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"rPh") {
                xml.skipCurrentElement(); // furigana over Japanese text, not part of the value
            } else if (name == u"t") {
                text.append(xml.readElementText(QXmlStreamReader::SkipChildElements));
            } else {
                ++depth;
            }
        }
    }
    return XlsxCellText::unescape(text);
}
