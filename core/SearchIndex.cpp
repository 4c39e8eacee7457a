#include "SearchIndex.h"

#include "BoundedQueue.h"
#include "FtsSideBuild.h"
#include "FtsTable.h"
#include "LargeCacheScope.h"
#include "PhaseTrace.h"
#include "PhoneNumber.h"
#include "PragmaScope.h"
#include "SearchDocumentReader.h"
#include "SearchEntry.h"
#include "SearchText.h"
#include "SqlValue.h"
#include "SqliteStatement.h"
#include "Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
Status execAll(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery query(db);
    for (const QString& sql : statements)
        if (!query.exec(sql))
            return Status::failure(SearchIndex::tr("The search index cannot be changed: %1").arg(query.lastError().text()));
    return {};
}

// The FTS tables alone, so that rebuild() can drop and recreate them (much faster than deleting rows).
// No column sizes (columnsize = 0): they only serve bm25 ranking, which the search does not use.
const FtsTable ftsTables[] = {
    // Substrings of 3+ characters, in everything searchable. No positions (detail = 'none': a third of
    // the size); queries use LIKE, which FTS5 answers from the trigrams and SQLite re-checks on the text.
    {QStringLiteral("search_text"), QStringLiteral("body"),
     QStringLiteral("tokenize = 'trigram', detail = 'none', columnsize = 0"), &SearchEntry::body},
    // Whole names and their pinyin: exact name and name prefix, with prefix indexes for short queries.
    {QStringLiteral("search_names"), QStringLiteral("name"),
     QStringLiteral("tokenize = 'unicode61', prefix = '1 2 3 4', detail = 'none', columnsize = 0"), &SearchEntry::names},
    // Exact tokens only, no prefix index and no positions: phones ("p" + digits), their last 4 digits ("t" +
    // digits), and for 1–2 character queries the first one and two characters of every name piece, syllable,
    // phone number and word (what a prefix index over those words would hold, without the words themselves).
    {QStringLiteral("search_terms"), QStringLiteral("terms"),
     QStringLiteral("tokenize = 'unicode61', detail = 'none', columnsize = 0"), &SearchEntry::terms},
};

// Merge 16 segments of a level at a time instead of 4, as entries are updated and when an index is built on
// the archive's connection alone: each entry is rewritten less often (building 1,000,000 customers that way:
// 104 → 94 s), and the search still reads few enough segments (p95 per keystroke 2.5 ms on that index).
QString automergeSql(const FtsTable& table)
{
    return QStringLiteral("INSERT INTO %1(%1, rank) VALUES('automerge', 16)").arg(table.name);
}

// A side build merges nothing while the entries come in and everything into one segment at the end, on its
// own thread, so the three final merges run at the same time (1,000,000 customers: entries in by 34 s instead
// of about 50 s; the three merges then take about 12 s). The crisis merge (FTS5 merges a level that many
// segments reach, whatever automerge says) is raised so that it does not run meanwhile; FTS5 allows 2,000
// segments in all. Afterwards the table has the settings install() gives it.
QStringList sideBuildSetup(const FtsTable& table)
{
    return {QStringLiteral("INSERT INTO %1(%1, rank) VALUES('automerge', 0)").arg(table.name),
            QStringLiteral("INSERT INTO %1(%1, rank) VALUES('crisismerge', 1000)").arg(table.name)};
}

QStringList sideBuildFinishing(const FtsTable& table)
{
    return {QStringLiteral("INSERT INTO %1(%1) VALUES('optimize')").arg(table.name),
            QStringLiteral("INSERT INTO %1(%1, rank) VALUES('crisismerge', 16)").arg(table.name), automergeSql(table)};
}

QStringList createTables()
{
    QStringList statements;
    for (const FtsTable& table : ftsTables)
        statements << table.createSql() << automergeSql(table);
    return statements;
}

const QStringList dropTables = {
    QStringLiteral("DROP TABLE IF EXISTS search_text"),
    QStringLiteral("DROP TABLE IF EXISTS search_names"),
    QStringLiteral("DROP TABLE IF EXISTS search_terms"),
};

QString markDirty(const QString& idExpression)
{
    return QStringLiteral("INSERT OR IGNORE INTO search_dirty(customer_id) VALUES (%1);").arg(idExpression);
}

// Adds each string once, in first-seen order (a customer's contact often repeats its name or number). A
// customer has a few dozen of them at most: a linear look is cheaper than a hash set made for each entry.
class UniqueList {
public:
    UniqueList() { m_items.reserve(24); }

    void add(const QString& text)
    {
        if (!text.isEmpty() && !m_items.contains(text))
            m_items.append(text);
    }
    void appendTo(QString& text, QChar separator) const
    {
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                text += separator;
            text += m_items[i];
        }
    }

