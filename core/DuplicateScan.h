#pragma once

#include "DuplicateGroup.h"
#include "DuplicatePair.h"

#include <QVector>

// The result of a full duplicate scan of an archive.
struct DuplicateScan {
    qint64 records = 0;        // customers read
    qint64 candidatePairs = 0; // distinct pairs the blocking keys proposed and the model scored
    // Scored pairs at or above the review threshold, best first (leftId < rightId).
    QVector<DuplicatePair> pairs;
    // Groups formed by the pairs at or above the threshold, highest score first.
    QVector<DuplicateGroup> groups;
    double seconds = 0.0;
};
