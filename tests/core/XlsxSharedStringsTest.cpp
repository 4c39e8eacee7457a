#include "XlsxSharedStrings.h"

#include <QBuffer>

#include <gtest/gtest.h>

namespace {

bool readTable(XlsxSharedStrings& strings, const QByteArray& xml, qint64 maxChars = 1000)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return strings.read(&buffer, maxChars);
}

} // namespace

TEST(XlsxSharedStrings, ItemsWhateverTheirShape)
{
    XlsxSharedStrings strings;
    ASSERT_TRUE(readTable(strings, "<?xml version=\"1.0\"?><x:sst xmlns:x=\"http://schemas.openxmlformats.org/"
                                   "spreadsheetml/2006/main\" uniqueCount=\"999999999999\">"
                                   "<x:si><x:t>客户</x:t></x:si>"
                                   "<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>a</x:t></x:r><x:r><x:t xml:space=\"preserve\"> b"
                                   "</x:t></x:r><x:rPh><x:t>ruby</x:t></x:rPh></x:si>"
                                   "<x:si/>"
                                   "<x:si><x:t>x_x000D__x000A_y &amp; <![CDATA[<z>]]></x:t></x:si>"
                                   "<x:si><x:t>t<x:b>skipped</x:b>ail</x:t></x:si>"
                                   "</x:sst>"));
    ASSERT_EQ(strings.size(), 5);
    EXPECT_EQ(strings.at(0), QStringLiteral("客户"));
    EXPECT_EQ(strings.at(1), QStringLiteral("a b"));
    EXPECT_EQ(strings.at(2), QString());
    EXPECT_EQ(strings.at(3), QStringLiteral("x\r\ny & <z>"));
    EXPECT_EQ(strings.at(4), QStringLiteral("tail"));
    EXPECT_EQ(strings.at(5), QString());
    EXPECT_EQ(strings.at(-1), QString());
}

TEST(XlsxSharedStrings, TooMuchTextDamageAndDtdAreRefused)
{
    XlsxSharedStrings strings;
    QByteArray many = "<sst uniqueCount=\"-5\">";
    for (int i = 0; i < 100; ++i)
        many += "<si><t>abc</t></si>";
    EXPECT_TRUE(readTable(strings, many + "</sst>", 100 * 19));
    EXPECT_EQ(strings.size(), 100);
    EXPECT_FALSE(readTable(strings, many + "</sst>", 100 * 19 - 1)); // 3 characters and 16 for each string
    EXPECT_EQ(strings.errorString().toStdString(), "too large");
    EXPECT_EQ(strings.size(), 0);

    EXPECT_FALSE(readTable(strings, "<sst><si><t>a</t></si>"));
    EXPECT_NE(strings.errorString(), QStringLiteral("too large"));
    EXPECT_EQ(strings.size(), 0);
    EXPECT_FALSE(readTable(strings, "<!DOCTYPE sst [<!ENTITY e \"x\">]><sst><si><t>&e;</t></si></sst>"));
    EXPECT_FALSE(readTable(strings, "<sst><si><t>a</t></si></sst>junk"));
}
