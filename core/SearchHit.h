#pragma once

#include <QString>
#include <optional>

// What to search for. `ownerId` restricts results to one owner's customers and `includePool` adds the public
// pool's: a sales rep's scope (CustomerOwnership::restrict). The scope is applied in every tier, before the
// limit, so a rep gets up to `limit` of the customers they may see, not what is left of everybody's.
struct SearchQuery {
    SearchQuery() = default;
    SearchQuery(QString searchText, int maxHits = 50) : text(std::move(searchText)), limit(maxHits) {}

    QString text;
    int limit = 50;
    std::optional<qint64> ownerId;
    bool includePool = false;
};

// Which part of a customer matched, best first; decides the rank.
enum class SearchMatch { ExactCode, ExactPhone, CodePrefix, PhoneTail, ExactName, NamePrefix, Text };

// One customer found, with a score (100 best) so callers can show or merge ranked results.
struct SearchHit {
    qint64 customerId = 0;
    QString code;
    QString name;
    int score = 0;
    SearchMatch match = SearchMatch::Text;
};
