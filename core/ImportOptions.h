#pragma once

#include "ColumnMapping.h"
#include "ValueCleaner.h"

#include <optional>

struct ImportOptions {
    ImportTarget target = ImportTarget::Customers;
    int sheet = 0;
    // Empty = automatic mapping by header names.
    ColumnMapping mapping;
    // A row whose code (customers) or order number (orders) already exists: update it or leave it alone.
    enum class OnExisting { Update, Skip } onExisting = OnExisting::Update;
    bool dryRun = false; // read, check and count everything, store nothing
    ValueCleaner::DateOrder dateOrder = ValueCleaner::DateOrder::DayFirst;
    // 1-based row of the headers; 0 = detect (the row among the first 30 that maps best).
    qint64 headerRow = 0;
    QString fileName; // recorded with the batch
    // A large load builds the secondary indexes after the rows (IndexDeferral) when, judged after
    // `judgeIndexesAfterRows` rows, at least `deferIndexesFromRows` rows are still to come. Tests lower both.
    qint64 deferIndexesFromRows = 50000;
    qint64 judgeIndexesAfterRows = 10000;
};
