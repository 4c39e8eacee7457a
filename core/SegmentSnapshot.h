#pragma once

#include "SegmentModel.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

// A stored segment snapshot: when it was taken, for which as-of date and model, and the segment sizes then.
struct SegmentSnapshotInfo {
    qint64 id = 0;
    QDateTime takenAt; // UTC
    QDate asOf;
    SegmentModelKind model = SegmentModelKind::Rfm5;
    qint64 customers = 0;
    QMap<QString, qint64> sizes; // segment name (as in the CSV) -> customers
};

// One customer whose segment differs between two snapshots. An empty `from` or `to` means the customer was
// not in that snapshot (added to or removed from the archive in between).
struct SegmentMove {
    qint64 customerId = 0;
    QString code;
    QString name;
    QString from;
    QString to;
};
