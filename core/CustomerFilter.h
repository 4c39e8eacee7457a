#pragma once

#include "CustomerStage.h"
#include "SmartFilter.h"

#include <QString>
#include <optional>

// What the customer list shows: a quick-search text plus optional exact filters. Empty = no restriction.
struct CustomerFilter {
    QString quickSearch; // matches name, code, company, and contact phone numbers (by digits)
    std::optional<CustomerStage> stage;
    QString owner;    // user login; "-" means unowned
    QString tag;
    QString province;
    std::optional<SmartFilter> smart; // a smart list's conditions (SmartFilterSql), combined with the above by AND

    bool isEmpty() const
    {
        return quickSearch.trimmed().isEmpty() && !stage && owner.isEmpty() && tag.isEmpty() && province.isEmpty() &&
               (!smart || smart->isEmpty());
    }
};

// Columns the list can be sorted by.
enum class CustomerSortKey { Code, Name, Kind, Stage, Owner, Province, City, Industry, Level, Phone, UpdatedAt };
