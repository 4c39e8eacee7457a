#pragma once

#include "DuplicatePair.h"

#include <QVector>

// Records that a merge would fold into one customer: the connected pairs judged the same.
// score = the weakest pair's probability that holds the group together (what a reviewer should doubt first).
struct DuplicateGroup {
    QVector<qint64> customerIds; // ascending
    double score = 0.0;
    QVector<DuplicatePair> pairs; // the scored pairs inside the group at or above the threshold
};
