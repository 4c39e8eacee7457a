#include "CsvEncoding.h"
#include "CsvReader.h"
#include "TabularSource.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QStringEncoder>
#include <QTemporaryDir>
#include "SharedTestData.h"

#include <gtest/gtest.h>

namespace {

std::unique_ptr<CsvReader> openBytes(const QByteArray& bytes, const TabularOptions& options = {})
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto reader = CsvReader::open(std::move(buffer), QStringLiteral("test"), QStringLiteral("test.csv"), options);
    EXPECT_TRUE(reader.ok()) << reader.error().toStdString();
    return reader ? std::move(reader).value() : nullptr;
}

QList<SourceRow> readAll(TabularSource& source)
{
    QList<SourceRow> rows;
    while (auto row = source.nextRow())
        rows.append(*row);
    return rows;
}

QList<QStringList> cellsOf(const QList<SourceRow>& rows)
{
    QList<QStringList> cells;
    for (const auto& row : rows)
        cells.append(row.cells);
    return cells;
}

QString writeTemp(QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(CsvReader, FebrlCommaSpaceFileWithCrLfAndNoFinalNewline)
{
    auto source = TabularSource::open(sharedData(QStringLiteral("febrl/dataset4a.csv")));
    ASSERT_TRUE(source.ok()) << source.error().toStdString();
    EXPECT_EQ((*source)->delimiter(), QChar(u','));
    EXPECT_EQ((*source)->encoding(), QStringLiteral("UTF-8"));
    EXPECT_EQ((*source)->sheetNames(), QStringList{QStringLiteral("dataset4a")});
    const auto rows = readAll(**source);
    EXPECT_TRUE((*source)->error().isEmpty()) << (*source)->error().toStdString();
    ASSERT_EQ(rows.size(), 5001);
    EXPECT_EQ(rows.first().cells.size(), 11);
    EXPECT_EQ(rows.first().cells[0], QStringLiteral("rec_id"));
    EXPECT_EQ(rows.first().cells[1], QStringLiteral(" given_name")); // the importer trims, not the reader
    EXPECT_EQ(rows[1].number, 2);
    EXPECT_EQ(rows[1].cells[2], QStringLiteral(" neumann"));
    EXPECT_EQ(rows.last().number, 5001);
    EXPECT_EQ(rows.last().cells.size(), 11);
    EXPECT_EQ(rows.last().cells[0], QStringLiteral("rec-66-org"));
    EXPECT_EQ(rows.last().cells[10], QStringLiteral(" 6375537")); // no CR left at the end of the file
    EXPECT_DOUBLE_EQ((*source)->progress(), 1.0);
}

TEST(CsvReader, FebrlFilesAllHaveElevenColumns)
{
    for (const char* name : {"dataset1.csv", "dataset2.csv", "dataset3.csv", "dataset4b.csv"}) {
        auto source = TabularSource::open(sharedData(QStringLiteral("febrl/") + QLatin1String(name)));
        ASSERT_TRUE(source.ok()) << source.error().toStdString();
        const auto rows = readAll(**source);
        ASSERT_GT(rows.size(), 1000) << name;
        for (const auto& row : rows)
            ASSERT_EQ(row.cells.size(), 11) << name << " row " << row.number;
    }
}

TEST(CsvReader, QuotedFieldsWithNewlinesDoubledQuotesAndDelimiters)
{
    auto reader = openBytes("name,notes,phone\r\n"
                            "\"Zhang, Wei\",\"line 1\nline 2\r\nline 3\",13800138000\r\n"
                            "\"say \"\"hi\"\"\",,\"\"\n"
                            "plain,\"a\"\"b\",x");
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[1].cells, (QStringList{QStringLiteral("Zhang, Wei"), QStringLiteral("line 1\nline 2\r\nline 3"),
                                          QStringLiteral("13800138000")}));
    EXPECT_EQ(rows[1].number, 2);
    EXPECT_EQ(rows[2].cells, (QStringList{QStringLiteral("say \"hi\""), QString(), QString()}));
    EXPECT_EQ(rows[2].number, 3); // a record number, not a line number
    EXPECT_EQ(rows[3].cells, (QStringList{QStringLiteral("plain"), QStringLiteral("a\"b"), QStringLiteral("x")}));
}

TEST(CsvReader, LineEndsCrLfLfAndLoneCr)
{
    auto reader = openBytes("a,b\rc,d\ne,f\r\ng,h\r");
    EXPECT_EQ(cellsOf(readAll(*reader)),
              (QList<QStringList>{{"a", "b"}, {"c", "d"}, {"e", "f"}, {"g", "h"}}));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted)
{
    auto reader = openBytes("h1,h2\n\n,\nv1,v2\n\n");
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].number, 4);
    EXPECT_EQ(rows[1].cells, (QStringList{"v1", "v2"}));
}

