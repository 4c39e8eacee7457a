#include "XlsxReader.h"

#include "XlsxCellText.h"
#include "XlsxPackage.h"

#include <QHash>
#include <algorithm>
#include <QXmlStreamReader>
#include <quazipfile.h>

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

// "B3" -> 1; -1 without letters (the reference is missing or has no column); -2 when out of range.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    while (i < reference.size()) {
        const char16_t c = reference[i].unicode();
        const char16_t upper = c >= u'a' && c <= u'z' ? char16_t(c - 32) : c;
        if (upper < u'A' || upper > u'Z')
            break;
        if (++i > 3)
            return -2;
        column = column * 26 + (upper - u'A' + 1);
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
    m_xml = std::make_unique<QXmlStreamReader>(m_sheetFile.get());
    return {};
}

void XlsxReader::closeSheet()
{
    m_xml.reset();
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
    if (!m_error.isEmpty() || !m_xml || m_sheetDone)
        return std::nullopt;
    while (!m_xml->atEnd() && !m_xml->hasError()) {
        const auto token = m_xml->readNext();
        if (token == QXmlStreamReader::DTD) {
            damaged(); // spreadsheets never have one; it is how entity expansion attacks start
            return std::nullopt;
        }
        if (token == QXmlStreamReader::EndElement && m_xml->name() == u"sheetData")
            break; // merge ranges, page setup and the like follow: nothing to import
        if (token != QXmlStreamReader::StartElement || m_xml->name() != u"row")
            continue;
        qint64 number = m_lastRow + 1;
        const auto r = m_xml->attributes().value(QLatin1String("r"));
        if (!r.isEmpty()) {
            bool ok = false;
            number = r.toLongLong(&ok);
            if (!ok || number < 1 || number > kMaxRowNumber) {
                fail(tr("The sheet “%1” in “%2” has an invalid row number “%3”.")
                         .arg(m_sheets[m_sheet].name, m_displayName, r.toString().left(40)));
                return std::nullopt;
            }
        }
        SourceRow row;
        row.number = number;
        if (!readRow(number, row.cells))
            return std::nullopt;
        m_lastRow = number;
        for (const QString& cell : std::as_const(row.cells))
            if (!cell.isEmpty())
                return row;
    }
    if (m_xml->hasError()) {
        damaged();
        return std::nullopt;
    }
    m_sheetDone = true;
    closeSheet();
    return std::nullopt;
}

bool XlsxReader::readRow(qint64 number, QStringList& cells)
{
    int lastColumn = -1;
    while (!m_xml->atEnd() && !m_xml->hasError()) {
        const auto token = m_xml->readNext();
        if (token == QXmlStreamReader::EndElement)
            return true; // children are consumed whole, so this is </row>
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml->name() != u"c") {
            m_xml->skipCurrentElement();
            continue;
        }
        const auto attributes = m_xml->attributes();
        const auto reference = attributes.value(QLatin1String("r"));
        int column = reference.isEmpty() ? -1 : columnOf(reference);
        if (column == -1)
            column = lastColumn + 1; // writers may leave r out: cells follow each other
        if (column >= kMaxColumns && reference.isEmpty())
            return fail(tr("The sheet “%1” in “%2” has more than 16,384 columns in row %3.")
                            .arg(m_sheets[m_sheet].name, m_displayName)
                            .arg(number));
        if (column < 0 || column >= kMaxColumns)
            return fail(tr("The sheet “%1” in “%2” has an invalid cell reference “%3” in row %4.")
                            .arg(m_sheets[m_sheet].name, m_displayName, reference.toString().left(40))
                            .arg(number));
        const QString type = attributes.value(QLatin1String("t")).toString();
        const qint64 style = attributes.value(QLatin1String("s")).toLongLong();

        QString raw;
        QString inlineText;
        bool hasInline = false;
        while (!m_xml->atEnd() && !m_xml->hasError()) {
            const auto inner = m_xml->readNext();
            if (inner == QXmlStreamReader::EndElement)
                break; // </c>
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (m_xml->name() == u"v") {
                raw = m_xml->readElementText(QXmlStreamReader::SkipChildElements);
            } else if (m_xml->name() == u"is") {
                inlineText = XlsxSharedStrings::readItem(*m_xml);
                hasInline = true;
            } else {
                m_xml->skipCurrentElement(); // <f>: the cached <v> is what the user saw
            }
        }
        if (m_xml->hasError())
            return damaged();

        QString value;
        if (hasInline) {
            value = inlineText;
        } else if (type == u"s") {
            bool ok = false;
            const qint64 index = raw.trimmed().toLongLong(&ok);
            if (ok) // WPS writes t="s" without <v> on the styled cells of a merged range
                value = m_sharedStrings.at(index);
        } else if (type == u"str" || type == u"inlineStr") {
            value = XlsxCellText::unescape(raw);
        } else if (type == u"b") {
            const QString flag = raw.trimmed();
            if (!flag.isEmpty())
                value = flag == u"1" || flag.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                    ? QStringLiteral("TRUE")
                    : QStringLiteral("FALSE");
        } else if (type == u"e") {
            value = raw;
        } else if (type == u"d") {
            value = XlsxCellText::isoDate(raw, m_styles.kind(style));
        } else if (!raw.isEmpty()) {
            value = XlsxCellText::serial(raw, m_styles.kind(style), m_date1904);
        }
        lastColumn = column;
        if (value.isEmpty())
            continue;
        if (column >= cells.size())
            cells.resize(column + 1);
        cells[column] = value;
    }
    return damaged();
}

double XlsxReader::progress() const
{
    if (m_sheetDone)
        return 1.0;
    if (!m_sheetFile || m_sheetSize <= 0)
        return 0.0;
    return std::clamp(static_cast<double>(m_sheetFile->pos()) / static_cast<double>(m_sheetSize), 0.0, 1.0);
}
