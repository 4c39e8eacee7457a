#pragma once

#include "Result.h"

#include <QSqlDatabase>

// Stored name sort keys are only comparable when one ICU collator made them all. After an ICU upgrade
// (new Dossier build, other platform) the keys are recomputed once, in one transaction, on open.
class NameSortKeyRefresher {
public:
    // Returns the number of customers whose key was recomputed (0 when the collator is unchanged).
    static Result<qint64> refreshIfCollatorChanged(QSqlDatabase& db);
};
