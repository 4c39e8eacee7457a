#include "XlsxTableWriter.h"

#include <QDir>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <limits>

namespace {
// Columns wider than this would push the next ones off screen.
constexpr int maxColumnWidth = 50;
// Rows looked at for column widths before the sheet starts streaming (<cols> precedes <sheetData>).
constexpr qsizetype sampleRows = 1000;
constexpr qsizetype flushThreshold = 256 * 1024;
// Deflate level: XML compresses well even at the fastest level, and level 6 triples the time.
constexpr int compressionLevel = 1;

// Style indexes in styles.xml below.
constexpr int headerStyle = 1;
constexpr int dateStyle = 2;
constexpr int dateTimeStyle = 3;
constexpr int amountStyle = 4;

// Excel column widths count in digit widths; a Chinese character takes two.
int displayWidth(const QString& text)
{
    int width = 0;
    int lineWidth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            width = std::max(width, lineWidth);
            lineWidth = 0;
            continue;
        }
        if (c.isLowSurrogate())
            continue; // the high surrogate already counted the character
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate(); // astral: CJK extension B, emoji
        lineWidth += wide ? 2 : 1;
        if (lineWidth > maxColumnWidth)
            break;
    }
    return std::max(width, lineWidth);
}

QByteArray columnName(int column)
{
    QByteArray name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

QByteArray cellRef(int column, quint32 row)
{
    return columnName(column) + QByteArray::number(row + 1);
}

// Text as XML character data. Characters XML 1.0 cannot carry (control characters, lone surrogates) are
// written in Excel's own _xHHHH_ escape, so they survive a round trip through Excel.
void appendEscaped(QByteArray& out, const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'&')
            escaped += QLatin1String("&amp;");
        else if (u == u'<')
            escaped += QLatin1String("&lt;");
        else if (u == u'>')
            escaped += QLatin1String("&gt;");
        else if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            escaped += QStringLiteral("_x%1_").arg(QString::number(int(u), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            escaped += c;
            escaped += text.at(++i);
        } else if (c.isSurrogate())
            escaped += QChar(QChar::ReplacementCharacter);
        else
            escaped += c;
    }
    out += escaped.toUtf8();
}

// Excel's 1900 date system: serial 61 is 1900-03-01 (60 is the 1900-02-29 Lotus kept). Dates before March
// 1900 are written as text instead.
bool excelSerial(const QDate& date, qint64* serial)
{
    if (!date.isValid() || date < QDate(1900, 3, 1) || date.year() > 9999)
        return false;
    *serial = QDate(1899, 12, 30).daysTo(date);
    return true;
}

// Cents as a decimal number without trailing zeros: exact, unlike a double printed back.
QByteArray amountNumber(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    QByteArray out = negative ? QByteArray("-") : QByteArray();
    out += QByteArray::number(magnitude / 100);
    if (const quint64 fraction = magnitude % 100; fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += char('0' + fraction % 10);
    }
    return out;
}

void appendInlineString(QByteArray& out, const QByteArray& ref, const QString& text, int style = 0)
{
    out += "<c r=\"" + ref + "\"";
    if (style)
        out += " s=\"" + QByteArray::number(style) + "\"";
    out += " t=\"inlineStr\"><is><t";
    if (text.front().isSpace() || text.back().isSpace())
        out += " xml:space=\"preserve\"";
    out += '>';
    appendEscaped(out, text);
    out += "</t></is></c>";
}

const char* const contentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

const char* const rootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char* const workbookRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// Cell formats: 0 default, 1 bold header, 2 date, 3 date and time, 4 amount (built-in "0.00").
const char* const styles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";
} // namespace

XlsxTableWriter::XlsxTableWriter(const QString& path, const QString& sheetName) : m_path(path), m_sheetName(sheetName)
{
    // Sheet names: 1-31 characters, none of []:*?/\ and no leading or trailing apostrophe.
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : m_sheetName)
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    m_sheetName = m_sheetName.left(31);
    while (m_sheetName.startsWith(QLatin1Char('\'')))
        m_sheetName.remove(0, 1);
    while (m_sheetName.endsWith(QLatin1Char('\'')))
        m_sheetName.chop(1);
    if (m_sheetName.isEmpty())
        m_sheetName = QStringLiteral("Sheet1");
}

XlsxTableWriter::~XlsxTableWriter()
{
    discard();
}

