#pragma once

#include "QualityRecord.h"
#include "QualityScorer.h"
#include "QualitySummary.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

// Scores every customer of an archive in one pass: one streaming query over the customers (with their
// owner, tags and latest follow-up) merged with one over the contacts in customer order, so a million
// records never sit in memory at once.
class QualityScanner {
    Q_DECLARE_TR_FUNCTIONS(QualityScanner)

public:
    QualityScanner(QSqlDatabase& db, const QualityScorer& scorer) : m_db(db), m_scorer(scorer) {}

    // Called for every customer in id order with (record, customers done so far, total); return false to
    // stop (the scan then fails with ErrorKind::Cancelled).
    using Visitor = std::function<bool(const QualityRecord& record, qint64 done, qint64 total)>;
    Status scan(const Visitor& visit);

    // The archive-wide figures; `visit` (optional) sees every record as well, e.g. to keep the worst ones.
    Result<QualitySummary> summarize(const Visitor& visit = {});

    // Customers whose record was last updated before `before`: the periodic review reminder's count,
    // answered by the updated_at index without scoring anything.
    static Result<qint64> countNotUpdatedSince(QSqlDatabase& db, const QDateTime& before);

private:
    QSqlDatabase& m_db;
    const QualityScorer& m_scorer;
};
