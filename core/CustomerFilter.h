#pragma once

#include "CustomerStage.h"
#include "SmartFilter.h"

#include <QList>
#include <QString>
#include <optional>

// What the customer list shows: a quick-search text plus optional exact filters. Empty = no restriction.
struct CustomerFilter {
    QString quickSearch; // through the search index: names, pinyin, codes, phones, contacts, tags, notes
    std::optional<CustomerStage> stage;
    QString owner;    // user login; "-" means unowned
    QString tag;
    QString province;
    // Only these customers (a segment, a chart bar clicked in the dashboard); nullopt = no restriction.
    std::optional<QList<qint64>> customerIds;
    QString customerIdsLabel; // what the set is, for display ("重要价值客户")
    std::optional<SmartFilter> smart; // a smart list's conditions (SmartFilterSql), combined with the above by AND
    // The signed-in user's scope, set by CustomerOwnership::restrict (not by the user): only `scopeOwnerId`'s
    // customers, plus the pool's with `scopeIncludesPool`. Applied inside the search, before any result cap.
    std::optional<qint64> scopeOwnerId;
    bool scopeIncludesPool = false;

    bool isEmpty() const
    {
        return quickSearch.trimmed().isEmpty() && !stage && owner.isEmpty() && tag.isEmpty() && province.isEmpty() &&
               !customerIds && (!smart || smart->isEmpty()) && !scopeOwnerId;
    }
};

// Columns the list can be sorted by.
// Relevance: the search index's ranking of the quick search (by name when there is no quick search).
enum class CustomerSortKey { Code, Name, Kind, Stage, Owner, Province, City, Industry, Level, Phone, UpdatedAt, Relevance };
