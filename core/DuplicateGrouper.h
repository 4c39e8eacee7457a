#pragma once

#include "DuplicateGroup.h"
#include "DuplicatePair.h"

#include <QVector>

// Closes pairs judged the same into groups (union–find), as a merge would, with a guard against chains:
// strong pairs join freely; a weak pair (below `strong`) joins two records, or a record to a group, but
// two groups of two or more only when at least two pairs connect them — one doubtful link between two
// otherwise separate people (a shared switchboard number) must not make one customer of both. No group
// grows beyond `maxSize`.
class DuplicateGrouper {
public:
    static constexpr double DefaultStrong = 0.99;
    static constexpr int DefaultMaxSize = 30;

    static QVector<DuplicateGroup> group(const QVector<DuplicatePair>& pairs, double threshold,
                                         double strong = DefaultStrong, int maxSize = DefaultMaxSize);
};
