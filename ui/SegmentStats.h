#pragma once

#include "SegmentModel.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <array>

// What the segment dashboard shows, computed by SegmentWorker: plain data, safe to pass between threads.
struct SegmentStats {
    // One bar: a segment of a model with its customers and their revenue (orders up to the as-of date).
    struct Bucket {
        SegmentName name; // key, English tr() source, Chinese name (for ABC the tier letter or "no_orders")
        qint64 customers = 0;
        qint64 revenueCents = 0;
    };
    // One cell of the R x F grid (rfm5 scores 1..5; customers with orders only).
    struct Cell {
        qint64 customers = 0;
        qint64 monetaryCents = 0; // sum; average = monetaryCents / customers
        double averageMonetaryCents() const { return customers > 0 ? double(monetaryCents) / double(customers) : 0.0; }
    };

    QDate asOf;
    qint64 customerCount = 0;
    // Every segment of the model in the model's own order, empty segments included.
    QList<Bucket> rfm5;
    QList<Bucket> rfm8;
    QList<Bucket> abc;
    // rf[r - 1][f - 1]
    std::array<std::array<Cell, 5>, 5> rf{};

    // Per customer (customer id order), to list the customers behind a bar or cell: the index of the
    // customer's bucket in rfm5/rfm8/abc and its rfm5 R and F scores (0 without orders).
    QList<qint64> customerIds;
    QList<qint8> rfm5Bucket, rfm8Bucket, abcBucket, rScore, fScore;

    QList<qint64> customersIn(SegmentModelKind kind, qsizetype bucket) const
    {
        const QList<qint8>& of = kind == SegmentModelKind::Rfm8 ? rfm8Bucket
                                 : kind == SegmentModelKind::Abc ? abcBucket
                                                                 : rfm5Bucket;
        QList<qint64> ids;
        for (qsizetype i = 0; i < customerIds.size(); ++i)
            if (of[i] == bucket)
                ids.append(customerIds[i]);
        return ids;
    }
    QList<qint64> customersInCell(int r, int f) const
    {
        QList<qint64> ids;
        for (qsizetype i = 0; i < customerIds.size(); ++i)
            if (rScore[i] == r && fScore[i] == f)
                ids.append(customerIds[i]);
        return ids;
    }

    const QList<Bucket>& buckets(SegmentModelKind kind) const
    {
        switch (kind) {
        case SegmentModelKind::Rfm8:
            return rfm8;
        case SegmentModelKind::Abc:
            return abc;
        case SegmentModelKind::Rfm5:
            break;
        }
        return rfm5;
    }
};

Q_DECLARE_METATYPE(SegmentStats)
