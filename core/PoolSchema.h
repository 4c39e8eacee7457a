#pragma once

#include "Result.h"

#include <QSqlDatabase>

// The schema step for the public pool (公海, issue 11): `customer_owner_since` holds, per owned customer, since
// when its current owner has it, kept by a trigger on every change of customers.owner_id (whichever code path
// changes it). A customer without a row has had its owner since it was created. Self-contained: creates its own
// table, index and trigger; nothing to backfill (created_at is the fallback).
namespace PoolSchema {
Status create(QSqlDatabase& db);
}
