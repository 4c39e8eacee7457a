#include "XlsxSharedStrings.h"

#include "XlsxStringItem.h"
#include "XmlSaxParser.h"

#include <algorithm>
#include <charconv>

namespace {

// Every <si>, wherever it is, becomes one string; the sum of their lengths is checked as they come.
class SharedStringsHandler final : public XmlSaxParser::Handler {
public:
    SharedStringsHandler(QList<QString>& strings, qint64 maxChars) : m_strings(strings), m_maxChars(maxChars) {}

    void setParser(XmlSaxParser* parser) { m_parser = parser; }
    bool tooLarge() const { return m_tooLarge; }

    void startElement(const XmlSaxParser::Name& name, const XmlSaxParser::Attributes& attributes) override
    {
        if (m_inItem) {
            m_item.startElement(name.local());
            return;
        }
        const std::string_view local = name.local();
        if (local == "si") {
            m_inItem = true;
            m_item.begin();
        } else if (local == "sst" && m_strings.isEmpty()) {
            reserve(attributes.value("uniqueCount"));
        }
    }

    void endElement(const XmlSaxParser::Name&) override
    {
        if (!m_inItem || !m_item.endElement())
            return;
        m_inItem = false;
        m_strings.append(m_item.text());
        m_total += m_strings.back().size() + 16; // the per-string overhead counts too: millions of empty <si/>
        if (m_total > m_maxChars) {
            m_tooLarge = true;
            m_parser->stop();
        }
    }

    void characters(std::string_view text) override
    {
        if (m_inItem)
            m_item.characters(text);
    }

private:
    // Excel writes how many strings follow: growing the list to hundreds of thousands of strings would copy
    // it over and over. Only a hint, and capped, as the file may say anything.
    void reserve(std::string_view count)
    {
        qint64 n = 0;
        const char* end = count.data() + count.size();
        const auto [last, error] = std::from_chars(count.data(), end, n);
        if (error == std::errc() && last == end && n > 0)
            m_strings.reserve(std::min<qint64>(n, 1'000'000));
    }

    QList<QString>& m_strings;
    const qint64 m_maxChars;
    XmlSaxParser* m_parser = nullptr;
    XlsxStringItem m_item;
    bool m_inItem = false;
    qint64 m_total = 0;
    bool m_tooLarge = false;
};

} // namespace

bool XlsxSharedStrings::read(QIODevice* device, qint64 maxChars)
{
    m_strings.clear();
    m_error.clear();
    SharedStringsHandler handler(m_strings, maxChars);
    XmlSaxParser parser(device, handler);
    handler.setParser(&parser);
    const XmlSaxParser::Status status = parser.parse();
    if (status == XmlSaxParser::Status::Finished) {
        m_strings.squeeze();
        return true;
    }
    // Stopped only for too much text; Suspended never happens, as nothing suspends.
    m_error = handler.tooLarge() ? QStringLiteral("too large") : parser.errorString();
    m_strings.clear();
    return false;
}

QString XlsxSharedStrings::at(qint64 index) const
{
    return index >= 0 && index < m_strings.size() ? m_strings[index] : QString();
}
