#include "MatchRecordReader.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <queue>
#include <thread>

namespace {
constexpr int ChunkRows = 8192;
constexpr size_t MaxChunksInFlight = 8; // read ahead of the workers by at most this many chunks

// A chunk of rows as SQLite gave them: the integer first column, and the UTF-8 of the text columns one
// after another. Copying bytes is all the reading thread does.
struct RawRows {
    std::vector<qint64> ids;
    QByteArray bytes;
    std::vector<int> ends; // where each text value ends in `bytes`, row after row
    int columns = 0;

    size_t size() const { return ids.size(); }
    QString text(size_t row, int column) const
    {
        const size_t at = row * size_t(columns) + size_t(column);
        const int begin = at == 0 ? 0 : ends[at - 1];
        return QString::fromUtf8(bytes.constData() + begin, ends[at] - begin);
    }
};

class RowReader {
public:
    RowReader(sqlite3* db, const char* sql, int textColumns) : m_db(db), m_columns(textColumns)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_statement.reset(statement);
    }
    const QString& error() const { return m_error; }

    // Fills `rows` with the next chunk; false when there are no more rows (or on an error).
    bool next(RawRows& rows)
    {
        if (!m_statement || m_done)
            return false;
        rows.columns = m_columns;
        rows.bytes.reserve(ChunkRows * m_columns * 12);
        while (rows.size() < size_t(ChunkRows)) {
            const int rc = sqlite3_step(m_statement.get());
            if (rc != SQLITE_ROW) {
                if (rc != SQLITE_DONE)
                    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
                m_done = true;
                break;
            }
            rows.ids.push_back(sqlite3_column_int64(m_statement.get(), 0));
            for (int c = 1; c <= m_columns; ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), c));
                rows.bytes.append(text ? text : "", text ? sqlite3_column_bytes(m_statement.get(), c) : 0);
                rows.ends.push_back(int(rows.bytes.size()));
            }
        }
        return rows.size() > 0;
    }

private:
    sqlite3* m_db;
    SqliteStatementHandle m_statement;
    int m_columns;
    QString m_error;
    bool m_done = false;
};

// Runs build(rows, out) on worker threads for every chunk the reader gives on the calling thread, with
// `afterChunk(rowsSoFar)` (on the calling thread) able to stop the run. Outputs come back in reading order.
template <typename Out, typename Build, typename After>
std::deque<Out> buildChunks(RowReader& reader, Build build, After afterChunk, bool& stopped)
{
    std::deque<RawRows> inputs;
    std::deque<Out> outputs;
    std::mutex mutex;
    std::condition_variable work, room;
    std::queue<std::pair<RawRows*, Out*>> pending;
    size_t inFlight = 0;
    bool finished = false;

    const auto worker = [&] {
        for (;;) {
            std::unique_lock lock(mutex);
            work.wait(lock, [&] { return !pending.empty() || finished; });
            if (pending.empty())
                return;
            const auto [rows, out] = pending.front();
            pending.pop();
            lock.unlock();
            build(*rows, *out);
            *rows = RawRows{}; // the bytes are decoded: give them back
            lock.lock();
            --inFlight;
            room.notify_one();
        }
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back(worker);

    qint64 rowsSoFar = 0;
    stopped = false;
    for (RawRows rows; reader.next(rows); rows = RawRows{}) {
        rowsSoFar += qint64(rows.size());
        {
            std::unique_lock lock(mutex);
            room.wait(lock, [&] { return inFlight < MaxChunksInFlight; });
            inputs.push_back(std::move(rows));
            outputs.emplace_back();
            pending.push({&inputs.back(), &outputs.back()});
            ++inFlight;
        }
        work.notify_one();
        if (!afterChunk(rowsSoFar)) {
            stopped = true;
            break;
        }
    }
    {
        std::lock_guard lock(mutex);
        finished = true;
    }
    work.notify_all();
    for (std::thread& w : workers)
        w.join();
    return outputs;
}

struct ContactKeys {
    qint64 customerId = 0;
    QString phones[2];
    QString email;
};

// The records' position in the order of their names' readings, by the first four letters.
std::vector<std::pair<quint64, quint32>> nameOrder(const std::deque<std::vector<MatchRecord>>& chunks)
{
    std::vector<std::pair<quint64, quint32>> order;
    quint32 index = 0;
    for (const auto& chunk : chunks) {
        for (const MatchRecord& r : chunk) {
            quint64 prefix = 0;
            for (qsizetype c = 0; c < 4; ++c)
                prefix = prefix << 16 | (c < r.namePinyin.size() ? r.namePinyin[c].unicode() : 0);
            order.emplace_back(prefix, index++);
        }
    }
    std::sort(order.begin(), order.end());
    return order;
}
} // namespace

