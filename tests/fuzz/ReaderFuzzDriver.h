#pragma once

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

// What the fuzz targets and ReaderCorpusTest do with one input: open it from memory, read every row of every
// sheet (up to a cap, so a zip bomb stays a slow input rather than a hang) and hand back the errors seen.
namespace ReaderFuzzDriver {

enum class Format { Csv, Xlsx };

struct Outcome {
    QString openError;
    QStringList readErrors;
    qint64 rows = 0;
};

inline Outcome run(Format format, const uint8_t* data, size_t size, qint64 rowCap = 200000)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer->open(QIODevice::ReadOnly);
    Outcome outcome;
    std::unique_ptr<TabularSource> source;
    if (format == Format::Csv) {
        auto opened = CsvReader::open(std::move(buffer), QStringLiteral("fuzz"), QStringLiteral("fuzz.csv"));
        if (!opened)
            outcome.openError = opened.error();
        else
            source = std::move(opened).value();
    } else {
        auto opened = XlsxReader::open(std::move(buffer), QStringLiteral("fuzz.xlsx"));
        if (!opened)
            outcome.openError = opened.error();
        else
            source = std::move(opened).value();
    }
    if (!source)
        return outcome;
    for (int sheet = 0; sheet < source->sheetNames().size() && sheet < 64; ++sheet) {
        if (source->selectSheet(sheet)) {
            while (outcome.rows < rowCap) {
                const auto row = source->nextRow();
                if (!row)
                    break;
                ++outcome.rows;
                const double p = source->progress();
                if (!(p >= 0.0 && p <= 1.0))
                    __builtin_trap();
            }
        }
        if (!source->error().isEmpty())
            outcome.readErrors.append(source->error());
    }
    return outcome;
}

} // namespace ReaderFuzzDriver
