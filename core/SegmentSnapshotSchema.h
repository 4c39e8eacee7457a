#pragma once

#include "Result.h"

#include <QSqlDatabase>

// The schema step for segment snapshots (issue 5): a snapshot's header, each member's segment and the
// segment sizes at the time. Self-contained: creates its own tables and indexes; there is nothing to backfill.
namespace SegmentSnapshotSchema {
Status create(QSqlDatabase& db);
}