private:
    QStringList m_items;
};

// Search terms, each once, in first-seen order, joined by spaces as they come. Most terms are the one or two
// first characters of a word (up to 4 UTF-16 units): those are remembered as one 64-bit number instead of a
// string, since an entry has dozens of them and a rebuild makes a million entries.
class TermList {
public:
    TermList() { m_text.reserve(512); }

    void add(QStringView term)
    {
        if (term.isEmpty())
            return;
        if (term.size() <= 4 ? !m_short.insert(packed(term)) : !addLong(term))
            return;
        if (!m_text.empty())
            m_text.push_back(u' ');
        m_text.append(term.utf16(), size_t(term.size()));
    }
    QStringView text() const { return QStringView(m_text.data(), qsizetype(m_text.size())); }

private:
    // Distinct for distinct terms: no term holds U+0000, so the empty top units tell the length.
    static quint64 packed(QStringView term)
    {
        quint64 key = 0;
        for (QChar c : term)
            key = (key << 16) | c.unicode();
        return key;
    }
    // Longer terms (phone numbers) are a handful per entry: a list is cheaper than a hash set.
    bool addLong(QStringView term)
    {
        if (std::find(m_long.begin(), m_long.end(), term) != m_long.end())
            return false;
        m_long.push_back(term.toString());
        return true;
    }

    // A set of nonzero numbers: open addressing, grown at half full; most entries fit the inline slots.
    class KeySet {
    public:
        bool insert(quint64 key)
        {
            if (2 * (m_count + 1) > m_capacity)
                grow();
            quint64* table = m_heap.empty() ? m_inline.data() : m_heap.data();
            const size_t mask = m_capacity - 1;
            for (size_t i = size_t(key * 0x9E3779B97F4A7C15ull >> 32) & mask;; i = (i + 1) & mask) {
                if (table[i] == key)
                    return false;
                if (table[i] == 0) {
                    table[i] = key;
                    ++m_count;
                    return true;
                }
            }
        }

    private:
        void grow()
        {
            std::vector<quint64> old = m_heap.empty() ? std::vector<quint64>(m_inline.begin(), m_inline.end())
                                                      : std::move(m_heap);
            m_capacity *= 2;
            m_heap.assign(m_capacity, 0);
            m_count = 0;
            for (quint64 key : old)
                if (key)
                    insert(key);
        }
        std::array<quint64, 256> m_inline{};
        std::vector<quint64> m_heap;
        size_t m_capacity = 256;
        size_t m_count = 0;
    };

    KeySet m_short;
    std::vector<QString> m_long;
    std::u16string m_text; // a plain buffer: a term is appended a million times per rebuild
};

bool isWordCharacter(char32_t c)
{
    // What FTS5's unicode61 tokenizer keeps in a token by default: letters, numbers, private use (L* N* Co).
    // ASCII and the common Han block first, without a look-up: nearly every character of an archive.
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c >= 0x4E00 && c <= 0x9FFC) // assigned since Unicode 13
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other: case QChar::Number_DecimalDigit:
    case QChar::Number_Letter: case QChar::Number_Other: case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

struct Entry {
    UniqueList body;
    UniqueList names;
    TermList terms;

    // The first one and two characters of every word of `piece`: a 1–2 character query matches the start
    // of a word exactly when it equals one of these.
    void addStarts(QStringView piece)
    {
        const QChar* p = piece.constData();
        const QChar* end = p + piece.size();
        while (p < end) {
            const QChar* wordStart = p;
            qsizetype characters = 0;
            const QChar* afterFirst = nullptr;
            const QChar* afterSecond = nullptr;
            while (p < end) {
                char32_t c = p->unicode();
                const QChar* next = p + 1;
                if (p->isHighSurrogate() && next < end && next->isLowSurrogate()) {
                    c = QChar::surrogateToUcs4(*p, *next);
                    ++next;
                }
                if (!isWordCharacter(c))
                    break;
                ++characters;
                if (characters == 1)
                    afterFirst = next;
                else if (characters == 2)
                    afterSecond = next;
                p = next;
            }
            if (afterFirst)
                terms.add(QStringView(wordStart, afterFirst - wordStart));
            if (afterSecond)
                terms.add(QStringView(wordStart, afterSecond - wordStart));
            if (p == wordStart)
                ++p; // a separator
        }
    }

