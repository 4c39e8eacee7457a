#pragma once

#include "TabularSource.h"
#include "XlsxSharedStrings.h"
#include "XlsxStringItem.h"
#include "XlsxStyles.h"
#include "XmlSaxParser.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>

#include <memory>
#include <string>

class QuaZipFile;
class XlsxPackage;

// An Excel 2007+ workbook (also LibreOffice, WPS and Strict OOXML), read sheet by sheet with a streaming
// XML parser straight from the zip: only the shared strings and the cell styles stay in memory.
class XlsxReader final : public TabularSource, private XmlSaxParser::Handler {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // `device` must be open and seekable (a QFile or a QBuffer); `displayName` names it in messages.
    // On success the first visible sheet is selected; if it cannot be read, error() says why.
    static Result<std::unique_ptr<XlsxReader>> open(std::unique_ptr<QIODevice> device, const QString& displayName);
    ~XlsxReader() override;

    QStringList sheetNames() const override;
    Status selectSheet(int index) override;
    std::optional<SourceRow> nextRow() override;
    QString error() const override { return m_error; }
    double progress() const override;

    bool date1904() const { return m_date1904; }

private:
    struct Sheet {
        QString name;
        QString part;
    };

    XlsxReader(std::unique_ptr<QIODevice> device, QString displayName);
    QString loadWorkbook();
    void closeSheet();
    bool fail(const QString& message);
    bool damaged();

    // The sheet's XML, event by event: nextRow() lets the parser run until a row with a value ends (the
    // parser is suspended there, so one row at a time is in memory), the sheet data ends or an error stops it.
    void startElement(const XmlSaxParser::Name& name, const XmlSaxParser::Attributes& attributes) override;
    void endElement(const XmlSaxParser::Name& name) override;
    void characters(std::string_view text) override;
    void beginRow(const XmlSaxParser::Attributes& attributes);
    void beginCell(const XmlSaxParser::Attributes& attributes);
    void endCell();
    QString cellValue() const;
    void stopWith(const QString& message);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<XlsxPackage> m_package;
    QString m_displayName;
    QList<Sheet> m_sheets;
    XlsxSharedStrings m_sharedStrings;
    XlsxStyles m_styles;
    bool m_date1904 = false;

    int m_sheet = -1;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<XmlSaxParser> m_parser;
    qint64 m_sheetSize = 0;
    qint64 m_lastRow = 0;
    bool m_sheetDone = false;
    QString m_error;

    // Where the parser stands: the element whose content the next event belongs to.
    enum class Place { Sheet, Row, Cell, Value, InlineString };
    enum class CellType { Number, SharedString, Text, Boolean, Error, Date };
    Place m_place = Place::Sheet;
    int m_skip = 0; // > 0 inside an element whose content does not count
    SourceRow m_row;
    qsizetype m_rowWidth = 0; // of the last row handed out
    int m_lastColumn = -1;
    int m_column = 0;
    CellType m_cellType = CellType::Number;
    qint64 m_cellStyle = 0;
    std::string m_raw; // UTF-8 text of the cell's <v>
    bool m_hasInline = false;
    XlsxStringItem m_inline;
    QString m_stopReason; // set by a handler that stopped the parser; reported once parse() has returned
};
