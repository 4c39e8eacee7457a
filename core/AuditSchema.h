#pragma once

#include "Result.h"

#include <QSqlDatabase>

// The schema step for issue 11's "nothing is lost, everything is traced": the append-only `audit_log` (which
// also holds every customer's field-level history, indexed by customer) and the `recycle_bin` of deleted
// customers frozen as JSON. Self-contained; existing archives get one row saying when auditing started.
namespace AuditSchema {
Status create(QSqlDatabase& db);
}