    void addName(const QString& raw, bool person)
    {
        const QString folded = SearchText::fold(raw.trimmed());
        if (folded.isEmpty())
            return;
        const SearchText::Pinyin pinyin = SearchText::pinyin(folded, person);
        body.add(folded), body.add(pinyin.full), body.add(pinyin.initials);
        names.add(folded), names.add(pinyin.full), names.add(pinyin.initials);
        if (!pinyin.alternate.isEmpty())
            body.add(pinyin.alternate), names.add(pinyin.alternate);
        for (const QString& syllable : pinyin.syllables)
            addStarts(syllable);
        // Every character and every two adjacent characters of the name and of its initials: any 1–2
        // character piece of a name is the start of one of these.
        QString compact = folded;
        compact.removeIf([](QChar c) { return c.isSpace(); }); // per name: no regex, this runs millions of times
        for (const QString& piece : {compact, pinyin.initials}) {
            for (qsizetype i = 0; i + 1 < piece.size(); ++i)
                addStarts(QStringView(piece).mid(i, 2));
            if (!piece.isEmpty())
                addStarts(QStringView(piece).right(1));
        }
    }

    void addPhone(QStringView stored)
    {
        const QString digits = SearchText::phoneDigits(stored);
        if (digits.isEmpty())
            return;
        body.add(digits);
        addNumber(digits);
        if (digits.startsWith(QLatin1String("86")) && stored.startsWith(QLatin1Char('+')))
            addNumber(QStringView(digits).sliced(2)); // what people type for a Chinese number, without the country code
        if (digits.size() >= 4) {
            addMarked(u't', QStringView(digits).last(4));
            addStarts(QStringView(digits).last(4));
        }
    }

    void addNumber(QStringView digits)
    {
        addMarked(u'p', digits);
        addStarts(digits);
    }

    // A term of a marker letter and digits ("p" + number, "t" + last four), built in a reused buffer.
    void addMarked(char16_t marker, QStringView digits)
    {
        m_marked.resize(0);
        m_marked += QChar(marker);
        m_marked += digits;
        terms.add(m_marked);
    }

    QString m_marked;

    void addText(const QString& raw)
    {
        const QString folded = SearchText::fold(raw.trimmed());
        if (folded.isEmpty())
            return;
        body.add(folded);
        addStarts(folded);
    }
};

Entry entryOf(const SearchDocument& d)
{
    Entry e;
    const QChar unit(31), record(30);
    e.body.add(SearchText::fold(d.code)); // the code (prefix lookups use the customers index)
    const bool person = d.kind == QLatin1String("individual");
    e.addName(d.name, person);
    if (!d.givenName.isEmpty()) {
        const QString folded = SearchText::fold(d.givenName);
        e.addStarts(folded);
        e.addStarts(SearchText::pinyin(folded, false).full);
    }
    e.addName(d.company, false); // the company: searched like a name
    // Views into the document's columns: no string per piece until one is needed.
    for (QStringView contact : QStringView(d.contacts).split(record, Qt::SkipEmptyParts)) {
        const QList<QStringView> parts = contact.split(unit);
        if (parts.size() < 4)
            continue;
        e.addName(parts[0].toString(), true);
        e.addPhone(parts[1]);
        e.addPhone(parts[2]);
        e.addText(parts[3].toString());
    }
    for (QStringView tag : QStringView(d.tags).split(unit, Qt::SkipEmptyParts))
        e.addText(tag.toString());
    for (QStringView alias : QStringView(d.aliases).split(unit, Qt::SkipEmptyParts))
        e.body.add(SearchText::fold(alias.toString()));
    e.addText(d.notes);
    return e;
}

SearchEntry prepare(const SearchDocument& d)
{
    const Entry e = entryOf(d);
    QString text;
    text.reserve(512);
    e.body.appendTo(text, QLatin1Char('\n'));
    const qsizetype namesStart = text.size();
    e.names.appendTo(text, QLatin1Char(' '));
    const qsizetype termsStart = text.size();
    text += e.terms.text();
    return {d.id, std::move(text), namesStart, termsStart};
}

// Writes entries for the rows of a document query; the caller removed the old ones. Into the FTS tables, or,
// while FtsSideBuild makes their index pages, into their content tables only.
class EntryWriter {
public:
    enum class Target { Tables, ContentOnly };

    Status prepare(QSqlDatabase& db, Target target = Target::Tables)
    {
        sqlite3* connection = SqliteStatement::handle(db);
        for (size_t i = 0; i < std::size(ftsTables); ++i) {
            const FtsTable& table = ftsTables[i];
            const QString sql = target == Target::Tables
                ? QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (?, ?)").arg(table.name, table.column)
                : QStringLiteral("INSERT INTO %1_content(id, c0) VALUES (?, ?)").arg(table.name);
            if (Status s = m_statements[i].prepare(connection, sql.toUtf8().constData()); !s)
                return s;
        }
        return {};
    }

