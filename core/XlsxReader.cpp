#include "XlsxReader.h"

#include "XlsxCellText.h"
#include "XlsxPackage.h"

#include <QHash>
#include <QXmlStreamReader>
#include <quazipfile.h>

#include <algorithm>
#include <utility>

namespace {

constexpr int kMaxColumns = 16384; // XFD, Excel's last column
constexpr qint64 kMaxRowNumber = 1'000'000'000'000LL; // far past any spreadsheet, short of overflowing
// About 400 MB of strings: more than a real 1,000,000-row export needs, less than a zip bomb asks for.
constexpr qint64 kMaxSharedStringChars = 200'000'000;

bool endsWithType(const QString& type, QLatin1String suffix)
{
    // Transitional and Strict relationship types differ only in their prefix.
    return type.endsWith(QLatin1Char('/') + suffix);
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// What QString::toLongLong() (after trimmed(), if `trim`) makes of UTF-8 text, without a QString for the
// plain digits nearly every row number, style and shared string index is.
qint64 toInt64(std::string_view text, bool trim, bool* ok)
{
    if (text.empty()) {
        *ok = false;
        return 0;
    }
    if (text.size() <= 18) {
        qint64 value = 0;
        bool digits = true;
        for (const char c : text) {
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
            value = value * 10 + (c - '0');
        }
        if (digits) {
            *ok = true;
            return value;
        }
    }
    const QString string = fromUtf8(text);
    return trim ? string.trimmed().toLongLong(ok) : string.toLongLong(ok);
}

// "B3" -> 1; -1 without letters (the reference is missing or has no column); -2 when out of range.
// Bytes of UTF-8 that are not ASCII letters end the letters, as their UTF-16 code units would.
int columnOf(std::string_view reference)
{
    int column = 0;
    size_t i = 0;
    while (i < reference.size()) {
        const char c = reference[i];
        const char upper = c >= 'a' && c <= 'z' ? char(c - 32) : c;
        if (upper < 'A' || upper > 'Z')
            break;
        if (++i > 3)
            return -2;
        column = column * 26 + (upper - 'A' + 1);
    }
    if (i == 0)
        return -1;
    return column > kMaxColumns ? -2 : column - 1;
}

} // namespace

XlsxReader::XlsxReader(std::unique_ptr<QIODevice> device, QString displayName)
    : m_device(std::move(device)), m_package(std::make_unique<XlsxPackage>(m_device.get())),
      m_displayName(std::move(displayName))
{
}

XlsxReader::~XlsxReader()
{
    closeSheet();
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(std::unique_ptr<QIODevice> device, const QString& displayName)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(device), displayName));
    const QString problem = reader->loadWorkbook();
    if (!problem.isEmpty())
        return Result<std::unique_ptr<XlsxReader>>::failure(problem);
    reader->selectSheet(0); // a damaged first sheet is reported by error(); the others may still be fine
    return reader;
}

