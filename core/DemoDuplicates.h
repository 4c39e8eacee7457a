#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <functional>

class Archive;

// Adds realistic duplicates of existing customers to an archive, with known truth, for measuring duplicate
// matching on Chinese data and for the 1,000,000-customer dedupe benchmark. A copy's code is its original's
// code + "-D" + n, so a test knows the true pairs from the codes alone. Each copy carries one to three of
// the errors people make: a character replaced by a homophone (the archive's own name characters grouped by
// their ICU pinyin: 张/章, 伟/卫), the Traditional form (ICU Simplified-Traditional), the name in pinyin
// ("Zhang Wei", sometimes "Wei Zhang"), family and given name swapped, the phone typed in another format
// (138-0013-8000, +86 138 0013 8000) or with one digit wrong, another legal form or a region in brackets in a
// company name (有限责任公司, (北京)), a changed e-mail, and missing fields.
class DemoDuplicates {
    Q_DECLARE_TR_FUNCTIONS(DemoDuplicates)

public:
    struct Options {
        double share = 0.1; // of the existing customers that get copies
        int maxCopies = 2;  // copies per duplicated customer: 1..maxCopies
        quint64 seed = 1;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Returns the number of copies added. All or nothing (one transaction).
    static Result<qint64> add(Archive& archive, const Options& options, const Progress& progress = {});
};
