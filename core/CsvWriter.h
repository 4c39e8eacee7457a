#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringEncoder>
#include <QStringList>
#include <optional>

// Streams rows to a device as RFC 4180 CSV the way Excel reads it: CRLF line ends, fields quoted only when
// they must be, UTF-8 with a byte order mark (without it Excel shows Chinese as mojibake) or GB18030 (what
// Excel on a Chinese Windows assumes for a CSV without BOM).
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class Encoding { Utf8WithBom, Gb18030 };
    // "utf-8"/"utf8" or "gb18030", case-insensitive; anything else -> nullopt.
    static std::optional<Encoding> encodingFromName(const QString& name);

    explicit CsvWriter(QIODevice& device, Encoding encoding = Encoding::Utf8WithBom);

    // False when the device refused the bytes (disk full, ...): see errorString().
    bool writeRow(const QStringList& fields);
    // Writes out what is buffered; call before closing the device.
    bool flush();
    QString errorString() const { return m_error; }

    // The field as it appears in the file: in double quotes (quotes doubled) when it holds a comma, quote,
    // CR or LF, or starts or ends with white space that a reader would otherwise trim.
    static QString quoted(const QString& field);

private:
    QIODevice& m_device;
    QStringEncoder m_encoder;
    QByteArray m_buffer;
    QString m_line;
    QString m_error;
    bool m_bomPending = false;
};
