#pragma once

#include "TabularSource.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>

#include <memory>

class QXmlStreamReader;
class QuaZipFile;
class XlsxPackage;

// An Excel 2007+ workbook (also LibreOffice, WPS and Strict OOXML), read sheet by sheet with a streaming
// XML parser straight from the zip: only the shared strings and the cell styles stay in memory.
class XlsxReader final : public TabularSource {
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
    bool readRow(qint64 number, QStringList& cells);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<XlsxPackage> m_package;
    QString m_displayName;
    QList<Sheet> m_sheets;
    XlsxSharedStrings m_sharedStrings;
    XlsxStyles m_styles;
    bool m_date1904 = false;

    int m_sheet = -1;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<QXmlStreamReader> m_xml;
    qint64 m_sheetSize = 0;
    qint64 m_lastRow = 0;
    bool m_sheetDone = false;
    QString m_error;
};