QString XlsxReader::loadWorkbook()
{
    const QString damagedFile = tr("“%1” is damaged: it is not a complete .xlsx file.").arg(m_displayName);
    if (!m_package->open())
        return damagedFile;

    QList<XlsxPackage::Relationship> rels;
    if (!m_package->relationships(QString(), rels))
        return damagedFile;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const auto& rel : rels)
        if (endsWithType(rel.type, QLatin1String("officeDocument")) && m_package->contains(rel.target))
            workbookPart = rel.target;
    if (!m_package->contains(workbookPart)) {
        if (m_package->contains(QStringLiteral("content.xml")))
            return tr("“%1” is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV.").arg(m_displayName);
        return tr("“%1” is a zip archive but not an Excel workbook.").arg(m_displayName);
    }

    struct SheetEntry {
        QString name;
        QString relationshipId;
    };
    QList<SheetEntry> entries;
    {
        const auto file = m_package->openPart(workbookPart);
        if (!file)
            return damagedFile;
        QXmlStreamReader xml(file.get());
        while (!xml.atEnd() && !xml.hasError()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::DTD)
                return damagedFile;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const auto value = attributes.value(QLatin1String("date1904"));
                m_date1904 = value == u"1" || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            } else if (xml.name() == u"sheet") {
                const auto state = attributes.value(QLatin1String("state"));
                if (state == u"hidden" || state == u"veryHidden")
                    continue;
                SheetEntry entry{attributes.value(QLatin1String("name")).toString(), {}};
                for (const auto& attribute : attributes)
                    if (attribute.name() == u"id" && !attribute.prefix().isEmpty())
                        entry.relationshipId = attribute.value().toString(); // r:id, whatever the prefix's namespace
                entries.append(entry);
            }
        }
        if (xml.hasError())
            return damagedFile;
    }

    if (!m_package->relationships(workbookPart, rels))
        return damagedFile;
    QHash<QString, XlsxPackage::Relationship> byId;
    const QString folder = workbookPart.left(workbookPart.lastIndexOf(u'/') + 1);
    QString sharedStringsPart = folder + QStringLiteral("sharedStrings.xml");
    QString stylesPart = folder + QStringLiteral("styles.xml");
    for (const auto& rel : rels) {
        byId.insert(rel.id, rel);
        if (endsWithType(rel.type, QLatin1String("sharedStrings")))
            sharedStringsPart = rel.target;
        else if (endsWithType(rel.type, QLatin1String("styles")))
            stylesPart = rel.target;
    }
    for (const auto& entry : entries) {
        const auto it = byId.constFind(entry.relationshipId);
        if (it != byId.constEnd() && !endsWithType(it->type, QLatin1String("worksheet")))
            continue; // chart sheets and dialog sheets have no cells
        m_sheets.append({entry.name, it == byId.constEnd() ? QString() : it->target});
    }
    if (m_sheets.isEmpty())
        return tr("“%1” has no visible worksheet.").arg(m_displayName);

    if (m_package->contains(stylesPart)) {
        const auto file = m_package->openPart(stylesPart);
        if (!file || !m_styles.read(file.get()))
            return damagedFile;
    }
    if (m_package->contains(sharedStringsPart)) {
        const auto file = m_package->openPart(sharedStringsPart);
        if (!file)
            return damagedFile;
        if (!m_sharedStrings.read(file.get(), kMaxSharedStringChars)) {
            if (m_sharedStrings.errorString() == u"too large")
                return tr("“%1” holds more text than can be imported at once; split it into smaller files.")
                    .arg(m_displayName);
            return damagedFile;
        }
    }
    return {};
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const auto& sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

Status XlsxReader::selectSheet(int index)
{
    closeSheet();
    m_error.clear();
    m_lastRow = 0;
    m_sheetDone = false;
    m_place = Place::Sheet;
    m_skip = 0;
    m_row = SourceRow{};
    m_stopReason.clear();
    m_sheet = index;
    if (index < 0 || index >= m_sheets.size()) {
        m_sheet = -1;
        fail(tr("“%1” has no sheet number %2.").arg(m_displayName).arg(index + 1));
        return Status::failure(m_error);
    }
    m_sheetFile = m_sheets[index].part.isEmpty() ? nullptr : m_package->openPart(m_sheets[index].part);
    if (!m_sheetFile) {
        fail(tr("The sheet “%1” in “%2” cannot be read: the file is damaged.").arg(m_sheets[index].name, m_displayName));
        return Status::failure(m_error);
    }
    m_sheetSize = m_sheetFile->usize();
    m_parser = std::make_unique<XmlSaxParser>(m_sheetFile.get(), static_cast<XmlSaxParser::Handler&>(*this));
    return {};
}

void XlsxReader::closeSheet()
{
    m_parser.reset();
    if (m_sheetFile)
        m_sheetFile->close();
    m_sheetFile.reset();
    m_sheetSize = 0;
}

bool XlsxReader::fail(const QString& message)
{
    m_error = message;
    closeSheet();
    return false;
}

