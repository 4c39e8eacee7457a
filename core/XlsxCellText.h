#pragma once

#include <QString>
#include <QStringView>

// How a numeric cell is shown, decided by its number format (see XlsxStyles).
enum class XlsxValueKind { Number, Date, DateTime, Time, Duration };

// Turns the raw text of XLSX cells into what the user saw: exact decimal digits, ISO dates, decoded escapes.
// Pure functions on strings, so they are tested and fuzzed without a zip around them.
class XlsxCellText {
public:
    // "13800138000" -> "13800138000", "1.38001380000E10" -> "13800138000", "1.5E-3" -> "0.0015", "-0" -> "0".
    // Decimal arithmetic on the text, never through a double. Fractions with more than 15 significant
    // digits are rounded to 15, as Excel shows them (2087.0249999999996 -> 2087.025); integers keep every digit.
    // Text that is not a number comes back unchanged.
    static QString number(QStringView raw);

    // A serial number under a date/time format: "2024-03-05", "2024-03-05T08:30:00", "08:30:00" or, for
    // durations, "255:10:10". Falls back to number() for values no calendar shows (negative, NaN, > 9999).
    static QString serial(QStringView raw, XlsxValueKind kind, bool date1904);

    // A t="d" cell (ISO 8601 text): "2024-03-05T00:00:00Z" -> "2024-03-05" under a date-only format.
    static QString isoDate(QStringView raw, XlsxValueKind kind);

    // Decodes _xHHHH_ escapes; _x005F_ is an escaped underscore, so "_x005F_x000D_" stays "_x000D_".
    static QString unescape(const QString& text);
};
