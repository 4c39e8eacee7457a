#include "XmlSaxParser.h"

#include <QIODevice>
#include <expat.h>

#include <cstring>
#include <type_traits>

static_assert(std::is_same_v<XML_Char, char>, "expat must be built for UTF-8 (not XML_UNICODE)");

namespace {

// Between namespace URI and local name in the names expat reports. U+0001 is not allowed anywhere in an
// XML 1.0 document, so no URI can hold it (expat refuses URIs that contain the separator).
constexpr char kSeparator = '\x01';

// Large enough that the per-call overhead of inflating and parsing vanishes, small enough not to matter.
constexpr int kChunkSize = 128 * 1024;

// Without measuring the attribute's name first: most attributes differ from `name` in their first byte.
bool equals(const char* zeroTerminated, std::string_view name)
{
    for (const char c : name)
        if (*zeroTerminated++ != c)
            return false;
    return *zeroTerminated == '\0';
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// The encoding="..." of an XML declaration at the very start of `head`; empty when there is none.
std::string_view declaredEncoding(std::string_view head)
{
    if (!startsWith(head, "<?xml"))
        return {};
    std::string_view declaration = head.substr(0, head.find("?>"));
    const size_t key = declaration.find("encoding");
    if (key == std::string_view::npos)
        return {};
    declaration.remove_prefix(key + 8);
    const auto skipSpace = [&] {
        while (!declaration.empty() && (declaration[0] == ' ' || declaration[0] == '\t' || declaration[0] == '\r'
                                        || declaration[0] == '\n'))
            declaration.remove_prefix(1);
    };
    skipSpace();
    if (declaration.empty() || declaration[0] != '=')
        return {};
    declaration.remove_prefix(1);
    skipSpace();
    if (declaration.empty() || (declaration[0] != '"' && declaration[0] != '\''))
        return {};
    const size_t close = declaration.find(declaration[0], 1);
    return close == std::string_view::npos ? std::string_view() : declaration.substr(1, close - 1);
}

// US-ASCII is left out: QXmlStreamReader turned bytes past 127 into U+FFFD, where expat stops.
bool expatDecodes(std::string_view encoding)
{
    const QLatin1StringView name(encoding.data(), static_cast<qsizetype>(encoding.size()));
    for (const char* known : {"UTF-8", "UTF-16", "UTF-16BE", "UTF-16LE", "ISO-8859-1"})
        if (name.compare(QLatin1StringView(known), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

std::string_view XmlSaxParser::Name::local() const
{
    // Local names are short and end the expanded name: look for the separator from the end.
    const char* end = m_expanded + std::strlen(m_expanded);
    const char* start = end;
    while (start != m_expanded && start[-1] != kSeparator)
        --start;
    return std::string_view(start, static_cast<size_t>(end - start));
}

std::string_view XmlSaxParser::Attributes::value(std::string_view name) const
{
    for (const char** pair = m_pairs; pair && *pair; pair += 2)
        if (equals(pair[0], name)) // a prefixed attribute's name carries its namespace URI, so never matches
            return pair[1];
    return {};
}

XmlSaxParser::XmlSaxParser(QIODevice* device, Handler& handler)
    : m_parser(XML_ParserCreateNS(nullptr, kSeparator)), m_device(device), m_handler(handler)
{
    if (!m_parser)
        return; // parse() fails
    // expat's own limit on entity amplification (billion laughs) stays on at its defaults; with the DTD
    // refused no entity can be declared anyway.
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XmlSaxParser::onStart, &XmlSaxParser::onEnd);
    XML_SetCharacterDataHandler(m_parser, &XmlSaxParser::onCharacters);
    XML_SetStartDoctypeDeclHandler(m_parser, &XmlSaxParser::onDoctype);
}

XmlSaxParser::~XmlSaxParser()
{
    if (m_parser)
        XML_ParserFree(m_parser);
}

XmlSaxParser::Status XmlSaxParser::parse()
{
    if (m_ended)
        return m_endStatus;
    if (!m_parser) {
        m_error = QStringLiteral("out of memory");
        m_ended = true;
        return m_endStatus = Status::Failed;
    }
    for (;;) {
        XML_Status status;
        if (m_suspended) {
            m_suspended = false;
            status = XML_ResumeParser(m_parser);
        } else {
            void* buffer = XML_GetBuffer(m_parser, kChunkSize);
            if (!buffer)
                return end(Status::Failed);
            const qint64 read = m_device->read(static_cast<char*>(buffer), kChunkSize);
            m_final = read <= 0;
            const std::string_view bytes(static_cast<const char*>(buffer), m_final ? 0 : static_cast<size_t>(read));
            if (!m_started) {
                m_started = true;
                chooseEncoding(bytes);
                if (m_markContradictsDeclaration)
                    return end(Status::Failed);
            }
            if (!m_transcoder) {
                status = XML_ParseBuffer(m_parser, static_cast<int>(bytes.size()), m_final);
            } else {
                // Bytes the encoding has no character for become U+FFFD, as they did in QXmlStreamReader.
                const QString text =
                    (*m_transcoder)(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
                const QByteArray utf8 = text.toUtf8();
                status = XML_Parse(m_parser, utf8.constData(), static_cast<int>(utf8.size()), m_final);
            }
        }
        if (m_doctype)
            return end(Status::Failed);
        if (m_stopped)
            return end(Status::Stopped);
        if (status == XML_STATUS_SUSPENDED)
            return Status::Suspended;
        if (status == XML_STATUS_ERROR)
            return end(Status::Failed);
        if (m_final)
            return end(Status::Finished);
    }
}

void XmlSaxParser::chooseEncoding(std::string_view head)
{
    // QXmlStreamReader decodes with the declared encoding, even after a byte order mark: a mark that says
    // otherwise garbles the document. expat checks a UTF-16 mark against the declaration itself.
    if (startsWith(head, "\xFF\xFE") || startsWith(head, "\xFE\xFF"))
        return;
    const bool utf8Mark = startsWith(head, "\xEF\xBB\xBF");
    const std::string_view declared = declaredEncoding(utf8Mark ? head.substr(3) : head);
    if (declared.empty())
        return;
    const std::string name(declared);
    if (utf8Mark) {
        if (QStringConverter::encodingForName(name.c_str()) == QStringConverter::Utf8)
            XML_SetEncoding(m_parser, "UTF-8"); // the declaration may spell it "utf8", unknown to expat
        else
            m_markContradictsDeclaration = true;
        return;
    }
    if (expatDecodes(declared))
        return;
    m_transcoder.emplace(name.c_str());
    if (!m_transcoder->isValid()) {
        m_transcoder.reset();
        return; // expat refuses the unknown encoding, as QXmlStreamReader did
    }
    // Set before the first byte is parsed, the only time expat takes it; it then ignores the declaration.
    XML_SetEncoding(m_parser, "UTF-8");
}

void XmlSaxParser::suspend()
{
    if (!m_suspended && !m_stopped && XML_StopParser(m_parser, XML_TRUE) == XML_STATUS_OK)
        m_suspended = true;
}

void XmlSaxParser::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_suspended = false;
    XML_StopParser(m_parser, XML_FALSE);
}

XmlSaxParser::Status XmlSaxParser::end(Status status)
{
    m_ended = true;
    m_endStatus = status;
    if (status != Status::Failed)
        return status;
    if (m_doctype) {
        m_error = QStringLiteral("DTD not allowed");
    } else if (m_markContradictsDeclaration) {
        m_error = QStringLiteral("the byte order mark contradicts the declared encoding");
    } else {
        const XML_Error code = XML_GetErrorCode(m_parser);
        m_error = QStringLiteral("%1 at line %2, column %3")
                      .arg(QString::fromUtf8(XML_ErrorString(code)))
                      .arg(XML_GetCurrentLineNumber(m_parser))
                      .arg(XML_GetCurrentColumnNumber(m_parser) + 1);
    }
    return status;
}

void XmlSaxParser::onStart(void* self, const char* name, const char** attributes)
{
    auto* parser = static_cast<XmlSaxParser*>(self);
    if (!parser->m_stopped)
        parser->m_handler.startElement(Name(name), Attributes(attributes));
}

void XmlSaxParser::onEnd(void* self, const char* name)
{
    auto* parser = static_cast<XmlSaxParser*>(self);
    if (!parser->m_stopped)
        parser->m_handler.endElement(Name(name));
}

void XmlSaxParser::onCharacters(void* self, const char* text, int length)
{
    auto* parser = static_cast<XmlSaxParser*>(self);
    if (!parser->m_stopped)
        parser->m_handler.characters(std::string_view(text, static_cast<size_t>(length)));
}

void XmlSaxParser::onDoctype(void* self, const char*, const char*, const char*, int)
{
    auto* parser = static_cast<XmlSaxParser*>(self);
    parser->m_doctype = true;
    parser->stop();
}
