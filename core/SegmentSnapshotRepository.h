#pragma once

#include "Result.h"
#include "SegmentModel.h"
#include "SegmentSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>

// Segment snapshots: every customer's segment in one model for one as-of date, stored with the date so that
// the manager can see who moved (重要价值客户 -> 重要挽留客户) and how the segments grew or shrank.
class SegmentSnapshotRepository {
    Q_DECLARE_TR_FUNCTIONS(SegmentSnapshotRepository)

public:
    explicit SegmentSnapshotRepository(QSqlDatabase& db) : m_db(db) {}

    // Segments every customer as of `asOf` in `model` (RfmCalculator + SegmentAssigner) and stores the result.
    Result<qint64> take(const QDate& asOf, SegmentModelKind model);
    // Stores already computed segments in one transaction; returns the new snapshot's id.
    Result<qint64> store(const QDate& asOf, SegmentModelKind model, const QList<CustomerSegment>& segments);

    // Oldest first (by as-of date, then by when taken), with their segment sizes; one model or all.
    Result<QList<SegmentSnapshotInfo>> list(std::optional<SegmentModelKind> model = std::nullopt);
    // Customers whose segment differs between the two snapshots (also customers only in one of them),
    // ordered by code. Both snapshots must exist.
    Result<QList<SegmentMove>> changes(qint64 fromId, qint64 toId);
    // Ids of the customers in `segment` of a snapshot.
    Result<QList<qint64>> members(qint64 snapshotId, const QString& segment);
    Status remove(qint64 snapshotId);

    // How many customers made each move (from, to), for the summary above the change list.
    static QMap<QPair<QString, QString>, qint64> countMoves(const QList<SegmentMove>& moves);

private:
    Status requireExists(qint64 snapshotId);

    QSqlDatabase& m_db;
};