bool XlsxReader::damaged()
{
    const QString sheet = m_sheet >= 0 ? m_sheets[m_sheet].name : QString();
    if (m_lastRow == 0)
        return fail(tr("The sheet “%1” in “%2” cannot be read: the file is damaged.").arg(sheet, m_displayName));
    return fail(tr("The sheet “%1” in “%2” is damaged after row %3.").arg(sheet, m_displayName).arg(m_lastRow));
}

std::optional<SourceRow> XlsxReader::nextRow()
{
    if (!m_error.isEmpty() || !m_parser || m_sheetDone)
        return std::nullopt;
    switch (m_parser->parse()) {
    case XmlSaxParser::Status::Suspended: // only a row with a value suspends
        return std::exchange(m_row, SourceRow{});
    case XmlSaxParser::Status::Stopped:
        if (!m_stopReason.isEmpty()) {
            fail(m_stopReason);
            return std::nullopt;
        }
        break; // </sheetData>: merge ranges, page setup and the like follow, nothing to import
    case XmlSaxParser::Status::Finished:
        break;
    case XmlSaxParser::Status::Failed:
        damaged(); // a DTD fails too: spreadsheets never have one, it is how entity expansion attacks start
        return std::nullopt;
    }
    m_sheetDone = true;
    closeSheet();
    return std::nullopt;
}

void XlsxReader::startElement(const XmlSaxParser::Name& name, const XmlSaxParser::Attributes& attributes)
{
    if (m_skip > 0) {
        ++m_skip;
        return;
    }
    switch (m_place) {
    case Place::Sheet:
        if (name.local() == "row")
            beginRow(attributes);
        break;
    case Place::Row:
        if (name.local() == "c")
            beginCell(attributes);
        else
            m_skip = 1;
        break;
    case Place::Cell: {
        const std::string_view local = name.local();
        if (local == "v") {
            m_place = Place::Value;
            m_raw.clear(); // the last <v> counts
        } else if (local == "is") {
            m_place = Place::InlineString;
            m_inline.begin();
        } else {
            m_skip = 1; // <f>: the cached <v> is what the user saw
        }
        break;
    }
    case Place::Value:
        m_skip = 1; // only the value's own text counts
        break;
    case Place::InlineString:
        m_inline.startElement(name.local());
        break;
    }
}

void XlsxReader::endElement(const XmlSaxParser::Name& name)
{
    if (m_skip > 0) {
        --m_skip;
        return;
    }
    switch (m_place) {
    case Place::Sheet:
        if (name.local() == "sheetData")
            m_parser->stop();
        break;
    case Place::Row: // children are skipped whole, so this is </row>
        m_place = Place::Sheet;
        m_lastRow = m_row.number;
        // Cells hold only values that are not empty: a row without any is blank and not handed out.
        if (!m_row.cells.isEmpty()) {
            m_rowWidth = m_row.cells.size();
            m_parser->suspend();
        }
        break;
    case Place::Cell:
        endCell();
        m_place = Place::Row;
        break;
    case Place::Value:
        m_place = Place::Cell;
        break;
    case Place::InlineString:
        if (m_inline.endElement()) {
            m_hasInline = true;
            m_place = Place::Cell;
        }
        break;
    }
}

void XlsxReader::characters(std::string_view text)
{
    if (m_skip > 0)
        return;
    if (m_place == Place::Value)
        m_raw.append(text);
    else if (m_place == Place::InlineString)
        m_inline.characters(text);
}

void XlsxReader::beginRow(const XmlSaxParser::Attributes& attributes)
{
    qint64 number = m_lastRow + 1;
    const std::string_view r = attributes.value("r");
    if (!r.empty()) {
        bool ok = false;
        number = toInt64(r, false, &ok);
        if (!ok || number < 1 || number > kMaxRowNumber) {
            stopWith(tr("The sheet “%1” in “%2” has an invalid row number “%3”.")
                         .arg(m_sheets[m_sheet].name, m_displayName, fromUtf8(r).left(40)));
            return;
        }
    }
    m_row = SourceRow{};
    m_row.number = number;
    // Rows of a sheet are mostly as wide as the one before: one allocation instead of a growing list's five
    // (whose last one, past 1 KiB, also makes malloc tidy up); a very wide row is not taken as the measure.
    m_row.cells.reserve(std::min<qsizetype>(m_rowWidth, 256));
    m_lastColumn = -1;
    m_place = Place::Row;
}

