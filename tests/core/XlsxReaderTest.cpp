#include "TabularSource.h"
#include "XlsxCellText.h"
#include "XlsxPackage.h"
#include "XlsxReader.h"
#include "XlsxStyles.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QMap>
#include <QStringEncoder>
#include <QTemporaryDir>
#include "SharedTestData.h"

#include <gtest/gtest.h>

namespace {

QString sharedXlsx(const QString& name)
{
    return sharedData(QStringLiteral("xlsx/") + name + QStringLiteral(".xlsx"));
}

std::unique_ptr<TabularSource> openShared(const QString& name)
{
    auto source = TabularSource::open(sharedXlsx(name));
    EXPECT_TRUE(source.ok()) << name.toStdString() << ": " << source.error().toStdString();
    return source ? std::move(source).value() : nullptr;
}

QString columnName(int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

// Every non-empty cell of a sheet by its A1 reference.
QMap<QString, QString> cellsOf(TabularSource& source, int sheet)
{
    QMap<QString, QString> cells;
    EXPECT_TRUE(source.selectSheet(sheet).ok()) << source.error().toStdString();
    while (auto row = source.nextRow())
        for (int c = 0; c < row->cells.size(); ++c)
            if (!row->cells[c].isEmpty())
                cells.insert(columnName(c) + QString::number(row->number), row->cells[c]);
    EXPECT_TRUE(source.error().isEmpty()) << source.error().toStdString();
    return cells;
}

QList<SourceRow> rowsOf(TabularSource& source, int sheet)
{
    QList<SourceRow> rows;
    EXPECT_TRUE(source.selectSheet(sheet).ok()) << source.error().toStdString();
    while (auto row = source.nextRow())
        rows.append(*row);
    EXPECT_TRUE(source.error().isEmpty()) << source.error().toStdString();
    return rows;
}

// --- a minimal zip writer (stored entries), so the tests can make any package, broken ones included ---

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= static_cast<unsigned char>(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray& out, quint32 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

using Parts = QList<QPair<QString, QByteArray>>;

QByteArray zip(const Parts& parts)
{
    QByteArray out;
    QByteArray central;
    for (const auto& [name, data] : parts) {
        const QByteArray utf8 = name.toUtf8();
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0x0800); // UTF-8 names
        put16(out, 0);      // stored
        put16(out, 0);
        put16(out, 0x21); // 1980-01-01
        put32(out, crc);
        put32(out, quint32(data.size()));
        put32(out, quint32(data.size()));
        put16(out, quint32(utf8.size()));
        put16(out, 0);
        out.append(utf8);
        out.append(data);

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0x0800);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, quint32(data.size()));
        put32(central, quint32(data.size()));
        put16(central, quint32(utf8.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central.append(utf8);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(parts.size()));
    put16(out, quint32(parts.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A package as Excel or LibreOffice writes it; cellXfs: 0 General, 1 date (14), 2 datetime (22), 3 time (21),
// 4 a custom Chinese date, 5 [h]:mm:ss.
Parts workbookParts(const QByteArray& sheetData, const QByteArray& sharedStrings = {},
                    const QByteArray& workbookPr = {}, const QByteArray& sheetsXml = {})
{
    Parts parts;
    parts.append({QStringLiteral("[Content_Types].xml"), "<?xml version=\"1.0\"?><Types/>"});
    parts.append({QStringLiteral("_rels/.rels"),
                  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  "relationships\"><Relationship Id=\"rId1\" Type=\"" + kRel + "/officeDocument\" "
                  "Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\"?><workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel + "\">" + workbookPr
                      + "<sheets>"
                      + (sheetsXml.isEmpty() ? QByteArray("<sheet name=\"客户\" sheetId=\"1\" r:id=\"rId1\"/>") : sheetsXml)
                      + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  "relationships\"><Relationship Id=\"rId1\" Type=\"" + kRel + "/worksheet\" "
                  "Target=\"/xl/worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + kRel + "/worksheet\" "
                  "Target=\"worksheets\\sheet2.xml\"/><Relationship Id=\"rId3\" Type=\"" + kRel + "/styles\" "
                  "Target=\"styles.xml\"/><Relationship Id=\"rId4\" Type=\"" + kRel + "/sharedStrings\" "
                  "Target=\"sharedStrings.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/styles.xml"),
                  "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + kMain + "\"><numFmts count=\"2\">"
                  "<numFmt numFmtId=\"176\" formatCode=\"[DBNum1][$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                  "<numFmt numFmtId=\"177\" formatCode=\"[h]:mm:ss\"/></numFmts>"
                  "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                  "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/>"
                  "<xf numFmtId=\"21\"/><xf numFmtId=\"176\"/><xf numFmtId=\"177\"/></cellXfs></styleSheet>"});
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      "<?xml version=\"1.0\"?><sst xmlns=\"" + kMain + "\">" + sharedStrings + "</sst>"});
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                  "<?xml version=\"1.0\"?><worksheet xmlns=\"" + kMain + "\"><sheetData>" + sheetData
                      + "</sheetData></worksheet>"});
    return parts;
}

