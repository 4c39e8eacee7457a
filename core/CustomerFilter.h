#pragma once

#include "CustomerStage.h"

#include <QString>
#include <optional>

// What the customer list shows: a quick-search text plus optional exact filters. Empty = no restriction.
struct CustomerFilter {
    QString quickSearch; // through the search index: names, pinyin, codes, phones, contacts, tags, notes
    std::optional<CustomerStage> stage;
    QString owner;    // user login; "-" means unowned
    QString tag;
    QString province;

    bool isEmpty() const
    {
        return quickSearch.trimmed().isEmpty() && !stage && owner.isEmpty() && tag.isEmpty() && province.isEmpty();
    }
};

// Columns the list can be sorted by.
// Relevance: the search index's ranking of the quick search (by name when there is no quick search).
enum class CustomerSortKey { Code, Name, Kind, Stage, Owner, Province, City, Industry, Level, Phone, UpdatedAt, Relevance };
