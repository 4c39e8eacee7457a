#pragma once

#include "Result.h"
#include "SearchHit.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <functional>

// The customer search index (schema step "search index"), kept in the archive:
//  - search_text: FTS5 trigram over folded code, names, company, contacts (names, phones, emails), tags,
//    notes, alias codes and pinyin: substrings of 3+ characters;
//  - search_terms: FTS5 unicode61 of exact tokens without prefix indexes or positions: phone numbers, their
//    last 4 digits, and the first one and two characters of every name piece, pinyin syllable and initials,
//    name bigram, phone and word — what 1–2 character queries match;
//  - search_dirty: customers whose entries are out of date. SQL triggers on customers, contacts, tags
//    and aliases fill it (and drop deleted customers' entries), so no write path can be forgotten; the
//    pinyin/folded forms need ICU, so refresh() recomputes the dirty entries in C++. Writers call
//    refresh() before they commit; search() also refreshes first, so results are never stale.
class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    explicit SearchIndex(QSqlDatabase& db) : m_db(db) {}

    // Migration step: creates the tables and triggers and indexes every existing customer.
    static Status install(QSqlDatabase& db);
    // Migration step: rebuilds an index made with the first table layout (search_terms with prefix indexes)
    // in the current one; nothing to do for an index install() made.
    static Status upgradeLayout(QSqlDatabase& db);

    // Work of the caller's for this connection that may run while the index is merged on other threads (an
    // import builds its deferred indexes then). It runs once, unless the index fails before it; its failure
    // is the index's.
    using Meanwhile = std::function<Status()>;

    // Re-indexes the customers marked dirty by the triggers. Cheap when nothing changed; rebuilds the whole
    // index when most of it is out of date (a large import). `progress(done)` returning false cancels (the
    // caller's transaction is then to be rolled back; the error's kind is Cancelled). `meanwhile` runs
    // before the dirty customers are read, or during the merges of a rebuild.
    Status refresh(const std::function<bool(qint64)>& progress = {}, const Meanwhile& meanwhile = {});
    // Re-indexes everything (the `reindex` command); `progress(done)` returning false cancels (rolled back).
    Result<qint64> rebuild(const std::function<bool(qint64)>& progress = {}, const Meanwhile& meanwhile = {});

    // Ranked: exact code/phone, code prefix / phone by last 4 digits, exact name, name prefix, then
    // substrings anywhere (3+ characters; shorter queries match the start of names, pinyin and phones).
    Result<QList<SearchHit>> search(const SearchQuery& query);

    // Bytes the index tables take in the file (needs SQLite's dbstat; -1 when unavailable).
    qint64 sizeBytes();

private:
    bool mostlyDirty(); // worth a rebuild() instead of a refresh()

    QSqlDatabase& m_db;
};