Result<std::unique_ptr<XlsxReader>> openZip(const QByteArray& bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return XlsxReader::open(std::move(buffer), QStringLiteral("book.xlsx"));
}

std::unique_ptr<XlsxReader> openParts(const Parts& parts)
{
    auto reader = openZip(zip(parts));
    EXPECT_TRUE(reader.ok()) << reader.error().toStdString();
    return reader ? std::move(reader).value() : nullptr;
}

} // namespace

// --- the real files of /work/shared/data/xlsx, values from its MANIFEST.md ---

TEST(XlsxReader, CalamineIssuesSheetsBooleansFormulasAndEntities)
{
    auto source = openShared(QStringLiteral("calamine__issues"));
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames(), (QStringList{"datatypes", "Sheet1", "issue2", "issue5", "issue6", "spc_chrs"}));
    const auto issue2 = rowsOf(*source, 2);
    ASSERT_EQ(issue2.size(), 3);
    EXPECT_EQ(issue2[0].cells, (QStringList{"1", "a"}));
    EXPECT_EQ(issue2[2].cells, (QStringList{"3", "c"}));
    EXPECT_EQ(cellsOf(*source, 3).value("A1"), QStringLiteral("0.5"));
    const auto issue6 = cellsOf(*source, 4);
    EXPECT_EQ(issue6.value("A1"), QStringLiteral("1"));
    EXPECT_EQ(issue6.value("A2"), QStringLiteral("2"));
    EXPECT_EQ(issue6.value("A3"), QStringLiteral("ab"));
    EXPECT_EQ(issue6.value("A4"), QStringLiteral("FALSE"));
    const auto special = cellsOf(*source, 5);
    const QStringList expected{"&", "<", ">", "aaa ' aaa", "\"", "☺", "֍", "àâéêèçöïî«»"};
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(special.value(QStringLiteral("A%1").arg(i + 1)), expected[i]) << i;
    EXPECT_EQ(cellsOf(*source, 0).value("A6"), QStringLiteral("2016-10-20"));
}

