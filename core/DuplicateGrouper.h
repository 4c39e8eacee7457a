#pragma once

#include "DuplicateGroup.h"
#include "DuplicatePair.h"

#include <QVector>

// Closes pairs judged the same into groups (union–find), as a merge would, with a guard against chains of
// weak links: pairs are taken best first, and two sets join only when at least `minLinked` of the pairs
// across them are judged the same (average linkage) — one link between two groups, or a chain A–B–C where A
// and C do not match, does not make one customer of them. No group grows beyond `maxSize`.
class DuplicateGrouper {
public:
    static constexpr double DefaultMinLinked = 0.5;
    static constexpr int DefaultMaxSize = 30;

    static QVector<DuplicateGroup> group(const QVector<DuplicatePair>& pairs, double threshold,
                                         double minLinked = DefaultMinLinked, int maxSize = DefaultMaxSize);
};
