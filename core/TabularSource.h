#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

// One row of a spreadsheet or CSV file as text cells. `number` is the row number a user sees: the line's
// record number in a CSV file (1 = first record, header included) or the row number in Excel (1-based).
struct SourceRow {
    qint64 number = 0;
    QStringList cells; // trailing empty cells may be missing
};

struct TabularOptions {
    // CSV only: "auto" (BOM, then UTF-16 / UTF-8 validity, else GB18030), "utf-8", "gb18030" (also "gbk"),
    // "utf-16" (with BOM or guessed LE/BE), "utf-16le", "utf-16be".
    QString encoding = QStringLiteral("auto");
    // CSV only: 0 = sniff among , ; TAB | from the first lines.
    QChar delimiter;
};

// A table read row by row from a CSV/TSV or XLSX file, streaming: memory does not grow with the file
// (an XLSX file's shared strings are the one exception, as Excel itself keeps them in memory).
// Cell text is what a user saw in the cell:
//  - numbers exactly as digits, never in exponent form (13800138000, 0.1, 1234.5), integral values without ".0";
//  - date- or time-formatted cells as ISO text: "2024-03-05", "2024-03-05T08:30:00", "08:30:00";
//  - booleans TRUE/FALSE, error cells as their text (#N/A), formulas as their cached value;
//  - rich text runs joined, phonetic runs dropped, _xHHHH_ escapes decoded.
// Blank rows (all cells empty) are skipped; row numbers still count them.
class TabularSource {
public:
    virtual ~TabularSource() = default;

    // Opens by content, not by extension (a .xls named .csv still gets a clear error). Errors are one
    // user-readable sentence: missing file, not a spreadsheet, encrypted, old .xls format, corrupt zip ...
    static Result<std::unique_ptr<TabularSource>> open(const QString& path, const TabularOptions& options = {});

    // Visible sheets in workbook order; a CSV file has one, named after the file.
    virtual QStringList sheetNames() const = 0;
    // Starts (again) from the first row of the sheet. Fails for an index out of range or an unreadable sheet.
    virtual Status selectSheet(int index) = 0;
    // The next non-blank row, or nullopt at the end of the sheet or on an error (then error() is non-empty).
    virtual std::optional<SourceRow> nextRow() = 0;
    virtual QString error() const = 0;
    // How far reading has got, 0..1, for progress bars.
    virtual double progress() const = 0;
    // CSV: the encoding used ("UTF-8", "GB18030", "UTF-16LE", ...) and delimiter; XLSX: empty / null.
    virtual QString encoding() const { return {}; }
    virtual QChar delimiter() const { return {}; }
};
