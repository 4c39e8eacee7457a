#pragma once

#include "MatchKeys.h"
#include "MatchRecord.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

struct sqlite3;

// Reads every customer of an SQLite archive, with the phones and e-mails of its contacts, into comparison
// form for a duplicate scan: one sequential read of each table on the calling thread, which only copies the
// raw column bytes, while worker threads that live for the whole read decode them and build the comparison
// keys (ICU and libphonenumber work, whose per-thread caches then last the whole read).
//
// The records come back in the order of their names' readings (by the first four letters): most candidate
// pairs are records with like names, so the two records of a pair lie close together in memory, where a
// pair of records from anywhere costs several cache misses (the comparisons took a third less time).
class MatchRecordReader {
    Q_DECLARE_TR_FUNCTIONS(MatchRecordReader)

public:
    MatchRecordReader(sqlite3* db, const MatchKeys& keys) : m_db(db), m_keys(keys) {}

    // `progress(done, total)` after every chunk of customers (total: the count expected); returning false
    // cancels (a failure with ErrorKind::Cancelled).
    Result<std::vector<MatchRecord>> read(qint64 total, const std::function<bool(qint64, qint64)>& progress) const;

private:
    sqlite3* m_db;
    const MatchKeys& m_keys;
};
