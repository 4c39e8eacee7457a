#pragma once

#include <QtGlobal>

// Two customer records that may be the same customer, with the model's match probability (0..1).
// leftId < rightId, except in an entry check, where leftId is the record being entered (0 while unsaved).
struct DuplicatePair {
    qint64 leftId = 0;
    qint64 rightId = 0;
    double probability = 0.0;

    bool operator==(const DuplicatePair&) const = default;
};
