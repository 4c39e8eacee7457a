#pragma once

#include "MatchRecord.h"

#include <vector>

// Numbers the texts of a scan's records (MatchRecord::textIds): one number per distinct text and field
// (family and given names numbered together, and their readings), starting at 1, and makes equal texts
// share one string, so the copies of 北京 or 张 are stored once. Fields are numbered on every core; fields
// whose texts are nearly all distinct keep 0 (see the .cpp).
class MatchTextNumbers {
public:
    // The number of distinct texts of each field (index: MatchRecord::Text), largest number included.
    static std::array<quint32, MatchRecord::TextCount> assign(std::vector<MatchRecord>& records);
};