void XlsxReader::beginCell(const XmlSaxParser::Attributes& attributes)
{
    const std::string_view reference = attributes.value("r");
    int column = reference.empty() ? -1 : columnOf(reference);
    if (column == -1)
        column = m_lastColumn + 1; // writers may leave r out: cells follow each other
    if (column >= kMaxColumns && reference.empty()) {
        stopWith(tr("The sheet “%1” in “%2” has more than 16,384 columns in row %3.")
                     .arg(m_sheets[m_sheet].name, m_displayName)
                     .arg(m_row.number));
        return;
    }
    if (column < 0 || column >= kMaxColumns) {
        stopWith(tr("The sheet “%1” in “%2” has an invalid cell reference “%3” in row %4.")
                     .arg(m_sheets[m_sheet].name, m_displayName, fromUtf8(reference).left(40))
                     .arg(m_row.number));
        return;
    }
    m_column = column;
    const std::string_view type = attributes.value("t");
    if (type == "s")
        m_cellType = CellType::SharedString;
    else if (type == "str" || type == "inlineStr")
        m_cellType = CellType::Text;
    else if (type == "b")
        m_cellType = CellType::Boolean;
    else if (type == "e")
        m_cellType = CellType::Error;
    else if (type == "d")
        m_cellType = CellType::Date;
    else
        m_cellType = CellType::Number;
    bool ok = false;
    m_cellStyle = toInt64(attributes.value("s"), false, &ok); // 0 when missing or not a number
    m_raw.clear();
    m_hasInline = false;
    m_place = Place::Cell;
}

void XlsxReader::endCell()
{
    const QString value = cellValue();
    m_lastColumn = m_column;
    if (value.isEmpty())
        return;
    QStringList& cells = m_row.cells;
    if (m_column >= cells.size())
        cells.resize(m_column + 1);
    cells[m_column] = value;
}

QString XlsxReader::cellValue() const
{
    if (m_hasInline)
        return m_inline.text();
    switch (m_cellType) {
    case CellType::SharedString: {
        bool ok = false;
        const qint64 index = toInt64(m_raw, true, &ok);
        // WPS writes t="s" without <v> on the styled cells of a merged range
        return ok ? m_sharedStrings.at(index) : QString();
    }
    case CellType::Text:
        return XlsxCellText::unescape(fromUtf8(m_raw));
    case CellType::Boolean: {
        const QString flag = fromUtf8(m_raw).trimmed();
        if (flag.isEmpty())
            return {};
        return flag == u"1" || flag.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ? QStringLiteral("TRUE")
                                                                                            : QStringLiteral("FALSE");
    }
    case CellType::Error:
        return fromUtf8(m_raw);
    case CellType::Date:
        return XlsxCellText::isoDate(fromUtf8(m_raw), m_styles.kind(m_cellStyle));
    case CellType::Number:
        break;
    }
    if (m_raw.empty())
        return {};
    return XlsxCellText::serial(fromUtf8(m_raw), m_styles.kind(m_cellStyle), m_date1904);
}

void XlsxReader::stopWith(const QString& message)
{
    m_stopReason = message; // fail() closes the sheet, which must wait until the parser has returned
    m_parser->stop();
}

double XlsxReader::progress() const
{
    if (m_sheetDone)
        return 1.0;
    if (!m_sheetFile || m_sheetSize <= 0)
        return 0.0;
    return std::clamp(static_cast<double>(m_sheetFile->pos()) / static_cast<double>(m_sheetSize), 0.0, 1.0);
}
