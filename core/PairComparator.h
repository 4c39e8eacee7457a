#pragma once

#include "MatchRecord.h"

#include <QtGlobal>

// Compares two records field by field into comparison levels (0 = agree exactly, higher = less alike, the
// last level = disagree; Missing when either side is unknown). The levels of all fields packed 4 bits each
// form a comparison pattern, what the Fellegi–Sunter model weighs.
class PairComparator {
public:
    enum Field { Family, Given, Name, Company, Birthday, IdNumber, Phone, Email, Postcode, City, Province, Address, FieldCount };
    static constexpr int Missing = 0xF;
    using Pattern = quint64;

    static int levelCount(int field);
    static const char* fieldName(int field);
    static int level(Pattern pattern, int field) { return int((pattern >> (4 * field)) & 0xF); }

    static Pattern compare(const MatchRecord& a, const MatchRecord& b);
};