    Status write(const SearchEntry& entry)
    {
        for (size_t i = 0; i < std::size(ftsTables); ++i) {
            m_statements[i].bindInt(0, entry.id());
            m_statements[i].bindText(1, (entry.*ftsTables[i].text)());
            if (Status s = m_statements[i].run(); !s)
                return Status::failure(SearchIndex::tr("The search index cannot be updated: %1").arg(s.error()));
        }
        return {};
    }

private:
    SqliteStatement m_statements[std::size(ftsTables)];
};

// An FTS5 string literal: the text as one phrase, quotes doubled.
QString phrase(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// '%text%' for LIKE on search_text. FTS5 only serves LIKE without an ESCAPE clause, so LIKE's own wildcards
// in the text are dropped (they are no search characters; at worst a few more rows match).
QString likePattern(QString text)
{
    text.remove(QLatin1Char('%'));
    text.remove(QLatin1Char('_'));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// For the unicode61 tables (no phrase queries without positions): every word of the text must be there,
// the last one optionally as a prefix. Empty when the text has no words.
QString wordsQuery(const QString& text, bool lastAsPrefix)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& word : words)
        terms << phrase(word);
    if (lastAsPrefix && !terms.isEmpty())
        terms.back() += QLatin1Char('*');
    return terms.join(QStringLiteral(" AND "));
}

int scoreOf(SearchMatch match)
{
    switch (match) {
    case SearchMatch::ExactCode:
    case SearchMatch::ExactPhone: return 100;
    case SearchMatch::CodePrefix: return 90;
    case SearchMatch::PhoneTail: return 85;
    case SearchMatch::ExactName: return 80;
    case SearchMatch::NamePrefix: return 70;
    case SearchMatch::Text: return 50;
    }
    return 0;
}

// Collects hits tier by tier; a customer keeps the best tier it was found in.
class HitCollector {
public:
    HitCollector(QSqlDatabase& db, const SearchQuery& query) : m_db(db), m_query(query) {}

    bool full() const { return m_ids.size() >= m_query.limit; }
    const QList<std::pair<qint64, SearchMatch>>& hits() const { return m_ids; }

    // `sql` selects customer ids; "%1" is where the owner scope goes (" AND <id column> IN (...)").
    Status collect(const QString& sql, const QString& idColumn, const QVariantList& values, SearchMatch match)
    {
        if (full())
            return {};
        QString scoped = sql;
        QVariantList bound = values;
        if (m_query.ownerId) {
            const QString pool = m_query.includePool ? QStringLiteral(" OR owner_id IS NULL") : QString();
            scoped = scoped.arg(
                QStringLiteral(" AND %1 IN (SELECT id FROM customers WHERE owner_id = ?%2)").arg(idColumn, pool));
            bound << *m_query.ownerId;
        } else {
            scoped = scoped.arg(QString());
        }
        // Ask for enough rows to fill the limit even if some were found in a better tier already.
        scoped += QStringLiteral(" LIMIT %1").arg(qint64(m_query.limit) + m_ids.size());
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(scoped);
        for (const QVariant& v : bound)
            q.addBindValue(v);
        QString error;
        if (!SqlValue::exec(q, &error))
            return Status::failure(SearchIndex::tr("Search failed: %1").arg(error));
        while (q.next() && !full()) {
            const qint64 id = q.value(0).toLongLong();
            if (m_seen.contains(id))
                continue;
            m_seen.insert(id);
            m_ids.append({id, match});
        }
        return {};
    }

private:
    QSqlDatabase& m_db;
    const SearchQuery& m_query;
    QSet<qint64> m_seen;
    QList<std::pair<qint64, SearchMatch>> m_ids;
};

QString nextPrefix(const QString& prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}
} // namespace

