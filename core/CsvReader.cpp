#include "CsvReader.h"

#include "CsvEncoding.h"

#include <QHash>
#include <algorithm>
#include <QList>

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr int kSniffRecords = 20;

QByteArray readUpTo(QIODevice& device, qint64 size)
{
    QByteArray bytes;
    while (bytes.size() < size) {
        const QByteArray more = device.read(size - bytes.size());
        if (more.isEmpty())
            break;
        bytes.append(more);
    }
    return bytes;
}

// Fields per record over the first records, with the same quoting rules as the reader; blank lines and a
// record cut off by the end of an incomplete sample do not count.
QList<qsizetype> fieldCounts(QStringView sample, QChar delimiter, bool complete)
{
    QList<qsizetype> counts;
    const qsizetype n = sample.size();
    qsizetype i = 0;
    while (i < n && counts.size() < kSniffRecords) {
        qsizetype fields = 1;
        bool inQuotes = false;
        bool fieldStart = true;
        bool ended = false;
        const qsizetype start = i;
        qsizetype contentEnd = n;
        while (i < n) {
            const QChar c = sample[i];
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < n && sample[i + 1] == u'"') {
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                }
                ++i;
                continue;
            }
            if (c == u'"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
                ++i;
                continue;
            }
            fieldStart = false;
            if (c == delimiter) {
                ++fields;
                fieldStart = true;
            } else if (c == u'\r' || c == u'\n') {
                ended = true;
                contentEnd = i;
                i += c == u'\r' && i + 1 < n && sample[i + 1] == u'\n' ? 2 : 1;
                break;
            }
            ++i;
        }
        if (!ended && !complete)
            break;
        if (contentEnd > start)
            counts.append(fields);
    }
    return counts;
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, QString sheetName, QString displayName)
    : m_device(std::move(device)), m_sheetName(std::move(sheetName)), m_displayName(std::move(displayName))
{
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(std::unique_ptr<QIODevice> device, const QString& sheetName,
                                                   const QString& displayName, const TabularOptions& options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(device), sheetName, displayName));
    const Status started = reader->start(options);
    if (!started)
        return Result<std::unique_ptr<CsvReader>>::failure(started.error());
    return reader;
}

Status CsvReader::start(const TabularOptions& options)
{
    const bool sequential = m_device->isSequential();
    m_size = sequential ? 0 : m_device->size();
    m_dataStart = sequential ? 0 : m_device->pos();
    const QByteArray head = readUpTo(*m_device, kChunkBytes);
    const bool complete = head.size() < kChunkBytes;
    const CsvEncoding::Guess guess = CsvEncoding::guess(head, complete);

    QString name = CsvEncoding::canonicalName(options.encoding);
    if (name.isEmpty()) {
        if (guess.binary)
            return Status::failure(tr("“%1” is neither a spreadsheet nor a text (CSV) file.").arg(m_displayName));
        name = guess.name;
        if (guess.asciiOnly && !complete && !sequential) {
            // GBK text may start after a long ASCII part; UTF-8 files with Chinese in the first 64 KiB are
            // not scanned, so this second pass is paid only for files that are ASCII so far.
            CsvEncoding::Utf8Validator utf8;
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            qint64 got = 0;
            while ((got = m_device->read(chunk.data(), chunk.size())) > 0) {
                if (!utf8.feed(QByteArrayView(chunk.constData(), got))) {
                    name = QStringLiteral("GB18030");
                    break;
                }
            }
            if (!m_device->seek(m_dataStart + head.size()))
                return Status::failure(tr("Reading “%1” failed: %2").arg(m_displayName, m_device->errorString()));
        }
    } else if (name == u"UTF-16") {
        name = guess.name.startsWith(QLatin1String("UTF-16")) ? guess.name : QStringLiteral("UTF-16LE");
    }

    if (name == u"UTF-8")
        m_decoder = QStringDecoder(QStringConverter::Utf8);
    else if (name == u"UTF-16LE")
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
    else if (name == u"UTF-16BE")
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
    else
        m_decoder = QStringDecoder(name.toLatin1().constData()); // GB18030 and others through ICU
    if (!m_decoder.isValid())
        return Status::failure(tr("The text encoding “%1” is not available.").arg(name));
    m_encoding = name;

    m_buffer = m_decoder.decode(head);
    m_eof = complete;
    m_delimiter = options.delimiter.isNull() ? sniffDelimiter(m_buffer, complete) : options.delimiter;
    if (m_delimiter == u'"' || m_delimiter == u'\r' || m_delimiter == u'\n')
        return Status::failure(tr("Quotes and line breaks cannot be the delimiter of a CSV file."));
    return {};
}

QChar CsvReader::sniffDelimiter(QStringView sample, bool complete)
{
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestConsistency = 0;
    qsizetype bestColumns = 1;
    for (const char16_t candidate : candidates) {
        const QList<qsizetype> counts = fieldCounts(sample, QChar(candidate), complete);
        QHash<qsizetype, int> frequency;
        qsizetype mode = 0;
        for (const qsizetype count : counts) {
            const int f = ++frequency[count];
            if (f > frequency.value(mode) || (f == frequency.value(mode) && count > mode))
                mode = count;
        }
        if (mode <= 1)
            continue;
        const double consistency = double(frequency.value(mode)) / double(counts.size());
        if (consistency > bestConsistency + 1e-9 || (consistency > bestConsistency - 1e-9 && mode > bestColumns)) {
            best = QChar(candidate);
            bestConsistency = consistency;
            bestColumns = mode;
        }
    }
    return best;
}