TEST(XlsxReader, InlineAndSharedStringsWithNamespacePrefixes)
{
    auto source = openShared(QStringLiteral("calamine__richtext-namespaced"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    EXPECT_EQ(cells.value("A1"), QStringLiteral("inline string\nLine 2\nLine 3"));
    EXPECT_EQ(cells.value("H1"), QStringLiteral("shared string\nLine 2\nLine 3"));
    EXPECT_FALSE(cells.contains("B1"));
    EXPECT_FALSE(cells.contains("G1"));
}

TEST(XlsxReader, RichTextRunsAfterPlainText)
{
    auto source = openShared(QStringLiteral("calamine__richtext-after-plain"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    EXPECT_EQ(cells.value("A2"), QStringLiteral("tvalrval1rval2"));
    for (const char* ref : {"B2", "C2", "D2"})
        EXPECT_EQ(cells.value(ref), QStringLiteral("rval1rval2")) << ref;
}

TEST(XlsxReader, Dates1900AndDurations)
{
    auto source = openShared(QStringLiteral("calamine__date"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    EXPECT_EQ(cells.value("A1"), QStringLiteral("2021-01-01"));
    EXPECT_EQ(cells.value("A2"), QStringLiteral("2021-01-02"));
    EXPECT_EQ(cells.value("A3"), QStringLiteral("255:10:10"));
    EXPECT_EQ(cells.value("B1"), QStringLiteral("15"));
    EXPECT_EQ(cells.value("B3"), QStringLiteral("17"));
}

TEST(XlsxReader, Dates1904)
{
    auto source = openShared(QStringLiteral("calamine__date_1904"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    EXPECT_EQ(cells.value("A1"), QStringLiteral("2021-01-01"));
    EXPECT_EQ(cells.value("A3"), QStringLiteral("255:10:10"));
}

TEST(XlsxReader, MergedCellsKeepTheValueTopLeft)
{
    auto source = openShared(QStringLiteral("calamine__merge_cells"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    EXPECT_EQ(cells, (QMap<QString, QString>{{"A1", "Row Merge"}, {"C1", "Not Merged"}, {"A2", "Column Merge"},
                                             {"B2", "Chunk Merged"}}));
}

TEST(XlsxReader, ErrorCells)
{
    auto source = openShared(QStringLiteral("calamine__errors"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    const QStringList expected{"#DIV/0!", "#NAME?", "#VALUE!", "#NULL!", "#REF!", "#NUM!", "#N/A"};
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(cells.value(QStringLiteral("A%1").arg(i + 1)), expected[i]);
}

TEST(XlsxReader, EscapedCarriageReturnAndEscapedEscape)
{
    auto crlf = openShared(QStringLiteral("calamine__has_x000D_"));
    ASSERT_TRUE(crlf);
    EXPECT_EQ(cellsOf(*crlf, 0).value("A1"), QStringLiteral("ABC\r\nDEF"));
    auto escaped = openShared(QStringLiteral("easyexcel__compatibility_t09"));
    ASSERT_TRUE(escaped);
    const auto cells = cellsOf(*escaped, 0);
    EXPECT_TRUE(cells.values().contains(QStringLiteral("SH_x000D_Z002"))) << cells.first().toStdString();
}

TEST(XlsxReader, PhoneticRunsAreDropped)
{
    auto source = openShared(QStringLiteral("calamine__rph"));
    ASSERT_TRUE(source);
    EXPECT_EQ(cellsOf(*source, 0).value("A1"), QStringLiteral("課きく　毛こ"));
}

TEST(XlsxReader, HiddenAndChartSheetsAreNotListed)
{
    auto source = openShared(QStringLiteral("calamine__any_sheets"));
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames(), QStringList{QStringLiteral("Visible")});
    const auto rows = rowsOf(*source, 0);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].cells, (QStringList{"1", "2"}));
    EXPECT_EQ(rows[2].cells, (QStringList{"5", "6"}));
    EXPECT_EQ(rows[3].number, 5); // row 4 is empty and skipped, numbers stay right
}

TEST(XlsxReader, HeaderNotInRowOne)
{
    auto source = openShared(QStringLiteral("calamine__header-row"));
    ASSERT_TRUE(source);
    const auto rows = rowsOf(*source, 0);
    ASSERT_GE(rows.size(), 3);
    EXPECT_EQ(rows[0].number, 3);
    EXPECT_EQ(rows[0].cells, (QStringList{"", "", "Note 1"}));
    EXPECT_EQ(rows[1].number, 9);
    EXPECT_EQ(rows[1].cells, (QStringList{"Columns", "Column A", "Column B", "Column C"}));
    EXPECT_EQ(rows[2].number, 10);
    EXPECT_EQ(rows[2].cells, (QStringList{"put data here", "1", "2", "3"}));
}

TEST(XlsxReader, LongNumberStoredAsTextStaysExact)
{
    auto source = openShared(QStringLiteral("calamine__string-ref"));
    ASSERT_TRUE(source);
    ASSERT_EQ(source->sheetNames().size(), 2);
    for (int sheet = 0; sheet < 2; ++sheet) {
        const auto rows = rowsOf(*source, sheet);
        ASSERT_EQ(rows.size(), 2);
        EXPECT_EQ(rows[0].cells, QStringList{QStringLiteral("col1")});
        EXPECT_EQ(rows[1].cells, QStringList{QStringLiteral("-8086931554011838357")});
    }
}

TEST(XlsxReader, StrictOoxmlNamespaces)
{
    auto source = openShared(QStringLiteral("calamine__strict_iso_paths"));
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames(), QStringList{QStringLiteral("ml_out")});
    const auto rows = rowsOf(*source, 0);
    EXPECT_EQ(rows.size(), 76);
    qsizetype cells = 0;
    for (const auto& row : rows)
        for (const QString& cell : row.cells)
            cells += cell.isEmpty() ? 0 : 1;
    EXPECT_EQ(cells, 1368);
    ASSERT_GE(rows[0].cells.size(), 14);
    EXPECT_EQ(rows[0].cells.mid(0, 3), (QStringList{"Item", "Thickness", "Number Off Bends"}));
}

TEST(XlsxReader, BackslashPartNamesAndChineseSheetName)
{
    auto source = openShared(QStringLiteral("calamine__issue_530"));
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames().value(0), QStringLiteral("出勤分类组织汇总表"));
    const auto cells = cellsOf(*source, 0);
    EXPECT_EQ(cells.value("A1"), QStringLiteral("报表导出人："));
    EXPECT_EQ(cells.value("B2"), QStringLiteral("2023年03月04日"));
    EXPECT_EQ(cells.value("B3"), QStringLiteral("2023-03-01-2023-03-31"));
}

TEST(XlsxReader, EasyExcelDemoDateTimes)
{
    auto source = openShared(QStringLiteral("easyexcel__demo"));
    ASSERT_TRUE(source);
    ASSERT_EQ(source->sheetNames().size(), 2);
    for (int sheet = 0; sheet < 2; ++sheet) {
        const QString prefix = sheet == 0 ? QString() : QStringLiteral("表2");
        const auto rows = rowsOf(*source, sheet);
        ASSERT_EQ(rows.size(), 11);
        EXPECT_EQ(rows[0].cells, (QStringList{"字符串标题", "日期标题", "数字标题"})); // the same header on both
        for (int k = 0; k < 10; ++k) {
            EXPECT_EQ(rows[k + 1].cells.value(0), prefix + QStringLiteral("字符串%1").arg(k));
            EXPECT_EQ(rows[k + 1].cells.value(1), QStringLiteral("2020-01-%1T01:01:01").arg(k + 1, 2, 10, QChar(u'0')));
            EXPECT_EQ(rows[k + 1].cells.value(2), QString::number(k + 1));
        }
    }
}

TEST(XlsxReader, ChineseDateFormats)
{
    auto source = openShared(QStringLiteral("easyexcel__dataformat"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    // Every A cell holds 2020-01-01 01:01:01; a date-only format still keeps the time of day.
    EXPECT_EQ(cells.value("A4"), QStringLiteral("2020-01-01T01:01:01"));
    EXPECT_EQ(cells.value("A5"), QStringLiteral("2020-01-01T01:01:01"));
    EXPECT_EQ(cells.value("B5"), QStringLiteral("2020年1月1日"));
    EXPECT_EQ(cells.value("B4"), QStringLiteral("2020/1/1"));
    EXPECT_EQ(cells.value("F3"), QStringLiteral("111.11%"));
    EXPECT_EQ(cells.value("F4"), QStringLiteral("￥1.11"));
    EXPECT_EQ(cells.value("E3"), QStringLiteral("1.1111")); // number formats other than dates are not applied
}

TEST(XlsxReader, WpsFileWithLeadingZerosAndDirectoryEntries)
{
    auto source = openShared(QStringLiteral("easyexcel__compatibility_t02"));
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames().value(0), QStringLiteral("测试配方1027"));
    const auto rows = rowsOf(*source, 0);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[2].cells.value(2), QStringLiteral("1，2-戊二醇"));
    EXPECT_EQ(rows[2].cells.value(1), QStringLiteral("01502200"));
    EXPECT_EQ(rows[2].cells.value(12), QStringLiteral("00005"));
    EXPECT_EQ(rows[1].cells.value(6), QStringLiteral("原料中成分含\n量（%）"));
}

TEST(XlsxReader, NumbersAsTextAndFormulaNoise)
{
    auto source = openShared(QStringLiteral("easyexcel__compatibility_t06"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    EXPECT_EQ(cells.value("A1"), QStringLiteral("7.500"));
    EXPECT_EQ(cells.value("B1"), QStringLiteral("278.27"));
    EXPECT_EQ(cells.value("C1"), QStringLiteral("2087.025")); // 2087.0249999999996 shown with Excel's 15 digits
}

TEST(XlsxReader, KoreanLibreOfficeWorkbook)
{
    auto source = openShared(QStringLiteral("qxlsx__WebServer_test"));
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames(), (QStringList{"시트1", "sheet2", "S시트3"}));
    const auto first = cellsOf(*source, 0);
    EXPECT_EQ(first.value("B1"), QStringLiteral("S1 B1"));
    EXPECT_EQ(first.value("A2"), QStringLiteral("S1 A2"));
    EXPECT_EQ(first.value("B2"), QStringLiteral("S1 B2"));
    EXPECT_EQ(first.value("A3"), QStringLiteral("S1 A3 한글"));
    EXPECT_EQ(cellsOf(*source, 1).value("D4"), QStringLiteral("S2 D4 한글"));
    EXPECT_EQ(cellsOf(*source, 2).value("C4"), QStringLiteral("S3 C4 한글"));
}

TEST(XlsxReader, LibreOfficeSparseSheetsAndDates)
{
    auto source = openShared(QStringLiteral("openpyxl__empty_libre"));
    ASSERT_TRUE(source);
    ASSERT_EQ(source->sheetNames().size(), 4);
    EXPECT_EQ(source->sheetNames().value(0), QStringLiteral("Sheet1 - Text"));
    const auto text = cellsOf(*source, 0);
    EXPECT_EQ(text.value("A1"), QStringLiteral("This is cell A1 in Sheet 1"));
    EXPECT_EQ(text.value("G5"), QStringLiteral("This is cell G5"));
    const auto numbers = cellsOf(*source, 1);
    for (int i = 1; i <= 30; ++i) {
        EXPECT_EQ(numbers.value(QStringLiteral("D%1").arg(i)), QString::number(i));
        EXPECT_EQ(numbers.value(QStringLiteral("K%1").arg(i)), XlsxCellText::number(QString::number(i / 100.0)));
    }
    EXPECT_EQ(numbers.value("K10"), QStringLiteral("0.1"));
    EXPECT_EQ(cellsOf(*source, 2).value("D2"), QStringLiteral("5"));
    const auto dates = cellsOf(*source, 3);
    EXPECT_EQ(dates.value("A1"), QStringLiteral("1973-05-20"));
    EXPECT_EQ(dates.value("C1"), QStringLiteral("1973-05-20T09:15:02"));
}

TEST(XlsxReader, TextThatLooksLikeNumbers)
{
    auto source = openShared(QStringLiteral("openpyxl__guess_types"));
    ASSERT_TRUE(source);
    const auto cells = cellsOf(*source, 0);
    EXPECT_EQ(cells.value("A1"), QStringLiteral("3.14"));
    EXPECT_EQ(cells.value("B1"), QStringLiteral("3.14"));
    EXPECT_EQ(cells.value("C1"), QStringLiteral("3/14/15"));
    EXPECT_EQ(cells.value("D1"), QStringLiteral("0.15"));
    EXPECT_EQ(cells.value("E1"), QStringLiteral("0.15"));
    EXPECT_EQ(cells.value("D2"), QStringLiteral("3E5"));
}

TEST(XlsxReader, EveryManifestFileOpensAndReadsToTheEnd)
{
    const QDir dir(sharedData(QStringLiteral("xlsx")));
    const QStringList files = dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files);
    EXPECT_EQ(files.size(), 22);
    for (const QString& file : files) {
        auto source = TabularSource::open(dir.filePath(file));
        ASSERT_TRUE(source.ok()) << file.toStdString() << ": " << source.error().toStdString();
        for (int sheet = 0; sheet < (*source)->sheetNames().size(); ++sheet) {
            ASSERT_TRUE((*source)->selectSheet(sheet).ok()) << file.toStdString();
            while ((*source)->nextRow()) {
            }
            EXPECT_TRUE((*source)->error().isEmpty()) << file.toStdString() << ": " << (*source)->error().toStdString();
            EXPECT_DOUBLE_EQ((*source)->progress(), 1.0);
        }
    }
}

// --- packages made here: what LibreOffice and Excel write for phone numbers and dates ---

TEST(XlsxReader, PhoneNumbersAsNumericCellsComeBackAsDigits)
{
    auto reader = openParts(workbookParts(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"n\"><v>13800138000</v></c><c r=\"B2\" s=\"1\"><v>45356</v></c></row>"
        "<row r=\"3\"><c r=\"A3\"><v>1.38001380000E10</v></c><c r=\"B3\" s=\"2\"><v>45356.3541666667</v></c></row>"
        "<row r=\"4\"><c r=\"A4\"><v>0.1</v></c><c r=\"B4\" s=\"3\"><v>0.354166666666667</v></c></row>"
        "<row r=\"5\"><c r=\"A5\"><v>1234.5</v></c><c r=\"B5\" s=\"4\"><v>45356</v></c></row>"
        "<row r=\"6\"><c r=\"A6\"><v>-2.5E-3</v></c><c r=\"B6\" s=\"5\"><v>1.5</v></c></row>",
        "<si><t>手机</t></si><si><t>日期</t></si>"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->sheetNames(), QStringList{QStringLiteral("客户")});
    const auto rows = rowsOf(*reader, 0);
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows[0].cells, (QStringList{"手机", "日期"}));
    EXPECT_EQ(rows[1].cells, (QStringList{"13800138000", "2024-03-05"}));
    EXPECT_EQ(rows[2].cells, (QStringList{"13800138000", "2024-03-05T08:30:00"}));
    EXPECT_EQ(rows[3].cells, (QStringList{"0.1", "08:30:00"}));
    EXPECT_EQ(rows[4].cells, (QStringList{"1234.5", "2024-03-05"}));
    EXPECT_EQ(rows[5].cells, (QStringList{"-0.0025", "36:00:00"}));
}

TEST(XlsxReader, MissingReferencesBooleansInlineStringsAndIsoDates)
{
    auto reader = openParts(workbookParts(
        "<row><c><v>1</v></c><c t=\"b\"><v>1</v></c><c r=\"E1\" t=\"b\"><v>0</v></c><c t=\"inlineStr\"><is><r><t>a</t>"
        "</r><r><t xml:space=\"preserve\"> b_x000A_c</t></r></is></c></row>"
        "<row><c r=\"B2\" t=\"d\" s=\"1\"><v>2024-03-05T00:00:00Z</v></c><c r=\"C2\" t=\"d\"><v>2024-03-05T08:30:00.000</v></c>"
        "<c r=\"D2\" t=\"str\"><v>x_x005F_y</v></c><c r=\"e2\" t=\"e\"><v>#N/A</v></c></row>"
        "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>99</v></c></row>"
        "<row r=\"8\"><c r=\"C8\" s=\"1\"><v>60</v></c><c r=\"D8\" s=\"1\"><v>61</v></c><c r=\"E8\" s=\"1\"><v>-1</v></c></row>"));
    ASSERT_TRUE(reader);
    const auto rows = rowsOf(*reader, 0);
    ASSERT_EQ(rows.size(), 3); // row 7 points past the shared strings: empty, skipped
    EXPECT_EQ(rows[0].number, 1);
    EXPECT_EQ(rows[0].cells, (QStringList{"1", "TRUE", "", "", "FALSE", "a b\nc"}));
    EXPECT_EQ(rows[1].number, 2);
    EXPECT_EQ(rows[1].cells, (QStringList{"", "2024-03-05", "2024-03-05T08:30:00", "x_y", "#N/A"}));
    EXPECT_EQ(rows[2].number, 8);
    EXPECT_EQ(rows[2].cells, (QStringList{"", "", "1900-02-29", "1900-03-01", "-1"}));
}

TEST(XlsxReader, Date1904AndHiddenSheetsInAMadePackage)
{
    Parts parts = workbookParts("<row r=\"3\"><c r=\"A3\" s=\"1\"><v>42735</v></c></row>", {},
                                "<workbookPr date1904=\"1\"/>",
                                "<sheet name=\"secret\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
                                "<sheet name=\"second\" sheetId=\"2\" r:id=\"rId2\"/>"
                                "<sheet name=\"first\" sheetId=\"3\" r:id=\"rId1\"/>");
    parts.append({QStringLiteral("xl\\worksheets\\sheet2.xml"),
                  "<worksheet xmlns=\"" + kMain + "\"><sheetData><row r=\"1\"><c r=\"B1\"><v>7</v></c></row></sheetData></worksheet>"});
    auto reader = openParts(parts);
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->date1904());
    EXPECT_EQ(reader->sheetNames(), (QStringList{"second", "first"}));
    EXPECT_EQ(cellsOf(*reader, 0), (QMap<QString, QString>{{"B1", "7"}}));
    EXPECT_EQ(cellsOf(*reader, 1), (QMap<QString, QString>{{"A3", "2021-01-01"}}));
    EXPECT_FALSE(reader->selectSheet(2).ok());
    EXPECT_EQ(reader->error().toStdString(), "“book.xlsx” has no sheet number 3.");
}

TEST(XlsxReader, FirstSheetIsSelectedOnOpenAndCanBeReadAgain)
{
    auto reader = openParts(workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"));
    ASSERT_TRUE(reader);
    EXPECT_DOUBLE_EQ(reader->progress(), 0.0);
    ASSERT_TRUE(reader->nextRow().has_value());
    EXPECT_EQ(rowsOf(*reader, 0).size(), 2);
    EXPECT_DOUBLE_EQ(reader->progress(), 1.0);
}

TEST(XlsxReader, DamagedSheetGivesTheRowsBeforeAndASentence)
{
    Parts parts = workbookParts({});
    parts.last().second = "<worksheet xmlns=\"" + kMain + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                          "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row><row r=\"3\"><c r=\"A3\"><v";
    auto reader = openParts(parts);
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->nextRow().has_value());
    EXPECT_TRUE(reader->nextRow().has_value());
    EXPECT_FALSE(reader->nextRow().has_value());
    EXPECT_EQ(reader->error().toStdString(), "The sheet “客户” in “book.xlsx” is damaged after row 2.");
}

TEST(XlsxReader, CellReferencesOutsideTheSheetAreAnError)
{
    for (const char* reference : {"XFE1", "ZZZZZZ99999999999"}) {
        auto reader = openParts(workbookParts(QByteArray("<row r=\"1\"><c r=\"") + reference + "\"><v>1</v></c></row>"));
        ASSERT_TRUE(reader);
        EXPECT_FALSE(reader->nextRow().has_value());
        EXPECT_EQ(reader->error(), QStringLiteral("The sheet “客户” in “book.xlsx” has an invalid cell reference “%1” in row 1.")
                                       .arg(QLatin1String(reference)));
    }
    auto last = openParts(workbookParts("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>"));
    ASSERT_TRUE(last);
    const auto row = last->nextRow();
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->number, 1048576);
    EXPECT_EQ(row->cells.size(), 16384);
}

TEST(XlsxReader, EntityExpansionIsRefused)
{
    Parts parts = workbookParts({});
    parts.last().second = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                          "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 "
                          "\"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                          "<worksheet><sheetData><row><c t=\"str\"><v>&lol3;</v></c></row></sheetData></worksheet>";
    auto reader = openParts(parts);
    ASSERT_TRUE(reader);
    EXPECT_FALSE(reader->nextRow().has_value());
    EXPECT_FALSE(reader->error().isEmpty());
}

TEST(XlsxReader, SheetOfManyReadChunksAndDamageNearItsEnd)
{
    // Several of the parser's read chunks, with x:-prefixed elements, rows without r and a blank row.
    QByteArray sheetData;
    for (int i = 1; i <= 20000; ++i) {
        if (i == 7)
            sheetData += "<x:row r=\"7\"><x:c r=\"A7\"/></x:row>";
        else
            sheetData += (i % 3 == 0 ? QByteArray("<x:row>") : "<x:row r=\"" + QByteArray::number(i) + "\">")
                + "<x:c t=\"inlineStr\"><x:is><x:t>客户" + QByteArray::number(i) + "</x:t></x:is></x:c><x:c><x:v>"
                + QByteArray::number(i * 10) + "</x:v></x:c></x:row>";
    }
    const QByteArray head = "<x:worksheet xmlns:x=\"" + kMain + "\"><x:sheetData>";
    Parts parts = workbookParts({});
    parts.last().second = head + sheetData + "</x:sheetData></x:worksheet>";
    auto reader = openParts(parts);
    ASSERT_TRUE(reader);
    const auto rows = rowsOf(*reader, 0);
    ASSERT_EQ(rows.size(), 19999);
    EXPECT_EQ(rows[5].number, 6);
    EXPECT_EQ(rows[6].number, 8);
    EXPECT_EQ(rows.last().number, 20000);
    EXPECT_EQ(rows.last().cells, (QStringList{QStringLiteral("客户20000"), QStringLiteral("200000")}));
    EXPECT_DOUBLE_EQ(reader->progress(), 1.0);

    parts.last().second = head + sheetData.left(sheetData.lastIndexOf("<x:row")) + "<x:row><x:c><x:v>1</x:v>";
    auto damaged = openParts(parts);
    ASSERT_TRUE(damaged);
    qint64 read = 0;
    while (damaged->nextRow())
        ++read;
    EXPECT_EQ(read, 19998);
    EXPECT_EQ(damaged->error().toStdString(), "The sheet “客户” in “book.xlsx” is damaged after row 19999.");
}

TEST(XlsxReader, SheetInADeclaredChineseEncoding)
{
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid());
    Parts parts = workbookParts({});
    parts.last().second = "<?xml version=\"1.0\" encoding=\"GB2312\"?><worksheet xmlns=\"" + kMain + "\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + gbk(QStringLiteral("客户名称")) + "</t></is></c>"
        "<c r=\"B1\" t=\"str\"><v>" + gbk(QStringLiteral("手机")) + "</v></c></row></sheetData></worksheet>";
    auto reader = openParts(parts);
    ASSERT_TRUE(reader);
    const auto rows = rowsOf(*reader, 0);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].cells, (QStringList{QStringLiteral("客户名称"), QStringLiteral("手机")}));
}

TEST(XlsxReader, PackagesThatAreNotWorkbooks)
{
    auto notWorkbook = openZip(zip({{QStringLiteral("readme.txt"), "hello"}}));
    ASSERT_FALSE(notWorkbook.ok());
    EXPECT_EQ(notWorkbook.error().toStdString(), "“book.xlsx” is a zip archive but not an Excel workbook.");

    auto ods = openZip(zip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                            {QStringLiteral("content.xml"), "<x/>"}}));
    ASSERT_FALSE(ods.ok());
    EXPECT_EQ(ods.error().toStdString(), "“book.xlsx” is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV.");

    const QByteArray whole = zip(workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
    auto truncated = openZip(whole.left(whole.size() / 2));
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error().toStdString(), "“book.xlsx” is damaged: it is not a complete .xlsx file.");

    auto noSheets = openZip(zip(workbookParts({}, {}, {}, "<sheet name=\"h\" sheetId=\"1\" state=\"veryHidden\" r:id=\"rId1\"/>")));
    ASSERT_FALSE(noSheets.ok());
    EXPECT_EQ(noSheets.error().toStdString(), "“book.xlsx” has no visible worksheet.");
}

