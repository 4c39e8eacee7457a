#pragma once

#include "Result.h"

#include <QSqlDatabase>

// The schema step for reading order histories fast (issue 5: the segment dashboard in ≤ 1 s): a covering
// index orders(customer_id, order_date, amount_cents), so OrderHistoryScan reads every customer's orders in
// date order from the index alone (the grouped R/F/M read took half the time with it). It replaces the index
// orders(customer_id, order_date), whose every use it serves, so writing an order costs about the same.
// Self-contained: builds the index from the existing orders.
namespace OrderHistoryIndex {
Status create(QSqlDatabase& db);
}
