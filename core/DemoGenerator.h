#pragma once

#include "ArchiveStats.h"
#include "Result.h"

#include <QDate>
#include <functional>

class Archive;

// Fills an archive with realistic, deterministic demo data: Chinese company and person names,
// provinces/cities, industries, 1-3 contacts each, follow-ups, and orders over the last three years
// with a Pareto-like skew (a few big customers, many small, some lapsed).
// Same options (including `today`) -> byte-for-byte the same records.
class DemoGenerator {
public:
    struct Options {
        qint64 customers = 500;
        quint64 seed = 1;
        QDate today = QDate::currentDate(); // orders and follow-ups end here
    };
    // Called now and then with (customers done, total); return false to cancel (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<ArchiveStats> generate(Archive& archive, const Options& options, const Progress& progress = {});
};
