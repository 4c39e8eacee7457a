#pragma once

#include <QStringView>

// Edit-based similarity of short strings (names, pinyin, ID numbers, postcodes) for duplicate matching.
namespace StringSimilarity {
// Jaro–Winkler similarity, 0 (nothing in common) … 1 (equal); prefix scale 0.1 over at most 4 characters.
double jaroWinkler(QStringView a, QStringView b);
// Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours),
// or `limit + 1` as soon as it is known to exceed `limit`.
int damerauLevenshtein(QStringView a, QStringView b, int limit);
} // namespace StringSimilarity
