#include "CsvWriter.h"

namespace {
// Bytes handed to the device at once: big enough that a million rows are not a million write() calls.
constexpr qsizetype flushThreshold = 256 * 1024;
} // namespace

std::optional<CsvWriter::Encoding> CsvWriter::encodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return Encoding::Utf8WithBom;
    if (n == QLatin1String("gb18030"))
        return Encoding::Gb18030;
    return std::nullopt;
}

CsvWriter::CsvWriter(QIODevice& device, Encoding encoding)
    : m_device(device),
      // GB18030 comes from ICU through Qt; it encodes every Unicode character, so nothing is lost.
      m_encoder(encoding == Encoding::Gb18030 ? QStringEncoder("GB18030") : QStringEncoder(QStringEncoder::Utf8)),
      m_bomPending(encoding == Encoding::Utf8WithBom)
{
}

QString CsvWriter::quoted(const QString& field)
{
    bool needsQuotes = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    for (qsizetype i = 0; !needsQuotes && i < field.size(); ++i) {
        const QChar c = field.at(i);
        needsQuotes = c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
    }
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_error.isEmpty())
        return false;
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line.append(QLatin1Char(','));
        m_line.append(quoted(fields.at(i)));
    }
    m_line.append(QLatin1String("\r\n"));
    if (m_bomPending) {
        m_buffer.append("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    m_buffer.append(m_encoder.encode(m_line));
    if (m_encoder.hasError()) {
        m_error = tr("A value cannot be written in the chosen encoding.");
        return false;
    }
    return m_buffer.size() < flushThreshold || flush();
}

bool CsvWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (m_bomPending) { // an empty table still gets its BOM, so the encoding is recognisable
        m_buffer.append("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size()) {
        m_error = m_device.errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}
