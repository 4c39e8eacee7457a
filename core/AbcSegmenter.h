#pragma once

#include "SegmentModel.h"

#include <QList>
#include <QString>

// ABC (Pareto) tiers by cumulative revenue. Customers with orders are sorted by monetary value, highest
// first (ties by code). A customer is in A when the revenue of the customers ranked above it is below
// `a` of the total (so A is the smallest top group reaching `a`), in B when it is below `b`, else in C.
// Customers with orders but no revenue at all (a total of 0) are C. Customers without orders are not
// tiered: they get their own group "no_orders", so "C" always means "bought, but little".
class AbcSegmenter {
public:
    struct Thresholds {
        double a = 0.80;
        double b = 0.95;
    };

    static constexpr const char* noOrdersKey = "no_orders";

    // "A", "B", "C" or "no_orders" per customer, in the order of `values`.
    static QList<QString> tiers(const QList<RfmValues>& values, const Thresholds& thresholds);
    static QList<QString> tiers(const QList<RfmValues>& values) { return tiers(values, Thresholds()); }

    // The tiers A, B, C and "no_orders" with their English (tr source, context AbcSegmenter) and Chinese names.
    static const QList<SegmentName>& tierNames();
};