Status CsvReader::selectSheet(int index)
{
    if (index != 0) {
        m_error = tr("“%1” has no sheet number %2.").arg(m_displayName).arg(index + 1);
        return Status::failure(m_error);
    }
    if (m_record == 0 && m_pos == 0 && m_error.isEmpty())
        return {}; // nothing read yet
    if (m_device->isSequential() || !m_device->seek(m_dataStart)) {
        m_error = tr("“%1” cannot be read again from the start.").arg(m_displayName);
        return Status::failure(m_error);
    }
    m_decoder.resetState();
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_done = false;
    m_record = 0;
    m_error.clear();
    return {};
}

bool CsvReader::readChunk()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray bytes(kChunkBytes, Qt::Uninitialized);
    const qint64 got = m_device->read(bytes.data(), kChunkBytes);
    if (got < 0) {
        m_error = tr("Reading “%1” failed: %2").arg(m_displayName, m_device->errorString());
        return false;
    }
    if (got == 0) {
        m_eof = true;
        return true;
    }
    // Decode straight into the buffer; the decoder keeps a multibyte sequence cut at the chunk's end.
    const QByteArrayView input(bytes.constData(), got);
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_decoder.requiredSpace(got));
    QChar* end = m_decoder.appendToBuffer(m_buffer.data() + old, input);
    m_buffer.truncate(end - m_buffer.constData());
    return true;
}

CsvReader::Step CsvReader::parseRecord(QStringList& cells, qsizetype& end) const
{
    cells.clear();
    const QChar* d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const QChar delimiter = m_delimiter;
    const auto plainEnd = [&](qsizetype from) {
        while (from < n && d[from] != delimiter && d[from] != u'\n' && d[from] != u'\r')
            ++from;
        return from;
    };
    qsizetype i = m_pos;
    for (;;) {
        if (i < n && d[i] == u'"') {
            QString field;
            ++i;
            for (;;) {
                const qsizetype quote = QStringView(d + i, n - i).indexOf(u'"');
                if (quote < 0) {
                    if (!m_eof)
                        return Step::NeedMore;
                    field.append(d + i, n - i); // never closed: the rest of the file is the cell
                    cells.append(field);
                    end = n;
                    return Step::Record;
                }
                field.append(d + i, quote);
                i += quote + 1;
                if (i < n && d[i] == u'"') {
                    field.append(u'"');
                    ++i;
                    continue;
                }
                if (i >= n && !m_eof)
                    return Step::NeedMore; // a doubled quote may be split over two chunks
                break;
            }
            // Text after the closing quote is kept, as Excel does with `"ab"cd`.
            const qsizetype j = plainEnd(i);
            field.append(d + i, j - i);
            i = j;
            cells.append(field);
        } else {
            const qsizetype j = plainEnd(i);
            cells.append(QString(d + i, j - i));
            i = j;
        }
        if (i >= n) {
            if (!m_eof)
                return Step::NeedMore;
            end = n;
            return Step::Record;
        }
        if (d[i] == delimiter) {
            ++i;
            continue;
        }
        if (d[i] == u'\r') {
            if (i + 1 >= n && !m_eof)
                return Step::NeedMore; // CR LF split over two chunks
            i += i + 1 < n && d[i + 1] == u'\n' ? 2 : 1;
        } else {
            ++i;
        }
        end = i;
        return Step::Record;
    }
}

std::optional<SourceRow> CsvReader::nextRow()
{
    if (!m_error.isEmpty() || m_done)
        return std::nullopt;
    SourceRow row;
    row.cells.reserve(m_widestRecord);
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_eof) {
                m_done = true;
                return std::nullopt;
            }
            if (!readChunk())
                return std::nullopt;
            continue;
        }
        qsizetype end = 0;
        if (parseRecord(row.cells, end) == Step::NeedMore) {
            if (m_buffer.size() - m_pos > kMaxRecordChars) {
                m_error = tr("Row %1 of “%2” is too long (over a million characters); a quote may never be closed.")
                              .arg(m_record + 1)
                              .arg(m_displayName);
                return std::nullopt;
            }
            if (!readChunk())
                return std::nullopt;
            continue;
        }
        m_pos = end;
        row.number = ++m_record;
        m_widestRecord = std::max(m_widestRecord, row.cells.size());
        for (const QString& cell : std::as_const(row.cells))
            if (!cell.isEmpty())
                return row;
    }
}

double CsvReader::progress() const
{
    if (m_done)
        return 1.0;
    if (m_size <= m_dataStart)
        return 0.0;
    const double done = double(m_device->pos() - m_dataStart) / double(m_size - m_dataStart);
    return done < 0 ? 0.0 : (done > 1 ? 1.0 : done);
}
