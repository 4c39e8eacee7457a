#pragma once

#include "Result.h"

#include <QSqlDatabase>

// The schema step for the check on entry (issue 10: DuplicateFinder::findFor under 50 ms at 1M customers):
// the two fields it looks up that no index served, each a partial index over the rows that hold a value.
// An ID number was found by scanning the customers table (~0.5 s at 1M), an e-mail by the search index's
// trigrams, where the common ones (".co", "com", "@16") make a lookup cost up to ~0.6 s.
// - customers(id_number) where an ID number is given;
// - contacts(lower(email)) where an e-mail is given (lower(): addresses are compared case-insensitively).
// Self-contained: builds both from the existing rows.
namespace DuplicateLookupIndexes {
Status create(QSqlDatabase& db);
}