Status SearchIndex::install(QSqlDatabase& db)
{
    const QString dirtyCustomer = markDirty(QStringLiteral("new.id"));
    QStringList statements = createTables();
    statements << QStringLiteral("CREATE TABLE search_dirty (customer_id INTEGER PRIMARY KEY)")
               // Codes a customer is also known by (e.g. after a merge); found like its own code.
               << QStringLiteral("CREATE TABLE customer_aliases ("
                                 " code TEXT PRIMARY KEY,"
                                 " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE)")
               << QStringLiteral("CREATE INDEX customer_aliases_customer ON customer_aliases(customer_id)")
               << QStringLiteral("CREATE TRIGGER search_customer_insert AFTER INSERT ON customers BEGIN %1 END")
                      .arg(dirtyCustomer)
               << QStringLiteral("CREATE TRIGGER search_customer_update AFTER UPDATE OF code, name, kind, given_name,"
                                 " company, notes ON customers BEGIN %1 END")
                      .arg(dirtyCustomer)
               << QStringLiteral("CREATE TRIGGER search_customer_delete AFTER DELETE ON customers BEGIN"
                                 " DELETE FROM search_text WHERE rowid = old.id;"
                                 " DELETE FROM search_names WHERE rowid = old.id;"
                                 " DELETE FROM search_terms WHERE rowid = old.id;"
                                 " DELETE FROM search_dirty WHERE customer_id = old.id; END");
    for (const char* table : {"contacts", "customer_tags", "customer_aliases"}) {
        const QString name = QString::fromLatin1(table);
        statements << QStringLiteral("CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 BEGIN %2 END")
                          .arg(name, markDirty(QStringLiteral("new.customer_id")))
                   << QStringLiteral("CREATE TRIGGER search_%1_update AFTER UPDATE ON %1 BEGIN %2 %3 END")
                          .arg(name, markDirty(QStringLiteral("old.customer_id")), markDirty(QStringLiteral("new.customer_id")))
                   // A deleted customer's cascade also lands here: only mark customers that still exist.
                   << QStringLiteral("CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 BEGIN"
                                     " INSERT OR IGNORE INTO search_dirty(customer_id)"
                                     " SELECT id FROM customers WHERE id = old.customer_id; END")
                          .arg(name);
    }
    statements << QStringLiteral("CREATE TRIGGER search_tag_rename AFTER UPDATE OF name ON tags BEGIN"
                                 " INSERT OR IGNORE INTO search_dirty(customer_id)"
                                 " SELECT customer_id FROM customer_tags WHERE tag_id = new.id; END");
    if (Status s = execAll(db, statements); !s)
        return s;
    SearchIndex index(db);
    const auto built = index.rebuild();
    return built ? Status() : Status::failure(built.error());
}

Status SearchIndex::upgradeLayout(QSqlDatabase& db)
{
    // The first layout had the columns phone, tail and other; install() now makes the one column "terms".
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('search_terms') WHERE name = 'terms'")))
        return Status::failure(tr("The search index cannot be read: %1").arg(query.lastError().text()));
    if (query.next())
        return {};
    query.finish();
    SearchIndex index(db);
    const auto built = index.rebuild();
    return built ? Status() : Status::failure(built.error());
}

Status SearchIndex::refresh(const std::function<bool(qint64)>& progress, const Meanwhile& meanwhile)
{
    const auto runMeanwhile = [&meanwhile] { return meanwhile ? meanwhile() : Status(); };
    QSqlQuery pending(m_db);
    if (!pending.exec(QStringLiteral("SELECT 1 FROM search_dirty LIMIT 1")))
        return Status::failure(tr("The search index cannot be read: %1").arg(pending.lastError().text()));
    if (!pending.next())
        return runMeanwhile();
    pending.finish();
    if (mostlyDirty()) { // a large first import: building the whole index anew is cheaper
        const auto built = rebuild(progress, meanwhile);
        return built ? Status() : Status::failure(built.error(), built.errorKind());
    }
    // The dirty customers' contacts are read through contacts(customer_id), which `meanwhile` may restore.
    if (Status s = runMeanwhile(); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("The archive is busy; the search index was not updated."));
    const QString dirty = QStringLiteral("(SELECT customer_id FROM search_dirty)");
    if (Status s = execAll(m_db, {QStringLiteral("DELETE FROM search_text WHERE rowid IN %1").arg(dirty),
                                  QStringLiteral("DELETE FROM search_names WHERE rowid IN %1").arg(dirty),
                                  QStringLiteral("DELETE FROM search_terms WHERE rowid IN %1").arg(dirty)});
        !s)
        return s;
    EntryWriter writer;
    if (Status s = writer.prepare(m_db); !s)
        return Status::failure(tr("The search index cannot be updated: %1").arg(s.error()));
    {
        SearchDocumentReader rows;
        if (Status s = rows.openSome(SqliteStatement::handle(m_db), QStringLiteral("WHERE c.id IN ") + dirty); !s)
            return s;
        SearchDocument document;
        qint64 done = 0;
        while (rows.next(document)) {
            if (Status s = writer.write(prepare(document)); !s)
                return s;
            if (++done % 10000 == 0 && progress && !progress(done))
                return Status::failure(tr("Updating the search index was cancelled."), ErrorKind::Cancelled);
        }
        if (!rows.error().isEmpty())
            return Status::failure(tr("The search index cannot be updated: %1").arg(rows.error()));
    }
    if (Status s = execAll(m_db, {QStringLiteral("DELETE FROM search_dirty")}); !s)
        return s;
    if (!transaction.commit())
        return Status::failure(tr("The archive refused the search index update."));
    return {};
}

