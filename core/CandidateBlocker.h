#pragma once

#include "MatchRecord.h"

#include <functional>
#include <vector>

// Proposes the candidate pairs a duplicate scan scores — never all pairs. Records sharing a blocking key
// (a phone, an e-mail, an ID number or most of it, a name reading, name + birthday/postcode/city, a company
// key, …) are paired; a block too large to pair out (张伟 in 北京; for name and place keys, anything beyond
// a few records) is sorted by name reading and only neighbours within a window are paired. Sorted-neighbourhood passes over name readings, ID numbers and addresses add
// pairs whose keys differ by a typo. See docs/dedupe.md.
class CandidateBlocker {
public:
    static constexpr int MaxBlock = 40;    // a block of an identifier this size or smaller is paired out completely
    static constexpr int MaxWeakBlock = 10; // the same for name and place keys
    static constexpr int Window = 4;     // neighbours paired in larger blocks and in the sorted passes
    // In the pass over all names (the last resort of names with typos). 8 found no more true pairs than 4 on
    // febrl3/4, fake_1000 or the Chinese demo, and was a third of all candidates at 1,000,000 records.
    static constexpr int NameWindow = 4;

    // Pairs of indexes into `records` packed as (low << 32 | high), low < high, sorted, without repeats.
    // `progress(done, total)` over the key families; returning false stops early (an empty result).
    static std::vector<quint64> pairs(const std::vector<MatchRecord>& records,
                                      const std::function<bool(qint64, qint64)>& progress = {});
};
