#pragma once

#include "Contact.h"
#include "Customer.h"
#include "DuplicatePair.h"
#include "DuplicateScan.h"
#include "DuplicateScanOptions.h"
#include "PairComparator.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

// Finds customer records that are probably the same customer (issue 10; design in docs/dedupe.md).
// Comparison keys are built with ICU (SearchText) and libphonenumber; candidate pairs come from several
// blocking keys; pairs are scored by a Fellegi–Sunter model whose weights are estimated on the archive
// itself (EM), and grouped by union–find. Pairs listed in `dedupe_rejections` (if the table exists) are
// never proposed. Reads through the given connection only; use one per thread.
class DuplicateFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(QSqlDatabase& db);

    // The whole archive. Fails with ErrorKind::Cancelled when the progress callback returns false.
    Result<DuplicateScan> scan(const DuplicateScanOptions& options = {});

    // Check on entry: existing customers that are likely the same as `customer` (with its primary contact's
    // phones and email), best first, at most `limit`, probability ≥ `threshold`. `customer.id` (if stored)
    // is never returned itself. Uses indexed lookups only (no scan).
    Result<QVector<DuplicatePair>> findFor(const Customer& customer, const Contact& primary = {},
                                           double threshold = DuplicateScanOptions::LikelySame, int limit = 10);
    // The entry check's guard against namesakes: nothing in common among ID number, phone, e-mail and birthday,
    // and at least one of them known on both sides and different. Such a pair is not reported on entry,
    // whatever the names say (the full scan still weighs it).
    static bool isNamesake(PairComparator::Pattern pattern);

private:
    QSqlDatabase& m_db;
};