Status XlsxTableWriter::ioFailure() const
{
    const QString reason = m_sheet && !m_sheet->errorString().isEmpty() ? m_sheet->errorString()
                                                                        : tr("error %1").arg(m_zip ? m_zip->getZipError() : 0);
    return Status::failure(tr("Cannot write the spreadsheet %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
}

Status XlsxTableWriter::open(const QStringList& headers, qint64 expectedRows)
{
    if (expectedRows > maxDataRows)
        return Status::failure(tr("%1 rows do not fit on one Excel sheet (at most 1,048,575). Export to CSV instead.")
                                   .arg(expectedRows),
                               ErrorKind::Usage);
    discard();
    m_zip = std::make_unique<QuaZip>(m_path);
    // Zip entries over 4 GB need ZIP64: roughly 60 bytes of sheet XML per cell. Only then, because some
    // readers reject ZIP64 records in files that do not need them.
    m_zip->setZip64Enabled((expectedRows + 1) * std::max<qsizetype>(headers.size(), 1) > 40'000'000);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate)) {
        const Status failure = Status::failure(
            tr("Cannot create the spreadsheet %1.").arg(QDir::toNativeSeparators(m_path)));
        m_zip.reset();
        return failure;
    }
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")), nullptr, 0,
                       Z_DEFLATED, compressionLevel)) {
        const Status failure = ioFailure();
        discard();
        return failure;
    }
    m_headers = headers;
    m_widths = QVector<int>(headers.size(), 6);
    for (int col = 0; col < headers.size(); ++col)
        m_widths[col] = std::max(m_widths[col], std::min(displayWidth(headers.at(col)) + 3, maxColumnWidth)); // bold + filter button
    m_sample.clear();
    m_sheetDataStarted = false;
    m_buffer.clear();
    m_nextRow = 1;
    return {};
}

Status XlsxTableWriter::writeRow(const QList<Cell>& cells)
{
    if (!m_sheet)
        return Status::failure(tr("The spreadsheet is not open."));
    if (m_nextRow > maxDataRows)
        return Status::failure(tr("More rows than fit on one Excel sheet (at most 1,048,575). Export to CSV instead."),
                               ErrorKind::Usage);
    for (const Cell& cell : cells)
        if (cell.kind == Cell::Kind::Text && cell.text.size() > 32767)
            return Status::failure(tr("Row %1 holds a text longer than the 32,767 characters an Excel cell can take. "
                                      "Export to CSV instead.")
                                       .arg(m_nextRow + 1),
                                   ErrorKind::Usage);
    if (!m_sheetDataStarted) {
        m_sample.append(cells);
        ++m_nextRow;
        return m_sample.size() < sampleRows ? Status() : startSheetData();
    }
    appendRow(m_nextRow++, cells);
    return flushBuffer(false);
}

Status XlsxTableWriter::startSheetData()
{
    // Widths from the header and the first rows: later rows are streamed out and not held.
    for (const QList<Cell>& row : std::as_const(m_sample))
        for (int col = 0; col < std::min<int>(int(row.size()), int(m_widths.size())); ++col) {
            const Cell& cell = row.at(col);
            int width = 0;
            switch (cell.kind) {
            case Cell::Kind::Text: width = displayWidth(cell.text) + 1; break;
            case Cell::Kind::Date: width = cell.date.isValid() ? 12 : 0; break;
            case Cell::Kind::DateTime: width = cell.dateTime.isValid() ? 17 : 0; break;
            case Cell::Kind::Amount: width = int(amountNumber(cell.cents).size()) + 4; break;
            }
            m_widths[col] = std::max(m_widths[col], std::min(width, maxColumnWidth));
        }

    m_buffer += R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                "\n"
                R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                R"(<sheetViews><sheetView tabSelected="1" workbookViewId="0">)"
                R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"
                R"(<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>)"
                R"(<sheetFormatPr defaultRowHeight="15"/>)";
    if (!m_widths.isEmpty()) {
        m_buffer += "<cols>";
        for (int col = 0; col < m_widths.size(); ++col)
            m_buffer += "<col min=\"" + QByteArray::number(col + 1) + "\" max=\"" + QByteArray::number(col + 1)
                + "\" width=\"" + QByteArray::number(m_widths.at(col) + 0.7, 'f', 1) + "\" customWidth=\"1\"/>";
        m_buffer += "</cols>";
    }
    m_buffer += "<sheetData><row r=\"1\">";
    for (int col = 0; col < m_headers.size(); ++col)
        if (!m_headers.at(col).isEmpty())
            appendInlineString(m_buffer, cellRef(col, 0), m_headers.at(col), headerStyle);
    m_buffer += "</row>";
    quint32 row = 1;
    for (const QList<Cell>& cells : std::as_const(m_sample))
        appendRow(row++, cells);
    m_sample.clear();
    m_sheetDataStarted = true;
    return flushBuffer(false);
}

