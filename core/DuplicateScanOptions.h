#pragma once

#include <QtGlobal>

#include <functional>

// What a full duplicate scan reports and where it draws its lines.
struct DuplicateScanOptions {
    // Match probability from which two records are "likely the same" (grouped, batch-mergeable).
    static constexpr double LikelySame = 0.5;
    // From here a pair is "worth a look": reported in DuplicateScan::pairs, but not grouped.
    static constexpr double WorthALook = 0.1;

    double threshold = LikelySame;
    double reviewThreshold = WorthALook;
    // Called every few thousand records or pairs with (done, total) of the current phase; return false to
    // cancel (the scan then fails with ErrorKind::Cancelled). May be empty.
    std::function<bool(qint64 done, qint64 total)> progress;
};