bool SearchIndex::mostlyDirty()
{
    // Rebuilding drops and recreates the tables and prepares the text on a second thread, while refresh()
    // deletes and inserts entry by entry on one: from tens of thousands of customers on, a rebuild of an
    // index whose entries are at least half out of date costs less (a 200,000-row import into an empty
    // archive: 33 s of refresh, 17 s of rebuild).
    // Every save refreshes: count no further than the threshold, and count the customers only past it.
    constexpr qint64 atLeast = 20000;
    QSqlQuery dirtyCount(m_db);
    if (!dirtyCount.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_dirty LIMIT %1)").arg(atLeast)) ||
        !dirtyCount.next() || dirtyCount.value(0).toLongLong() < atLeast)
        return false;
    QSqlQuery counts(m_db);
    if (!counts.exec(QStringLiteral("SELECT (SELECT count(*) FROM search_dirty), (SELECT count(*) FROM customers)")) ||
        !counts.next())
        return false;
    return 2 * counts.value(0).toLongLong() >= counts.value(1).toLongLong();
}

Result<qint64> SearchIndex::rebuild(const std::function<bool(qint64)>& progress, const Meanwhile& meanwhile)
{
    // The FTS5 segment merges run on the side connections (16 MiB of cache each: with 4 MiB, 1,000,000
    // customers took 25 % longer); this connection only appends content rows, for which 16 MiB is plenty
    // (64 MiB cost 50 MB more at the peak, which an import of a million rows cannot spare).
    // DOSSIER_REINDEX_TRACE=1 prints the time of each phase to stderr (for docs/performance.md).
    const PhaseTrace trace("reindex", "DOSSIER_REINDEX_TRACE");
    LargeCacheScope cache(m_db, 16);
#ifdef __GLIBC__
    // An import's larger cache was just given back, on this thread's heap, where the side threads cannot use
    // it: hand it to the system, or the peak would count it twice (1,000,000-row import: 493 → 467 MiB).
    malloc_trim(0);
#endif
    // Debian's SQLite overwrites every freed page with zeros (secure_delete on): dropping the old index
    // wrote a gigabyte of zeros (1,000,000 customers: 7.6 of 8 s). FAST still clears deleted content inside
    // the pages that are written anyway; the dropped pages are reused by the new index.
    PragmaScope secureDelete(m_db, QStringLiteral("secure_delete"), QStringLiteral("FAST"));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<qint64>::failure(tr("The archive is busy; the search index was not rebuilt."));

    // The FTS indexes are built on side connections, one per table, while this connection writes their
    // content (1,000,000 customers on 2 cores: 94 s on this connection alone; side by side, each merged once
    // at the end, 43–56 s). Without a temporary database, all is built here.
    std::vector<std::unique_ptr<FtsSideBuild>> sides;
    for (const FtsTable& table : ftsTables) {
        sides.push_back(std::make_unique<FtsSideBuild>(table, sideBuildSetup(table), sideBuildFinishing(table)));
        if (!sides.back()->start()) {
            sides.clear();
            break;
        }
    }
    QStringList reset = dropTables;
    for (const FtsTable& table : ftsTables) {
        reset << table.createSql();
        if (sides.empty()) // else the settings come with the side index; the new tables stay untouched
            reset << automergeSql(table);
    }
    reset << QStringLiteral("DELETE FROM search_dirty");
    if (Status s = execAll(m_db, reset); !s)
        return Result<qint64>::failure(s.error());
    trace.phase("dropped");
    EntryWriter writer;
    if (Status s = writer.prepare(m_db, sides.empty() ? EntryWriter::Target::Tables : EntryWriter::Target::ContentOnly); !s)
        return Result<qint64>::failure(tr("The search index cannot be rebuilt: %1").arg(s.error()));
    SearchDocumentReader rows;
    if (Status s = rows.openAll(SqliteStatement::handle(m_db)); !s)
        return Result<qint64>::failure(s.error());
    const auto sideFailure = [&]() -> Status {
        for (const auto& side : sides)
            if (Status s = side->finish(); !s)
                return s;
        return Status::failure(tr("The archive refused the rebuilt search index."));
    };

    // This thread reads the documents and writes the entries; a helper works out the folded text and pinyin
    // of batches meanwhile (ICU and string work), and the side builds index them.
    using Batch = std::vector<SearchDocument>;
    using Done = std::vector<SearchEntry>;
    constexpr size_t batchSize = 500;
    constexpr size_t depth = 8; // batches on their way; both queues hold that many, so neither side blocks for good
    BoundedQueue<Batch> toPrepare(depth);
    BoundedQueue<Done> prepared(depth);
    std::thread helper([&] {
        while (std::optional<Batch> batch = toPrepare.pop()) {
            Done out;
            out.reserve(batch->size());
            for (const SearchDocument& d : *batch)
                out.push_back(prepare(d));
            if (!prepared.push(std::move(out)))
                return;
        }
        prepared.finish();
    });
    const auto stopHelper = qScopeGuard([&] {
        toPrepare.stop();
        prepared.stop();
        helper.join();
    });

    qint64 done = 0;
    size_t inFlight = 0;
    bool more = true;
    while (more || inFlight > 0) {
        if (more && inFlight < depth) {
            Batch batch;
            batch.reserve(batchSize);
            SearchDocument document;
            while (batch.size() < batchSize && rows.next(document))
                batch.push_back(std::move(document));
            if (!rows.error().isEmpty())
                return Result<qint64>::failure(tr("The search index cannot be rebuilt: %1").arg(rows.error()));
            if (batch.size() < batchSize) {
                more = false;
                if (batch.empty())
                    continue;
            }
            toPrepare.push(std::move(batch));
            ++inFlight;
            continue;
        }
        std::optional<Done> entries = prepared.pop();
        if (!entries) // only after a stop, which this thread alone asks for
            return Result<qint64>::failure(tr("The archive refused the rebuilt search index."));
        --inFlight;
        const FtsSideBuild::Batch shared = std::make_shared<const Done>(std::move(*entries));
        for (const auto& side : sides)
            if (!side->add(shared))
                return Result<qint64>::failure(sideFailure().error());
        for (const SearchEntry& entry : *shared) {
            if (Status s = writer.write(entry); !s)
                return Result<qint64>::failure(s.error());
            if (++done % 10000 == 0 && progress && !progress(done))
                return Result<qint64>::failure(tr("Rebuilding the search index was cancelled."), ErrorKind::Cancelled);
        }
    }
    trace.phase("entries");
    for (const auto& side : sides)
        side->endInput(); // their final merges run at the same time
    // The merges take seconds (1,000,000 customers: about 10): the progress callback is still asked, so that
    // Cancel works meanwhile (leaving `sides` stops and interrupts them).
    const auto cancelledNow = [&] { return progress && !progress(done); };
    if (cancelledNow())
        return Result<qint64>::failure(tr("Rebuilding the search index was cancelled."), ErrorKind::Cancelled);
    // This connection is free until the merges are done (1,000,000 customers: about 10 s).
    if (meanwhile) {
        if (Status s = meanwhile(); !s)
            return Result<qint64>::failure(s.error(), s.errorKind());
        trace.phase("meanwhile");
    }
    // The largest index (search_text, the first) takes longest to merge: the others are copied meanwhile.
    for (auto side = sides.rbegin(); side != sides.rend(); ++side) {
        while (!(*side)->isDone()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (cancelledNow())
                return Result<qint64>::failure(tr("Rebuilding the search index was cancelled."), ErrorKind::Cancelled);
        }
        if (Status s = (*side)->finish(); !s)
            return Result<qint64>::failure(s.error());
        if (Status s = (*side)->copyInto(SqliteStatement::handle(m_db)); !s)
            return Result<qint64>::failure(s.error());
    }
    trace.phase("copied");
    if (!transaction.commit())
        return Result<qint64>::failure(tr("The archive refused the rebuilt search index."));
    trace.phase("committed");
    return done;
}