TEST(CsvReader, TextAfterClosingQuoteIsKeptAndQuotesInsideFieldsAreLiteral)
{
    auto reader = openBytes("\"ab\"cd,e\"f\"g, \"h\"\n");
    EXPECT_EQ(cellsOf(readAll(*reader)), (QList<QStringList>{{"abcd", "e\"f\"g", " \"h\""}}));
}

TEST(CsvReader, UnterminatedQuoteTakesTheRestOfTheFile)
{
    auto reader = openBytes("a,b\n1,\"open\n2,3\n");
    const auto rows = readAll(*reader);
    EXPECT_TRUE(reader->error().isEmpty());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].cells, (QStringList{"1", "open\n2,3\n"}));
}

TEST(CsvReader, OverlongRecordIsAnErrorNotUnboundedMemory)
{
    QByteArray bytes = "a,b\n1,\"";
    bytes.append(QByteArray(3 * 1024 * 1024, 'x'));
    auto reader = openBytes(bytes);
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(reader->error().toStdString(),
              "Row 2 of “test.csv” is too long (over a million characters); a quote may never be closed.");
}

TEST(CsvReader, Utf8WithBom)
{
    auto reader = openBytes("\xEF\xBB\xBF姓名,电话\n张伟,13800138000\n");
    EXPECT_EQ(reader->encoding(), QStringLiteral("UTF-8"));
    EXPECT_EQ(cellsOf(readAll(*reader)), (QList<QStringList>{{"姓名", "电话"}, {"张伟", "13800138000"}}));
}

TEST(CsvReader, GbkIsDetectedFromInvalidUtf8)
{
    QStringEncoder gbk("GB18030");
    ASSERT_TRUE(gbk.isValid()) << "Qt without ICU: no GB18030";
    const QByteArray bytes = gbk.encode(QStringLiteral("客户名称,手机,地址\n张伟,13800138000,北京市朝阳区\n"));
    auto reader = openBytes(bytes);
    EXPECT_EQ(reader->encoding(), QStringLiteral("GB18030"));
    EXPECT_EQ(cellsOf(readAll(*reader)),
              (QList<QStringList>{{"客户名称", "手机", "地址"}, {"张伟", "13800138000", "北京市朝阳区"}}));
}

TEST(CsvReader, GbkAfterALongAsciiPartIsStillDetected)
{
    QTemporaryDir dir;
    QByteArray bytes = "code,name\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "C" + QByteArray::number(100000 + i) + ",customer\n";
    QStringEncoder gbk("GB18030");
    bytes += gbk.encode(QStringLiteral("C999999,王芳\n"));
    auto source = TabularSource::open(writeTemp(dir, QStringLiteral("late.csv"), bytes));
    ASSERT_TRUE(source.ok());
    EXPECT_EQ((*source)->encoding(), QStringLiteral("GB18030"));
    const auto rows = readAll(**source);
    ASSERT_EQ(rows.size(), 20002);
    EXPECT_EQ(rows.last().cells[1], QStringLiteral("王芳"));
}

TEST(CsvReader, EncodingOverride)
{
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(QStringLiteral("名称\n李四\n"));
    TabularOptions options;
    options.encoding = QStringLiteral("gbk");
    auto reader = openBytes(bytes, options);
    EXPECT_EQ(reader->encoding(), QStringLiteral("GB18030"));
    EXPECT_EQ(cellsOf(readAll(*reader)), (QList<QStringList>{{"名称"}, {"李四"}}));

    options.encoding = QStringLiteral("utf-8"); // wrong on purpose: decodes with replacement characters, no crash
    auto forced = openBytes(bytes, options);
    EXPECT_EQ(forced->encoding(), QStringLiteral("UTF-8"));
    EXPECT_EQ(readAll(*forced).size(), 2);

    options.encoding = QStringLiteral("no-such-encoding");
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto failed = CsvReader::open(std::move(buffer), QStringLiteral("t"), QStringLiteral("t.csv"), options);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().toStdString(), "The text encoding “no-such-encoding” is not available.");
}

TEST(CsvReader, Utf16WithBomAndWithout)
{
    const QString text = QStringLiteral("姓名\t城市\r\n王芳\t上海\r\n");
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QStringEncoder bare(QStringConverter::Utf16LE);
    const QList<QStringList> expected{{"姓名", "城市"}, {"王芳", "上海"}};
    auto a = openBytes(le.encode(text));
    EXPECT_EQ(a->encoding(), QStringLiteral("UTF-16LE"));
    EXPECT_EQ(a->delimiter(), QChar(u'\t'));
    EXPECT_EQ(cellsOf(readAll(*a)), expected);
    auto b = openBytes(be.encode(text));
    EXPECT_EQ(b->encoding(), QStringLiteral("UTF-16BE"));
    EXPECT_EQ(cellsOf(readAll(*b)), expected);
    auto c = openBytes(bare.encode(QStringLiteral("name,city\r\nWang Fang,上海\r\nLi Si,北京\r\n")));
    EXPECT_EQ(c->encoding(), QStringLiteral("UTF-16LE"));
    EXPECT_EQ(cellsOf(readAll(*c)), (QList<QStringList>{{"name", "city"}, {"Wang Fang", "上海"}, {"Li Si", "北京"}}));
}

