#pragma once

#include <QString>
#include <QStringDecoder>

#include <optional>
#include <string_view>

class QIODevice;
struct XML_ParserStruct;

// A streaming XML parser (expat) reading a QIODevice chunk by chunk, for the parts of an XLSX package that
// can be hundreds of megabytes: it costs a fraction of QXmlStreamReader's CPU per element and its memory
// stays at one chunk, however large the part.
// Elements are reported by local name only: Transitional and Strict OOXML use different namespace URIs
// and some writers put a prefix on every element (x:row), yet all of them mean the same element.
// A document with a DTD is refused: spreadsheets never have one, and entity expansion attacks start there.
// Encodings are taken as QXmlStreamReader took them: the declared one decides, and one expat does not know
// itself (GBK, GB2312, "utf8" ...) is decoded with QStringDecoder.
class XmlSaxParser {
public:
    // An element's name, valid during the handler call only. The local part is found when asked for: most
    // end tags need no name at all, and finding it means going over the namespace URI.
    class Name {
    public:
        explicit Name(const char* expanded) : m_expanded(expanded) {}
        std::string_view local() const;

    private:
        const char* m_expanded; // "namespace-URI<separator>local name", or the bare name outside any namespace
    };

    // The attributes of one start tag, valid during the startElement() call only.
    class Attributes {
    public:
        explicit Attributes(const char** pairs) : m_pairs(pairs) {}
        // The value of the attribute `name` without a namespace prefix (as QXmlStreamAttributes::value()
        // matches on the qualified name, x:r is not r); empty when absent. UTF-8.
        std::string_view value(std::string_view name) const;

    private:
        const char** m_pairs;
    };

    // Text is UTF-8 whatever the document's encoding. characters() may split one text node into several
    // calls and also reports whitespace between elements.
    class Handler {
    public:
        virtual void startElement(const Name& name, const Attributes& attributes) = 0;
        virtual void endElement(const Name& name) = 0;
        virtual void characters(std::string_view text) = 0;

    protected:
        ~Handler() = default;
    };

    enum class Status {
        Suspended, // a handler called suspend(): parse() again to go on
        Stopped,   // a handler called stop()
        Finished,  // the document ended well-formed
        Failed,    // not well-formed, has a DTD, expands entities too much or is not in its encoding: errorString()
    };

    XmlSaxParser(QIODevice* device, Handler& handler); // neither is owned
    ~XmlSaxParser();
    XmlSaxParser(const XmlSaxParser&) = delete;
    XmlSaxParser& operator=(const XmlSaxParser&) = delete;

    // Reads and parses until a handler suspends or stops, or the document ends. A read error ends the input
    // there, as it does for QXmlStreamReader; a document cut short that way is not well-formed.
    Status parse();
    // For handlers. Both take effect when the current callback returns; after suspend() the end of an empty
    // element whose start tag suspended is still reported before parse() returns. After stop() nothing more
    // is reported, and the parser cannot go on.
    void suspend();
    void stop();

    QString errorString() const { return m_error; }

private:
    static void onStart(void* self, const char* name, const char** attributes);
    static void onEnd(void* self, const char* name);
    static void onCharacters(void* self, const char* text, int length);
    static void onDoctype(void* self, const char* name, const char* systemId, const char* publicId,
                          int hasInternalSubset);
    Status end(Status status);
    void chooseEncoding(std::string_view head);

    XML_ParserStruct* m_parser;
    QIODevice* m_device;
    Handler& m_handler;
    bool m_suspended = false;
    bool m_stopped = false;
    bool m_doctype = false;
    bool m_final = false;
    bool m_started = false;
    bool m_markContradictsDeclaration = false;
    std::optional<QStringDecoder> m_transcoder; // to UTF-8, for what expat cannot decode
    bool m_ended = false;
    Status m_endStatus = Status::Finished;
    QString m_error;
};
