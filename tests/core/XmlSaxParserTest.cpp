#include "XmlSaxParser.h"

#include <QBuffer>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

// Records the events as text: "<name r=..>", "</name>", and the characters between them joined.
class Recorder : public XmlSaxParser::Handler {
public:
    std::vector<std::string> events;
    std::string text;
    XmlSaxParser* parser = nullptr;
    std::string suspendAfter; // an end tag's local name
    std::string stopAt;       // a start tag's local name

    void startElement(const XmlSaxParser::Name& name, const XmlSaxParser::Attributes& attributes) override
    {
        events.push_back("<" + std::string(name.local()) + " r=" + std::string(attributes.value("r")) + ">");
        if (name.local() == stopAt)
            parser->stop();
    }
    void endElement(const XmlSaxParser::Name& name) override
    {
        events.push_back("</" + std::string(name.local()) + ">");
        if (name.local() == suspendAfter)
            parser->suspend();
    }
    void characters(std::string_view chunk) override { text.append(chunk); }
};

struct Parsed {
    QBuffer buffer;
    Recorder recorder;
    XmlSaxParser parser;

    explicit Parsed(const QByteArray& xml) : parser(&buffer, recorder)
    {
        buffer.setData(xml);
        buffer.open(QIODevice::ReadOnly);
        recorder.parser = &parser;
    }
};

} // namespace

TEST(XmlSaxParser, LocalNamesWhateverThePrefixOrNamespace)
{
    Parsed run("<x:a xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><b xmlns=\"urn:v\"><c/></b><x:d/></x:a>");
    EXPECT_EQ(run.parser.parse(), XmlSaxParser::Status::Finished);
    EXPECT_EQ(run.recorder.events, (std::vector<std::string>{"<a r=>", "<b r=>", "<c r=>", "</c>", "</b>", "<d r=>",
                                                             "</d>", "</a>"}));
}

TEST(XmlSaxParser, PrefixedAttributesAreNotPlainOnes)
{
    Parsed run("<a xmlns:x=\"urn:x\"><b x:r=\"1\" r=\"2\"/><c x:r=\"3\"/><d rr=\"4\"/></a>");
    EXPECT_EQ(run.parser.parse(), XmlSaxParser::Status::Finished);
    EXPECT_EQ(run.recorder.events[1], "<b r=2>");
    EXPECT_EQ(run.recorder.events[3], "<c r=>");
    EXPECT_EQ(run.recorder.events[5], "<d r=>");
}

TEST(XmlSaxParser, SuspendsAndGoesOnAcrossChunks)
{
    // Far more than one read chunk, so texts and tags are cut at chunk ends.
    QByteArray xml("<a>");
    std::string expected;
    for (int i = 0; i < 40000; ++i) {
        const QByteArray item = "客户&amp;" + QByteArray::number(i);
        xml += "<i><![CDATA[<]]>" + item + "</i>";
        expected += "<" + QString::fromUtf8(item).replace(QLatin1String("&amp;"), QLatin1String("&")).toStdString();
    }
    xml += "</a>";
    Parsed run(xml);
    run.recorder.suspendAfter = "i";
    int suspended = 0;
    XmlSaxParser::Status status;
    while ((status = run.parser.parse()) == XmlSaxParser::Status::Suspended) {
        ++suspended;
        ASSERT_EQ(run.recorder.events.back(), "</i>");
    }
    EXPECT_EQ(status, XmlSaxParser::Status::Finished);
    EXPECT_EQ(suspended, 40000);
    EXPECT_EQ(run.recorder.text, expected);
    EXPECT_EQ(run.parser.parse(), XmlSaxParser::Status::Finished);
}

TEST(XmlSaxParser, StopReportsNothingMore)
{
    Parsed run("<a><b r=\"1\"/><c/></a>");
    run.recorder.stopAt = "b";
    EXPECT_EQ(run.parser.parse(), XmlSaxParser::Status::Stopped);
    EXPECT_EQ(run.recorder.events, (std::vector<std::string>{"<a r=>", "<b r=1>"})); // not even </b>
    EXPECT_EQ(run.parser.parse(), XmlSaxParser::Status::Stopped);
}

TEST(XmlSaxParser, DtdAndBrokenDocumentsFail)
{
    Parsed dtd("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>");
    EXPECT_EQ(dtd.parser.parse(), XmlSaxParser::Status::Failed);
    EXPECT_EQ(dtd.parser.errorString().toStdString(), "DTD not allowed");
    EXPECT_TRUE(dtd.recorder.events.empty());

    for (const char* broken : {"", "<a>", "<a></b>", "<x:a/>", "<a>\x01</a>", "<a>\xff</a>", "<a/><b/>"}) {
        Parsed run(broken);
        EXPECT_EQ(run.parser.parse(), XmlSaxParser::Status::Failed) << broken;
        EXPECT_FALSE(run.parser.errorString().isEmpty());
    }
}

TEST(XmlSaxParser, EncodingsAsQXmlStreamReaderTookThem)
{
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid());
    const QByteArray chinese = gbk(QStringLiteral("客户"));
    for (const char* name : {"GBK", "gb2312", "GB18030"}) {
        Parsed run("<?xml version=\"1.0\" encoding=\"" + QByteArray(name) + "\"?><a>" + chinese + "</a>");
        EXPECT_EQ(run.parser.parse(), XmlSaxParser::Status::Finished) << name;
        EXPECT_EQ(run.recorder.text, "客户") << name;
    }
    Parsed utf8Spelling("<?xml version='1.0' encoding='utf8'?><a>客户</a>");
    EXPECT_EQ(utf8Spelling.parser.parse(), XmlSaxParser::Status::Finished);
    EXPECT_EQ(utf8Spelling.recorder.text, "客户");

    Parsed latin1("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xe9</a>");
    EXPECT_EQ(latin1.parser.parse(), XmlSaxParser::Status::Finished);
    EXPECT_EQ(latin1.recorder.text, "é");

    const char utf16Bytes[] = "\xFF\xFE<\0a\0>\0\xA2\x5B\x37\x62<\0/\0a\0>\0";
    Parsed utf16(QByteArray(utf16Bytes, sizeof(utf16Bytes) - 1));
    EXPECT_EQ(utf16.parser.parse(), XmlSaxParser::Status::Finished);
    EXPECT_EQ(utf16.recorder.text, "客户");

    // Bytes without a character in the encoding are replaced, not damage...
    Parsed notGbk("<?xml version=\"1.0\" encoding=\"GBK\"?><a>x\x81 y</a>");
    EXPECT_EQ(notGbk.parser.parse(), XmlSaxParser::Status::Finished);
    EXPECT_EQ(notGbk.recorder.text, "x\uFFFD y");
    Parsed notAscii("<?xml version=\"1.0\" encoding=\"US-ASCII\"?><a>x\xc3\xa9</a>");
    EXPECT_EQ(notAscii.parser.parse(), XmlSaxParser::Status::Finished);
    EXPECT_EQ(notAscii.recorder.text, "x\uFFFD\uFFFD");

    // ...but a byte order mark that contradicts the declaration, and encodings nobody knows, are.
    Parsed markAndGbk("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"GBK\"?><a>x</a>");
    EXPECT_EQ(markAndGbk.parser.parse(), XmlSaxParser::Status::Failed);
    Parsed unknown("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><a>x</a>");
    EXPECT_EQ(unknown.parser.parse(), XmlSaxParser::Status::Failed);
}