Result<QList<SearchHit>> SearchIndex::search(const SearchQuery& query)
{
    QList<SearchHit> result;
    const QString typed = query.text.trimmed();
    QString compact = SearchText::fold(typed);
    compact.removeIf([](QChar c) { return c.isSpace(); });
    if (compact.isEmpty() || query.limit <= 0)
        return result;
    if (Status s = refresh(); !s)
        return Result<QList<SearchHit>>::failure(s.error());

    HitCollector hits(m_db, query);
    auto fail = [](const Status& s) { return Result<QList<SearchHit>>::failure(s.error()); };

    // Codes: as typed and upper-cased (generated codes are C000123); exact, then by prefix.
    const QString upper = typed.toUpper();
    const QString codeSql = QStringLiteral("SELECT id FROM customers WHERE code IN (?, ?)%1");
    const QString aliasSql = QStringLiteral("SELECT customer_id FROM customer_aliases WHERE code IN (?, ?)%1");
    if (Status s = hits.collect(codeSql, QStringLiteral("id"), {typed, upper}, SearchMatch::ExactCode); !s)
        return fail(s);
    if (Status s = hits.collect(aliasSql, QStringLiteral("customer_id"), {typed, upper}, SearchMatch::ExactCode); !s)
        return fail(s);

    // Phones: the typed number in any format, by its digits; four digits are also a number's last four.
    static const QRegularExpression phoneLike(QStringLiteral("^[+\\d\\s()\\-\\x{FF10}-\\x{FF19}]+$"));
    const bool isPhone = phoneLike.match(typed).hasMatch();
    const QString digits = PhoneNumber::digitsOnly(typed);
    const QString termsSql = QStringLiteral("SELECT rowid FROM search_terms WHERE search_terms MATCH ?%1");
    if (isPhone && digits.size() >= 5) {
        QStringList numbers = {digits};
        if (const QString e164 = SearchText::phoneDigits(PhoneNumber::normalize(typed)); e164 != digits && !e164.isEmpty())
            numbers << e164;
        for (const QString& number : numbers)
            if (Status s = hits.collect(termsSql, QStringLiteral("rowid"), {phrase(QLatin1Char('p') + number)},
                                        SearchMatch::ExactPhone);
                !s)
                return fail(s);
    }
    const QString codeRangeSql = QStringLiteral("SELECT id FROM customers WHERE code >= ? AND code < ?%1 ORDER BY code");
    for (const QString& prefix : QSet<QString>{typed, upper})
        if (Status s = hits.collect(codeRangeSql, QStringLiteral("id"), {prefix, nextPrefix(prefix)}, SearchMatch::CodePrefix);
            !s)
            return fail(s);
    if (isPhone && digits.size() == 4)
        if (Status s = hits.collect(termsSql, QStringLiteral("rowid"), {phrase(QLatin1Char('t') + digits)},
                                    SearchMatch::PhoneTail);
            !s)
            return fail(s);

    // Names (customer and contact names, their pinyin in full and by initials): exact, then prefix.
    const QString namesSql = QStringLiteral("SELECT rowid FROM search_names WHERE search_names MATCH ?%1");
    const QString exactWords = wordsQuery(compact, false);
    if (exactWords.isEmpty())
        return result; // only punctuation: nothing to look for
    if (Status s = hits.collect(namesSql, QStringLiteral("rowid"), {exactWords}, SearchMatch::ExactName); !s)
        return fail(s);
    if (Status s = hits.collect(namesSql, QStringLiteral("rowid"), {wordsQuery(compact, true)}, SearchMatch::NamePrefix);
        !s)
        return fail(s);

    // The rest: substrings anywhere (trigrams need 3 characters); shorter text matches the start of a
    // name piece, syllable, phone number or tag.
    if (compact.size() >= 3 || (isPhone && digits.size() >= 3)) {
        const QString textSql = QStringLiteral("SELECT rowid FROM search_text WHERE body LIKE ?%1");
        QStringList forms = {SearchText::fold(typed)};
        if (compact != forms.front())
            forms << compact;
        if (isPhone && digits.size() >= 3 && !forms.contains(digits))
            forms << digits; // "139-0013": the digits inside a stored number
        for (const QString& form : forms)
            if (const QString pattern = likePattern(form); pattern.size() < 5) // trigrams need 3 characters
                continue;
            else if (Status s = hits.collect(textSql, QStringLiteral("rowid"), {pattern}, SearchMatch::Text); !s)
                return fail(s);
    } else if (Status s = hits.collect(termsSql, QStringLiteral("rowid"), {wordsQuery(compact, false)}, SearchMatch::Text);
               !s) {
        return fail(s);
    }

    if (hits.hits().isEmpty())
        return result;
    QStringList idList;
    for (const auto& [id, match] : hits.hits())
        idList << QString::number(id); // integers only: safe to inline
    QSqlQuery details(m_db);
    if (!details.exec(QStringLiteral("SELECT id, code, name FROM customers WHERE id IN (%1)").arg(idList.join(QLatin1Char(',')))))
        return Result<QList<SearchHit>>::failure(tr("Search failed: %1").arg(details.lastError().text()));
    QHash<qint64, std::pair<QString, QString>> byId;
    while (details.next())
        byId.insert(details.value(0).toLongLong(), {details.value(1).toString(), details.value(2).toString()});
    for (const auto& [id, match] : hits.hits()) {
        const auto it = byId.constFind(id);
        if (it == byId.constEnd())
            continue;
        int score = scoreOf(match);
        // Found through a contact's (or the company field's) name: below every customer whose own name
        // matched, so "zw" lists the customer 张伟 before the companies where a 张伟 works.
        if ((match == SearchMatch::ExactName || match == SearchMatch::NamePrefix) &&
            SearchText::matchSpan(it->second, query.text).first < 0)
            score = match == SearchMatch::ExactName ? 60 : 55;
        result.append(SearchHit{id, it->first, it->second, score, match});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const SearchHit& l, const SearchHit& r) { return l.score > r.score; });
    return result;
}

qint64 SearchIndex::sizeBytes()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\'")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
