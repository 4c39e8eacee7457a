#include "MatchRecordReader.h"

#include "SqliteStatement.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
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

// Runs build(rows, firstRow) on worker threads for every chunk the reader gives on the calling thread;
// `firstRow` counts the rows of the chunks before. Results go into `storage`, grown to hold every row the
// reader gives (only while no worker runs); `afterChunk(rowsSoFar)` on the calling thread may stop the run.
// Returns false when stopped.
template <typename Storage, typename Build, typename After>
bool buildChunks(RowReader& reader, Storage& storage, Build build, After afterChunk)
{
    std::mutex mutex;
    std::condition_variable work, room;
    std::queue<std::pair<RawRows, size_t>> pending;
    size_t busy = 0; // chunks queued or being built
    bool finished = false;

    const auto worker = [&] {
        for (;;) {
            std::unique_lock lock(mutex);
            work.wait(lock, [&] { return !pending.empty() || finished; });
            if (pending.empty())
                return;
            auto [rows, firstRow] = std::move(pending.front());
            pending.pop();
            lock.unlock();
            build(rows, firstRow);
            lock.lock();
            --busy;
            room.notify_one();
        }
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back(worker);

    size_t rowsSoFar = 0;
    bool stopped = false;
    for (RawRows rows; reader.next(rows); rows = RawRows{}) {
        const size_t firstRow = rowsSoFar;
        rowsSoFar += rows.size();
        {
            std::unique_lock lock(mutex);
            // More rows than counted (added since): grow once every worker is done with the storage.
            room.wait(lock, [&] { return busy < MaxChunksInFlight && (storage.size() >= rowsSoFar || busy == 0); });
            if (storage.size() < rowsSoFar)
                storage.resize(rowsSoFar);
            pending.push({std::move(rows), firstRow});
            ++busy;
        }
        work.notify_one();
        if (!afterChunk(qint64(rowsSoFar))) {
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
    storage.resize(std::min(storage.size(), rowsSoFar)); // fewer rows than counted (deleted since)
    return !stopped;
}

// Surnames, given names, their readings, places and birthdays repeat across a large archive: each worker
// keeps one copy of the values it has seen and lets its records share it (a third less memory for the read).
// Bounded: forgotten all at once when full.
class SharedValues {
public:
    void share(MatchRecord& r)
    {
        for (QString MatchRecord::*field : {&MatchRecord::family, &MatchRecord::given, &MatchRecord::familyPinyin,
                                            &MatchRecord::givenPinyin, &MatchRecord::province, &MatchRecord::city,
                                            &MatchRecord::postcode, &MatchRecord::birthday, &MatchRecord::company}) {
            QString& value = r.*field;
            if (value.isEmpty())
                continue;
            if (const auto it = m_values.constFind(value); it != m_values.constEnd()) {
                value = *it;
                continue;
            }
            if (m_values.size() >= 200000)
                m_values.clear();
            m_values.insert(value);
        }
    }

private:
    QSet<QString> m_values;
};

struct ContactKeys {
    qint64 customerId = 0;
    QString phones[2];
    QString email;
};

// Puts the records in the order of their names' readings (by the first four letters), in place: a second
// array of a million records would double the read's memory.
void sortByName(std::vector<MatchRecord>& records)
{
    std::vector<std::pair<quint64, quint32>> order(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        quint64 prefix = 0;
        const QString& reading = records[i].namePinyin;
        for (qsizetype c = 0; c < 4; ++c)
            prefix = prefix << 16 | (c < reading.size() ? reading[c].unicode() : 0);
        order[i] = {prefix, quint32(i)};
    }
    std::sort(order.begin(), order.end());
    // Position i takes the record now at order[i].second: follow each cycle of the permutation once.
    std::vector<bool> placed(records.size(), false);
    for (size_t start = 0; start < records.size(); ++start) {
        if (placed[start])
            continue;
        MatchRecord first = std::move(records[start]);
        size_t at = start;
        for (size_t from = order[at].second; from != start; from = order[at].second) {
            records[at] = std::move(records[from]);
            placed[at] = true;
            at = from;
        }
        records[at] = std::move(first);
        placed[at] = true;
    }
}
} // namespace

Result<std::vector<MatchRecord>> MatchRecordReader::read(qint64 total, const std::function<bool(qint64, qint64)>& progress) const
{
    using Records = Result<std::vector<MatchRecord>>;
    const auto cancelled = [] { return Records::failure(tr("Reading the customers was cancelled."), ErrorKind::Cancelled); };

    RowReader customerRows(m_db,
                           "SELECT id, kind, name, family_name, given_name, company, province, city, address, postcode,"
                           " birthday, id_number FROM customers ORDER BY id",
                           11);
    if (!customerRows.error().isEmpty())
        return Records::failure(customerRows.error());
    std::vector<MatchRecord> records(size_t(std::max<qint64>(total, 0)));
    const bool read = buildChunks(
        customerRows, records,
        [&](const RawRows& rows, size_t firstRow) {
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
                thread_local SharedValues shared;
                MatchRecord& r = records[firstRow + i];
                r = m_keys.record(c, {}, {});
                shared.share(r);
            }
        },
        [&](qint64 done) { return !progress || progress(done, total); });
    if (!read)
        return cancelled();
    if (!customerRows.error().isEmpty())
        return Records::failure(customerRows.error());

    // Records are in id order (the read's ORDER BY) until sorted by name below.
    const auto recordOf = [&](qint64 id) -> MatchRecord* {
        const auto it = std::lower_bound(records.begin(), records.end(), id, [](const MatchRecord& r, qint64 v) { return r.id < v; });
        return it != records.end() && it->id == id ? &*it : nullptr;
    };
    qint64 contactCount = 0;
    {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT count(*) FROM contacts", -1, &statement, nullptr);
        const SqliteStatementHandle count(statement);
        if (count && sqlite3_step(count.get()) == SQLITE_ROW)
            contactCount = sqlite3_column_int64(count.get(), 0);
    }
    RowReader contactRows(m_db, "SELECT customer_id, mobile, phone, email FROM contacts", 3);
    if (!contactRows.error().isEmpty())
        return Records::failure(contactRows.error());
    std::vector<ContactKeys> contacts(static_cast<size_t>(contactCount)); // grown if contacts were added since
    const bool readContacts = buildChunks(
        contactRows, contacts,
        [&](const RawRows& rows, size_t firstRow) {
            for (size_t i = 0; i < rows.size(); ++i) {
                ContactKeys& k = contacts[firstRow + i];
                k.customerId = rows.ids[i];
                k.phones[0] = MatchKeys::phone(rows.text(i, 0));
                k.phones[1] = MatchKeys::phone(rows.text(i, 1));
                k.email = MatchKeys::email(rows.text(i, 2));
            }
        },
        [&](qint64) { return !progress || progress(total, total); });
    if (!readContacts)
        return cancelled();
    if (!contactRows.error().isEmpty())
        return Records::failure(contactRows.error());
    for (const ContactKeys& k : contacts) {
        MatchRecord* r = recordOf(k.customerId);
        if (!r)
            continue;
        for (const QString& phone : k.phones)
            if (!phone.isEmpty() && !r->phones.contains(phone))
                r->phones.append(phone);
        if (!k.email.isEmpty() && !r->emails.contains(k.email))
            r->emails.append(k.email);
    }
    std::vector<ContactKeys>().swap(contacts);

    sortByName(records);
    return records;
}
