#pragma once

#include "DueItem.h"

#include <QList>

// The three reminder lists of one day, each sorted by date, then kind, then customer code.
struct DueLists {
    QList<DueItem> overdue;  // before today, still open
    QList<DueItem> today;
    QList<DueItem> thisWeek; // tomorrow up to and including today + 6

    qsizetype total() const { return overdue.size() + today.size() + thisWeek.size(); }
};
