#include "SearchIndex.h"

#include "LargeCacheScope.h"
#include "PhoneNumber.h"
#include "SearchText.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

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
const QStringList createTables = {
    // Substrings of 3+ characters, in everything searchable. No positions (detail = 'none': a third of
    // the size); queries use LIKE, which FTS5 answers from the trigrams and SQLite re-checks on the text.
    QStringLiteral("CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize = 'trigram', detail = 'none')"),
    // Whole names and their pinyin: exact name and name prefix, with prefix indexes for short queries.
    QStringLiteral("CREATE VIRTUAL TABLE search_names USING fts5(name, tokenize = 'unicode61', prefix = '1 2 3 4',"
                   " detail = 'none')"),
    // Phones (exact, last 4 digits) and short pieces (name bigrams, syllables, initials) for 1–2 characters.
    QStringLiteral("CREATE VIRTUAL TABLE search_terms USING fts5(phone, tail, other, tokenize = 'unicode61',"
                   " prefix = '1 2', detail = 'column')"),
};
const QStringList dropTables = {
    QStringLiteral("DROP TABLE IF EXISTS search_text"),
    QStringLiteral("DROP TABLE IF EXISTS search_names"),
    QStringLiteral("DROP TABLE IF EXISTS search_terms"),
};

QString markDirty(const QString& idExpression)
{
    return QStringLiteral("INSERT OR IGNORE INTO search_dirty(customer_id) VALUES (%1);").arg(idExpression);
}

// Everything a customer's index entries are made of, one row per customer.
const QString documentSql = QStringLiteral(
    "SELECT c.id, c.code, c.name, c.kind, c.given_name, c.company, c.notes,"
    " (SELECT group_concat(name || char(31) || mobile || char(31) || phone || char(31) || email, char(30))"
    "  FROM contacts WHERE customer_id = c.id),"
    " (SELECT group_concat(t.name, char(31)) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
    "  WHERE ct.customer_id = c.id),"
    " (SELECT group_concat(code, char(31)) FROM customer_aliases WHERE customer_id = c.id)"
    " FROM customers c %1 ORDER BY c.id");

struct Entry {
    QStringList body;
    QStringList names;
    QStringList phones;
    QStringList tails;
    QStringList other;

    void addName(const QString& raw, bool person)
    {
        const QString folded = SearchText::fold(raw.trimmed());
        if (folded.isEmpty())
            return;
        const SearchText::Pinyin pinyin = SearchText::pinyin(folded, person);
        body << folded << pinyin.full << pinyin.initials;
        names << folded << pinyin.full << pinyin.initials;
        if (!pinyin.alternate.isEmpty())
            body << pinyin.alternate, names << pinyin.alternate;
        other << pinyin.syllables;
        // Bigrams of the name and of its initials, and its last character: any 1–2 character piece
        // of a name is the start of one of these tokens.
        QString compact = folded;
        compact.removeIf([](QChar c) { return c.isSpace(); }); // per name: no regex, this runs millions of times
        for (const QString& piece : {compact, pinyin.initials}) {
            for (qsizetype i = 0; i + 1 < piece.size(); ++i)
                other << piece.mid(i, 2);
            if (!piece.isEmpty())
                other << piece.right(1);
        }
    }

    void addPhone(const QString& stored)
    {
        const QString digits = SearchText::phoneDigits(stored);
        if (digits.isEmpty())
            return;
        body << digits;
        phones << digits;
        if (digits.startsWith(QLatin1String("86")) && stored.startsWith(QLatin1Char('+')))
            phones << digits.mid(2); // what people type for a Chinese number, without the country code
        if (digits.size() >= 4)
            tails << digits.right(4);
    }

    void addText(const QString& raw)
    {
        const QString folded = SearchText::fold(raw.trimmed());
        if (folded.isEmpty())
            return;
        body << folded;
        other << folded;
    }
};

Entry entryOf(const QSqlQuery& q)
{
    Entry e;
    const QChar unit(31), record(30);
    e.body << SearchText::fold(q.value(1).toString()); // the code (prefix lookups use the customers index)
    const bool person = q.value(3).toString() == QLatin1String("individual");
    e.addName(q.value(2).toString(), person);
    if (const QString given = q.value(4).toString(); !given.isEmpty()) {
        const QString folded = SearchText::fold(given);
        e.other << folded << SearchText::pinyin(folded, false).full;
    }
    e.addName(q.value(5).toString(), false); // the company: searched like a name
    for (const QString& contact : q.value(7).toString().split(record, Qt::SkipEmptyParts)) {
        const QStringList parts = contact.split(unit);
        if (parts.size() < 4)
            continue;
        e.addName(parts[0], true);
        e.addPhone(parts[1]);
        e.addPhone(parts[2]);
        e.addText(parts[3]);
    }
    for (const QString& tag : q.value(8).toString().split(unit, Qt::SkipEmptyParts))
        e.addText(tag);
    for (const QString& alias : q.value(9).toString().split(unit, Qt::SkipEmptyParts))
        e.body << SearchText::fold(alias);
    e.addText(q.value(6).toString()); // notes
    return e;
}

