#pragma once

#include <QString>

#include <string>
#include <string_view>

// The text of one <si> (shared string) or <is> (inline string) element, collected from the SAX events
// between its start and end tag: plain <t>, rich-text runs <r><t> joined, phonetic runs <rPh> dropped,
// _xHHHH_ decoded. Only the direct text of a <t> counts; elements inside a <t> are skipped whole.
class XlsxStringItem {
public:
    // After the item's start tag.
    void begin();
    void startElement(std::string_view localName);
    // True on the item's own end tag: text() is complete.
    bool endElement();
    void characters(std::string_view text);
    QString text() const;

private:
    std::string m_text; // UTF-8, escapes not yet decoded
    int m_depth = 0;    // elements open inside the item, skipped ones and <t> not counted
    int m_skip = 0;     // > 0 inside an element whose text does not count (<rPh>, children of <t>)
    bool m_inText = false;
};
