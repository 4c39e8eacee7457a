#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QuaZip;
class QuaZipFile;

// Writes one table as an .xlsx workbook: bold frozen header row, autofilter, column widths fitted to the
// content. The sheet XML is deflated into the zip as rows arrive, so a million rows do not need a million
// rows of memory. Until close() succeeds the file at `path` is incomplete; discard() removes it.
//
// Written with QuaZip rather than libxlsxwriter: Debian's libxlsxwriter imports zipOpen/zipClose from the
// system minizip unversioned, and in a process that also loads QuaZip (the XLSX importer) those calls bind to
// QuaZip's incompatible bundled minizip and crash.
class XlsxTableWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    // A value and how Excel should hold it. Text is always a string cell, even when it looks like a number:
    // phones and codes must keep their leading "+" and zeros.
    struct Cell {
        enum class Kind { Text, Date, DateTime, Amount };
        Kind kind = Kind::Text;
        QString text;
        QDate date;
        QDateTime dateTime; // shown as the wall-clock time it carries (the exporter passes local time)
        qint64 cents = 0;

        static Cell ofText(const QString& text) { return {Kind::Text, text, {}, {}, 0}; }
        static Cell ofDate(const QDate& date) { return {Kind::Date, {}, date, {}, 0}; }
        static Cell ofDateTime(const QDateTime& time) { return {Kind::DateTime, {}, {}, time, 0}; }
        static Cell ofAmount(qint64 cents) { return {Kind::Amount, {}, {}, {}, cents}; }
    };

    // Rows below the header that fit on one Excel sheet (1,048,576 rows in all).
    static constexpr qint64 maxDataRows = 1048575;

    XlsxTableWriter(const QString& path, const QString& sheetName);
    ~XlsxTableWriter(); // without a successful close() the file is removed
    XlsxTableWriter(const XlsxTableWriter&) = delete;
    XlsxTableWriter& operator=(const XlsxTableWriter&) = delete;

    // `expectedRows` (data rows) decides whether the zip needs 64-bit sizes and is checked against the limit.
    Status open(const QStringList& headers, qint64 expectedRows = 0);
    Status writeRow(const QList<Cell>& cells);
    // Ends the sheet (autofilter) and writes the rest of the package.
    Status close();
    void discard();

private:
    Status startSheetData();
    void appendRow(quint32 row, const QList<Cell>& cells);
    Status flushBuffer(bool force);
    Status writeEntry(const QString& name, const QByteArray& content);
    Status ioFailure() const;

    QString m_path;
    QString m_sheetName;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QStringList m_headers;
    QList<QList<Cell>> m_sample; // first rows, held back until the column widths are known
    bool m_sheetDataStarted = false;
    QByteArray m_buffer;
    quint32 m_nextRow = 0; // 0-based; the header is row 0
    QVector<int> m_widths;
};