// Writes entries for the rows of a document query; the caller removed the old ones.
class EntryWriter {
public:
    explicit EntryWriter(QSqlDatabase& db) : m_text(db), m_names(db), m_terms(db) {}

    bool prepare()
    {
        return m_text.prepare(QStringLiteral("INSERT INTO search_text(rowid, body) VALUES (?, ?)")) &&
               m_names.prepare(QStringLiteral("INSERT INTO search_names(rowid, name) VALUES (?, ?)")) &&
               m_terms.prepare(QStringLiteral("INSERT INTO search_terms(rowid, phone, tail, other) VALUES (?, ?, ?, ?)"));
    }

    Status write(const QSqlQuery& row)
    {
        const qint64 id = row.value(0).toLongLong();
        const Entry e = entryOf(row);
        const QString space(QLatin1Char(' '));
        m_text.bindValue(0, id);
        m_text.bindValue(1, e.body.join(QLatin1Char('\n')));
        m_names.bindValue(0, id);
        m_names.bindValue(1, e.names.join(space));
        m_terms.bindValue(0, id);
        m_terms.bindValue(1, e.phones.join(space));
        m_terms.bindValue(2, e.tails.join(space));
        m_terms.bindValue(3, e.other.join(space));
        QString error;
        if (!SqlValue::exec(m_text, &error) || !SqlValue::exec(m_names, &error) || !SqlValue::exec(m_terms, &error))
            return Status::failure(SearchIndex::tr("The search index cannot be updated: %1").arg(error));
        return {};
    }

private:
    QSqlQuery m_text;
    QSqlQuery m_names;
    QSqlQuery m_terms;
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
            scoped = scoped.arg(QStringLiteral(" AND %1 IN (SELECT id FROM customers WHERE owner_id = ?)").arg(idColumn));
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
    QStringList statements = createTables;
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

Status SearchIndex::refresh()
{
    QSqlQuery pending(m_db);
    if (!pending.exec(QStringLiteral("SELECT 1 FROM search_dirty LIMIT 1")))
        return Status::failure(tr("The search index cannot be read: %1").arg(pending.lastError().text()));
    if (!pending.next())
        return {};
    pending.finish();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("The archive is busy; the search index was not updated."));
    const QString dirty = QStringLiteral("(SELECT customer_id FROM search_dirty)");
    if (Status s = execAll(m_db, {QStringLiteral("DELETE FROM search_text WHERE rowid IN %1").arg(dirty),
                                  QStringLiteral("DELETE FROM search_names WHERE rowid IN %1").arg(dirty),
                                  QStringLiteral("DELETE FROM search_terms WHERE rowid IN %1").arg(dirty)});
        !s)
        return s;
    EntryWriter writer(m_db);
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!writer.prepare() || !rows.exec(documentSql.arg(QStringLiteral("WHERE c.id IN ") + dirty)))
        return Status::failure(tr("The search index cannot be updated: %1").arg(rows.lastError().text()));
    while (rows.next())
        if (Status s = writer.write(rows); !s)
            return s;
    rows.finish();
    if (Status s = execAll(m_db, {QStringLiteral("DELETE FROM search_dirty")}); !s)
        return s;
    if (!transaction.commit())
        return Status::failure(tr("The archive refused the search index update."));
    return {};
}

Result<qint64> SearchIndex::rebuild(const std::function<bool(qint64)>& progress)
{
    LargeCacheScope cache(m_db); // FTS5 merges its segments far less often with room in the page cache
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<qint64>::failure(tr("The archive is busy; the search index was not rebuilt."));
    QStringList reset = dropTables;
    reset << createTables << QStringLiteral("DELETE FROM search_dirty");
    if (Status s = execAll(m_db, reset); !s)
        return Result<qint64>::failure(s.error());
    EntryWriter writer(m_db);
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!writer.prepare() || !rows.exec(documentSql.arg(QString())))
        return Result<qint64>::failure(tr("The search index cannot be rebuilt: %1").arg(rows.lastError().text()));
    qint64 done = 0;
    while (rows.next()) {
        if (Status s = writer.write(rows); !s)
            return Result<qint64>::failure(s.error());
        if (++done % 10000 == 0 && progress && !progress(done))
            return Result<qint64>::failure(tr("Rebuilding the search index was cancelled."), ErrorKind::Cancelled);
    }
    rows.finish();
    if (!transaction.commit())
        return Result<qint64>::failure(tr("The archive refused the rebuilt search index."));
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
            if (Status s = hits.collect(termsSql, QStringLiteral("rowid"), {QStringLiteral("phone : ") + phrase(number)},
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
        if (Status s = hits.collect(termsSql, QStringLiteral("rowid"), {QStringLiteral("tail : ") + phrase(digits)},
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
    } else if (Status s = hits.collect(termsSql, QStringLiteral("rowid"), {wordsQuery(compact, true)}, SearchMatch::Text);
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