void XlsxTableWriter::appendRow(quint32 row, const QList<Cell>& cells)
{
    m_buffer += "<row r=\"" + QByteArray::number(row + 1) + "\">";
    const int count = std::min<int>(int(cells.size()), int(m_headers.size()));
    for (int col = 0; col < count; ++col) {
        const Cell& cell = cells.at(col);
        switch (cell.kind) {
        case Cell::Kind::Text:
            if (!cell.text.isEmpty())
                appendInlineString(m_buffer, cellRef(col, row), cell.text);
            break;
        case Cell::Kind::Date: {
            qint64 serial = 0;
            if (excelSerial(cell.date, &serial))
                m_buffer += "<c r=\"" + cellRef(col, row) + "\" s=\"" + QByteArray::number(dateStyle) + "\"><v>"
                    + QByteArray::number(serial) + "</v></c>";
            else if (cell.date.isValid())
                appendInlineString(m_buffer, cellRef(col, row), cell.date.toString(Qt::ISODate));
            break;
        }
        case Cell::Kind::DateTime: {
            qint64 serial = 0;
            if (cell.dateTime.isValid() && excelSerial(cell.dateTime.date(), &serial)) {
                const double value = double(serial) + cell.dateTime.time().msecsSinceStartOfDay() / 86'400'000.0;
                m_buffer += "<c r=\"" + cellRef(col, row) + "\" s=\"" + QByteArray::number(dateTimeStyle) + "\"><v>"
                    + QByteArray::number(value, 'g', 17) + "</v></c>";
            } else if (cell.dateTime.isValid()) {
                appendInlineString(m_buffer, cellRef(col, row), cell.dateTime.toString(Qt::ISODate));
            }
            break;
        }
        case Cell::Kind::Amount:
            m_buffer += "<c r=\"" + cellRef(col, row) + "\" s=\"" + QByteArray::number(amountStyle) + "\"><v>"
                + amountNumber(cell.cents) + "</v></c>";
            break;
        }
    }
    m_buffer += "</row>";
}

Status XlsxTableWriter::flushBuffer(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < flushThreshold))
        return {};
    if (m_sheet->write(m_buffer) != m_buffer.size())
        return ioFailure();
    m_buffer.clear();
    return {};
}

Status XlsxTableWriter::writeEntry(const QString& name, const QByteArray& content)
{
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, compressionLevel)
        || file.write(content) != content.size()) {
        return Status::failure(tr("Cannot write the spreadsheet %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    file.close();
    if (file.getZipError() != ZIP_OK)
        return Status::failure(tr("Cannot write the spreadsheet %1: error %2")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(file.getZipError()));
    return {};
}

Status XlsxTableWriter::close()
{
    if (!m_sheet)
        return Status::failure(tr("The spreadsheet is not open."));
    if (!m_sheetDataStarted)
        if (Status s = startSheetData(); !s)
            return s;
    const QByteArray range = "A1:" + cellRef(int(std::max<qsizetype>(m_headers.size(), 1)) - 1, m_nextRow - 1);
    m_buffer += "</sheetData>";
    if (!m_headers.isEmpty())
        m_buffer += "<autoFilter ref=\"" + range + "\"/>";
    m_buffer += "</worksheet>";
    if (Status s = flushBuffer(true); !s)
        return s;
    m_sheet->close();
    if (m_sheet->getZipError() != ZIP_OK)
        return ioFailure();
    m_sheet.reset();

    // The autofilter also needs its hidden defined name, or Excel drops the filter buttons on load.
    QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                          "\n"
                          R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                          R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                          R"(<bookViews><workbookView/></bookViews><sheets><sheet name=")";
    appendEscaped(workbook, m_sheetName);
    workbook += R"(" sheetId="1" r:id="rId1"/></sheets>)";
    if (!m_headers.isEmpty()) {
        QString quotedName = m_sheetName;
        quotedName.replace(QLatin1Char('\''), QStringLiteral("''"));
        const QByteArray absolute = "$" + range.left(1) + "$1:$" + columnName(int(m_headers.size()) - 1) + "$"
            + QByteArray::number(m_nextRow);
        workbook += R"(<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">)";
        appendEscaped(workbook, QLatin1Char('\'') + quotedName + QLatin1Char('\''));
        workbook += "!" + absolute + "</definedName></definedNames>";
    }
    workbook += "</workbook>";

    for (const auto& [name, content] : {std::pair{QStringLiteral("[Content_Types].xml"), QByteArray(contentTypes)},
                                        std::pair{QStringLiteral("_rels/.rels"), QByteArray(rootRels)},
                                        std::pair{QStringLiteral("xl/workbook.xml"), workbook},
                                        std::pair{QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(workbookRels)},
                                        std::pair{QStringLiteral("xl/styles.xml"), QByteArray(styles)}})
        if (Status s = writeEntry(name, content); !s)
            return s;
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK) {
        const Status failure = ioFailure();
        discard();
        return failure;
    }
    m_zip.reset();
    return {};
}

void XlsxTableWriter::discard()
{
    if (!m_zip)
        return;
    if (m_sheet && m_sheet->isOpen())
        m_sheet->close();
    m_sheet.reset();
    if (m_zip->isOpen())
        m_zip->close();
    m_zip.reset();
    QFile::remove(m_path); // an incomplete package is useless; nothing else of the caller's lives at this path
    m_sample.clear();
    m_buffer.clear();
}