TEST(XlsxReader, OpenPicksTheFormatByContent)
{
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    auto xlsxNamedCsv = TabularSource::open(write(QStringLiteral("export.csv"), zip(workbookParts(
                                                      "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))));
    ASSERT_TRUE(xlsxNamedCsv.ok()) << xlsxNamedCsv.error().toStdString();
    EXPECT_TRUE((*xlsxNamedCsv)->encoding().isEmpty());
    EXPECT_EQ((*xlsxNamedCsv)->nextRow()->cells, QStringList{QStringLiteral("1")});

    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.append(QByteArray(504, '\0'));
    auto old = TabularSource::open(write(QStringLiteral("客户.xlsx"), ole));
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().toStdString(), "“客户.xlsx” is an old Excel 97-2003 (.xls) or encrypted file; save it as .xlsx or CSV.");

    auto missing = TabularSource::open(dir.filePath(QStringLiteral("nothing.xlsx")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.errorKind(), ErrorKind::NotFound);
}

// --- the pure parts ---

TEST(XlsxCellText, ExactNumbers)
{
    EXPECT_EQ(XlsxCellText::number(u"13800138000"), QStringLiteral("13800138000"));
    EXPECT_EQ(XlsxCellText::number(u"1.38001380000E10"), QStringLiteral("13800138000"));
    EXPECT_EQ(XlsxCellText::number(u"1.9297782845E+10"), QStringLiteral("19297782845"));
    EXPECT_EQ(XlsxCellText::number(u"0.1"), QStringLiteral("0.1"));
    EXPECT_EQ(XlsxCellText::number(u"1234.50"), QStringLiteral("1234.5"));
    EXPECT_EQ(XlsxCellText::number(u"5.0"), QStringLiteral("5"));
    EXPECT_EQ(XlsxCellText::number(u"-0"), QStringLiteral("0"));
    EXPECT_EQ(XlsxCellText::number(u"1E-3"), QStringLiteral("0.001"));
    EXPECT_EQ(XlsxCellText::number(u"1.5e2"), QStringLiteral("150"));
    EXPECT_EQ(XlsxCellText::number(u"110101199003071234"), QStringLiteral("110101199003071234"));
    EXPECT_EQ(XlsxCellText::number(u"0.30000000000000004"), QStringLiteral("0.3"));
    EXPECT_EQ(XlsxCellText::number(u"0.99999999999999999"), QStringLiteral("1"));
    EXPECT_EQ(XlsxCellText::number(u"2087.0249999999996"), QStringLiteral("2087.025"));
    EXPECT_EQ(XlsxCellText::number(u"NaN"), QStringLiteral("NaN"));
    EXPECT_EQ(XlsxCellText::number(u"1E999999999"), QStringLiteral("1E999999999"));
    EXPECT_EQ(XlsxCellText::number(u""), QString());
}

TEST(XlsxCellText, Serials)
{
    using K = XlsxValueKind;
    EXPECT_EQ(XlsxCellText::serial(u"45356", K::Date, false), QStringLiteral("2024-03-05"));
    EXPECT_EQ(XlsxCellText::serial(u"45356.5", K::DateTime, false), QStringLiteral("2024-03-05T12:00:00"));
    EXPECT_EQ(XlsxCellText::serial(u"45356", K::DateTime, false), QStringLiteral("2024-03-05T00:00:00"));
    EXPECT_EQ(XlsxCellText::serial(u"0.999999999", K::Time, false), QStringLiteral("00:00:00"));
    EXPECT_EQ(XlsxCellText::serial(u"1", K::Date, false), QStringLiteral("1900-01-01"));
    EXPECT_EQ(XlsxCellText::serial(u"59", K::Date, false), QStringLiteral("1900-02-28"));
    EXPECT_EQ(XlsxCellText::serial(u"60", K::Date, false), QStringLiteral("1900-02-29"));
    EXPECT_EQ(XlsxCellText::serial(u"61", K::Date, false), QStringLiteral("1900-03-01"));
    EXPECT_EQ(XlsxCellText::serial(u"0", K::Date, true), QStringLiteral("1904-01-01"));
    EXPECT_EQ(XlsxCellText::serial(u"2958465", K::Date, false), QStringLiteral("9999-12-31"));
    EXPECT_EQ(XlsxCellText::serial(u"2958466", K::Date, false), QStringLiteral("2958466"));
    EXPECT_EQ(XlsxCellText::serial(u"-5", K::Date, false), QStringLiteral("-5"));
    EXPECT_EQ(XlsxCellText::serial(u"nan", K::Date, false), QStringLiteral("nan"));
    EXPECT_EQ(XlsxCellText::serial(u"-0.25", K::Duration, false), QStringLiteral("-06:00:00"));
    EXPECT_EQ(XlsxCellText::serial(u"1e308", K::DateTime, false), QStringLiteral("1") + QString(308, u'0'));
}

TEST(XlsxCellText, Escapes)
{
    EXPECT_EQ(XlsxCellText::unescape(QStringLiteral("ABC_x000D__x000A_DEF")), QStringLiteral("ABC\r\nDEF"));
    EXPECT_EQ(XlsxCellText::unescape(QStringLiteral("SH_x005f_x000D_Z002")), QStringLiteral("SH_x000D_Z002"));
    EXPECT_EQ(XlsxCellText::unescape(QStringLiteral("_x00G1_ _x12_ _x")), QStringLiteral("_x00G1_ _x12_ _x"));
}

TEST(XlsxStyles, DateFormats)
{
    using K = XlsxValueKind;
    EXPECT_EQ(XlsxStyles::classify(u"[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\""), K::Date);
    EXPECT_EQ(XlsxStyles::classify(u"yyyy/m/d"), K::Date);
    EXPECT_EQ(XlsxStyles::classify(u"M/D/YYYY\\ H:MM"), K::DateTime);
    EXPECT_EQ(XlsxStyles::classify(u"yyyy/m/d\\ h:mm\\ AM/PM"), K::DateTime);
    EXPECT_EQ(XlsxStyles::classify(u"[hh]:mm:ss"), K::Duration);
    EXPECT_EQ(XlsxStyles::classify(u"h:mm"), K::Time);
    EXPECT_EQ(XlsxStyles::classify(u"mm:ss"), K::Time);
    EXPECT_EQ(XlsxStyles::classify(u"[DBNum1]上午/下午h\"时\"mm\"分\""), K::Time);
    EXPECT_EQ(XlsxStyles::classify(u"mmmm/yy"), K::Date);
    EXPECT_EQ(XlsxStyles::classify(u"General"), K::Number);
    EXPECT_EQ(XlsxStyles::classify(u"0.00E+00"), K::Number);
    EXPECT_EQ(XlsxStyles::classify(u"\"￥\"#,##0.00;\"￥\"\\-#,##0.00"), K::Number);
    EXPECT_EQ(XlsxStyles::classify(u"#,##0\" days\""), K::Number);
    EXPECT_EQ(XlsxStyles::classify(u"[Red]0.00"), K::Number);
    EXPECT_EQ(XlsxStyles::classify(u"0.00_ "), K::Number);
    EXPECT_EQ(XlsxStyles::builtin(14), K::Date);
    EXPECT_EQ(XlsxStyles::builtin(22), K::DateTime);
    EXPECT_EQ(XlsxStyles::builtin(46), K::Duration);
    EXPECT_EQ(XlsxStyles::builtin(2), K::Number);
}

TEST(XlsxPackage, ResolvesRelationshipTargets)
{
    EXPECT_EQ(XlsxPackage::resolve(QStringLiteral("xl/workbook.xml"), QStringLiteral("worksheets/sheet1.xml")),
              QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(XlsxPackage::resolve(QStringLiteral("xl/workbook.xml"), QStringLiteral("/xl/worksheets/sheet1.xml")),
              QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(XlsxPackage::resolve(QStringLiteral("xl/workbook.xml"), QStringLiteral("..\\xl\\worksheets\\s%201.xml")),
              QStringLiteral("xl/worksheets/s 1.xml"));
    EXPECT_EQ(XlsxPackage::resolve(QString(), QStringLiteral("xl/workbook.xml")), QStringLiteral("xl/workbook.xml"));
}