TEST(CsvReader, MultibyteCharactersSplitAcrossChunks)
{
    // 3-byte UTF-8 characters, 2-byte GB18030 characters and 2-byte UTF-16 units all land across 64 KiB
    // chunk boundaries somewhere in 30,000 rows.
    QString text = QStringLiteral("名字,备注\n");
    for (int i = 0; i < 30000; ++i)
        text += QStringLiteral("客户%1,\"多行\n备注\"\n").arg(i);
    for (const char* encoding : {"UTF-8", "GB18030", "UTF-16LE"}) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        auto reader = openBytes(encoder.encode(text));
        const auto rows = readAll(*reader);
        ASSERT_EQ(rows.size(), 30001) << encoding;
        for (int i = 0; i < 30000; ++i) {
            ASSERT_EQ(rows[i + 1].cells[0], QStringLiteral("客户%1").arg(i)) << encoding;
            ASSERT_EQ(rows[i + 1].cells[1], QStringLiteral("多行\n备注")) << encoding;
        }
    }
}

TEST(CsvReader, DelimiterSniffing)
{
    EXPECT_EQ(CsvReader::sniffDelimiter(u"a;b;c\n1,5;2;3\n4;5,5;6\n", true), QChar(u';'));
    EXPECT_EQ(CsvReader::sniffDelimiter(u"a\tb\n1\t2\n", true), QChar(u'\t'));
    EXPECT_EQ(CsvReader::sniffDelimiter(u"a|b|c\n1|2|3\n", true), QChar(u'|'));
    EXPECT_EQ(CsvReader::sniffDelimiter(u"a, b, c\n1, 2, 3\n", true), QChar(u','));
    EXPECT_EQ(CsvReader::sniffDelimiter(u"\"x;y\",b\n\"1;2;3\",c\n", true), QChar(u','));
    EXPECT_EQ(CsvReader::sniffDelimiter(u"single column\nvalue\n", true), QChar(u','));
    EXPECT_EQ(CsvReader::sniffDelimiter(u"", true), QChar(u','));

    TabularOptions options;
    options.delimiter = u';';
    auto reader = openBytes("a,b;c\n", options);
    EXPECT_EQ(cellsOf(readAll(*reader)), (QList<QStringList>{{"a,b", "c"}}));

    options.delimiter = u'\n';
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData("a\nb\n");
    buffer->open(QIODevice::ReadOnly);
    auto refused = CsvReader::open(std::move(buffer), QStringLiteral("t"), QStringLiteral("t.csv"), options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().toStdString(), "Quotes and line breaks cannot be the delimiter of a CSV file.");
}

TEST(CsvReader, SelectSheetStartsAgain)
{
    auto reader = openBytes("h\n1\n2\n");
    EXPECT_EQ(readAll(*reader).size(), 3);
    ASSERT_TRUE(reader->selectSheet(0).ok());
    const auto again = readAll(*reader);
    ASSERT_EQ(again.size(), 3);
    EXPECT_EQ(again[0].number, 1);
    EXPECT_FALSE(reader->selectSheet(1).ok());
}

TEST(CsvReader, BinaryFileIsRefused)
{
    QTemporaryDir dir;
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i % 256));
    auto source = TabularSource::open(writeTemp(dir, QStringLiteral("photo.csv"), bytes));
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().toStdString(), "“photo.csv” is neither a spreadsheet nor a text (CSV) file.");
}

TEST(CsvReader, EmptyFileHasNoRows)
{
    auto reader = openBytes(QByteArray());
    EXPECT_FALSE(reader->nextRow().has_value());
    EXPECT_TRUE(reader->error().isEmpty());
}

TEST(CsvEncoding, Guesses)
{
    EXPECT_EQ(CsvEncoding::guess("abc", true).name, QStringLiteral("UTF-8"));
    EXPECT_TRUE(CsvEncoding::guess("abc", true).asciiOnly);
    EXPECT_EQ(CsvEncoding::guess("\xE4\xB8\xAD", true).name, QStringLiteral("UTF-8"));
    EXPECT_EQ(CsvEncoding::guess("\xE4\xB8", true).name, QStringLiteral("GB18030")); // cut at the end of the file
    EXPECT_EQ(CsvEncoding::guess("\xE4\xB8", false).name, QStringLiteral("UTF-8"));  // cut at the end of a chunk
    EXPECT_EQ(CsvEncoding::guess("\xD5\xC5\xCE\xB0", true).name, QStringLiteral("GB18030")); // 张伟
    EXPECT_EQ(CsvEncoding::canonicalName(QStringLiteral("GBK")), QStringLiteral("GB18030"));
    EXPECT_EQ(CsvEncoding::canonicalName(QStringLiteral("auto")), QString());
}