Result<std::vector<MatchRecord>> MatchRecordReader::read(qint64 total, const std::function<bool(qint64, qint64)>& progress) const
{
    using Records = Result<std::vector<MatchRecord>>;
    const auto cancelled = [] { return Records::failure(tr("Reading the customers was cancelled."), ErrorKind::Cancelled); };
    bool stopped = false;

    RowReader customerRows(m_db,
                           "SELECT id, kind, name, family_name, given_name, company, province, city, address, postcode,"
                           " birthday, id_number FROM customers ORDER BY id",
                           11);
    if (!customerRows.error().isEmpty())
        return Records::failure(customerRows.error());
    std::deque<std::vector<MatchRecord>> chunks = buildChunks<std::vector<MatchRecord>>(
        customerRows,
        [&](const RawRows& rows, std::vector<MatchRecord>& out) {
            out.reserve(rows.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                Customer c;
                c.id = rows.ids[i];
                c.kind = rows.text(i, 0) == QLatin1String("individual") ? CustomerKind::Individual : CustomerKind::Company;
                c.name = rows.text(i, 1);
                c.familyName = rows.text(i, 2);
                c.givenName = rows.text(i, 3);
                c.company = rows.text(i, 4);
                c.province = rows.text(i, 5);
                c.city = rows.text(i, 6);
                c.address = rows.text(i, 7);
                c.postcode = rows.text(i, 8);
                c.birthday = QDate::fromString(rows.text(i, 9), Qt::ISODate);
                c.idNumber = rows.text(i, 10);
                out.push_back(m_keys.record(c, {}, {}));
            }
        },
        [&](qint64 done) { return !progress || progress(done, total); }, stopped);
    if (stopped)
        return cancelled();
    if (!customerRows.error().isEmpty())
        return Records::failure(customerRows.error());

    // Customers came in id order, in chunks of ChunkRows: a record's place follows from its id's rank.
    std::vector<qint64> ids;
    for (const auto& chunk : chunks)
        for (const MatchRecord& r : chunk)
            ids.push_back(r.id);
    const auto recordOf = [&](qint64 id) -> MatchRecord* {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        if (it == ids.end() || *it != id)
            return nullptr;
        const size_t at = size_t(it - ids.begin());
        return &chunks[at / ChunkRows][at % ChunkRows];
    };

    RowReader contactRows(m_db, "SELECT customer_id, mobile, phone, email FROM contacts", 3);
    if (!contactRows.error().isEmpty())
        return Records::failure(contactRows.error());
    const std::deque<std::vector<ContactKeys>> contacts = buildChunks<std::vector<ContactKeys>>(
        contactRows,
        [](const RawRows& rows, std::vector<ContactKeys>& out) {
            out.resize(rows.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                out[i].customerId = rows.ids[i];
                out[i].phones[0] = MatchKeys::phone(rows.text(i, 0));
                out[i].phones[1] = MatchKeys::phone(rows.text(i, 1));
                out[i].email = MatchKeys::email(rows.text(i, 2));
            }
        },
        [&](qint64) { return !progress || progress(total, total); }, stopped);
    if (stopped)
        return cancelled();
    if (!contactRows.error().isEmpty())
        return Records::failure(contactRows.error());
    for (const auto& chunk : contacts) {
        for (const ContactKeys& k : chunk) {
            MatchRecord* r = recordOf(k.customerId);
            if (!r)
                continue;
            for (const QString& phone : k.phones)
                if (!phone.isEmpty() && !r->phones.contains(phone))
                    r->phones.append(phone);
            if (!k.email.isEmpty() && !r->emails.contains(k.email))
                r->emails.append(k.email);
        }
    }

    std::vector<MatchRecord> records;
    records.reserve(ids.size());
    for (const auto& [prefix, index] : nameOrder(chunks))
        records.push_back(std::move(chunks[index / ChunkRows][index % ChunkRows]));
    return records;
}
