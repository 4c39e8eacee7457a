#pragma once

#include <QDate>
#include <QString>
#include <optional>

// Cleaning of typed or imported values, shared by manual entry and import: what "the same value" means for
// text, dates, amounts, e-mails and phones. Pure functions, no storage.
class ValueCleaner {
public:
    // Trimmed; full-width ASCII (Ａ１，＠ and the ideographic space) turned half-width; line breaks and runs
    // of spaces inside kept as they are except that \r\n becomes \n.
    static QString text(const QString& value);

    enum class DateOrder { DayFirst, MonthFirst };
    // 2024-03-05, 2024/3/5, 2024.3.5, 20240305, 2024年3月5日, 05/03/2024 (DayFirst) or 03/05/2024 (MonthFirst),
    // 2024-03-05T08:30:00 / "2024-03-05 08:30" (the date part), and Excel serial numbers (1900 system,
    // e.g. 45356 -> 2024-03-05; only plausible values 1..2958465). Impossible dates -> nullopt.
    static std::optional<QDate> date(const QString& value, DateOrder order = DateOrder::DayFirst);

    // "¥1,234.50", "1234.5元", "￥ 1 234", "-12", "1.2万" (x10000) -> cents. More than 2 decimals rounds
    // half away from zero. Not a number -> nullopt.
    static std::optional<qint64> amountCents(const QString& value);

    // Trimmed, full-width to half-width, lower-cased.
    static QString email(const QString& value);

    struct Phone {
        QString value; // E.164 (with ;ext=) when it parses, else the cleaned text as typed
        bool valid = false;
    };
    // libphonenumber, default region CN; "1.38001380000E10" style numbers (a spreadsheet's number cell
    // shown in exponent form) are turned back into digits first.
    static Phone phone(const QString& value);
};
