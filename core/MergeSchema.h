#pragma once

#include "Result.h"

#include <QSqlDatabase>

// The schema step for merging duplicates (issue 10). Self-contained: creates its own tables and indexes;
// there is nothing to backfill.
//  - merges: one row per merge, who and when, the survivor's state before it (for an exact unmerge);
//  - merge_records: the merged (deleted) records, each frozen whole with the rows its deletion removed;
//  - merge_moves: which child rows (contacts, follow-ups, orders, tasks, aliases) moved from which record;
//  - dedupe_rejections: pairs a user marked "not the same customer" (left_id < right_id), never proposed again.
namespace MergeSchema {
Status create(QSqlDatabase& db);
}
