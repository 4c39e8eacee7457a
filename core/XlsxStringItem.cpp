#include "XlsxStringItem.h"

#include "XlsxCellText.h"

void XlsxStringItem::begin()
{
    m_text.clear();
    m_depth = 0;
    m_skip = 0;
    m_inText = false;
}

void XlsxStringItem::startElement(std::string_view localName)
{
    if (m_skip > 0 || m_inText)
        ++m_skip;
    else if (localName == "rPh")
        m_skip = 1; // furigana over Japanese text, not part of the value
    else if (localName == "t")
        m_inText = true;
    else
        ++m_depth;
}

bool XlsxStringItem::endElement()
{
    if (m_skip > 0)
        --m_skip;
    else if (m_inText)
        m_inText = false;
    else if (m_depth > 0)
        --m_depth;
    else
        return true;
    return false;
}

void XlsxStringItem::characters(std::string_view text)
{
    if (m_inText && m_skip == 0)
        m_text.append(text);
}

QString XlsxStringItem::text() const
{
    return XlsxCellText::unescape(QString::fromUtf8(m_text.data(), static_cast<qsizetype>(m_text.size())));
}
