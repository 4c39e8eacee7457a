#pragma once

#include "SegmentModel.h"

#include <QCoreApplication>
#include <QList>

// Scores and names customers from their RFM values (see docs/segments.md for the rules and tables).
//
// rfm5: quintile scores 1..5 among the customers WITH orders. Ties are broken deterministically: customers
//   are sorted by the value, then by customer code, and the score follows the rank i (0-based) among n:
//   quintile = i * 5 / n (integer division). F and M score 1 + quintile (higher value, higher score); R
//   scores 5 - quintile over recency ascending (more recent, higher score). Equal values can therefore get
//   neighbouring scores; the code decides which, so the same archive always gives the same scores.
//   The named segment comes from a 5x5 table of R and FM = (F + M) / 2 rounded half up.
// rfm8: each of R, F, M is H or L against the mean (or median) over the customers WITH orders: R is H when
//   recency is strictly below it, F and M when strictly above it. The eight combinations are the classes
//   Chinese retailers use (重要价值客户 ... 一般挽留客户); the Chinese name is the segment name.
// Customers without orders get empty scores and the segment "no_orders" (rfm5) or "无订单客户" (rfm8).
class RfmSegmenter {
    Q_DECLARE_TR_FUNCTIONS(RfmSegmenter)

public:
    enum class Threshold { Mean, Median };

    static constexpr const char* noOrdersKey = "no_orders";
    static constexpr const char* noOrdersChinese = "无订单客户";

    // Same order as `values`.
    static QList<CustomerSegment> rfm5(const QList<RfmValues>& values);
    static QList<CustomerSegment> rfm8(const QList<RfmValues>& values, Threshold threshold = Threshold::Mean);

    // The rfm5 segment for scores 1..5.
    static const char* rfm5Key(int r, int f, int m);
    // The rfm8 class for H/L of R, F, M.
    static const SegmentName& rfm8Class(bool rHigh, bool fHigh, bool mHigh);

    // Every named segment with its key, English (tr source) and Chinese name; the last is "no orders".
    static const QList<SegmentName>& rfm5Segments();
    static const QList<SegmentName>& rfm8Segments();
    // The display name in the current language (English source, translated by tr()).
    static QString displayName(const SegmentName& name);
};
