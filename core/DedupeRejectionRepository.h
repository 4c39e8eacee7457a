#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

// "Not the same customer": pairs a user has ruled out, so duplicate scans never propose them again
// (table dedupe_rejections, one row per pair with left_id < right_id; see MergeSchema).
class DedupeRejectionRepository {
    Q_DECLARE_TR_FUNCTIONS(DedupeRejectionRepository)

public:
    explicit DedupeRejectionRepository(QSqlDatabase& db) : m_db(db) {}

    // Remembers that a and b are different customers (either order; nothing happens if already known).
    Status add(qint64 a, qint64 b, qint64 userId = 0);
    // Every pair among `ids`, in one transaction: a reviewed group that is not one customer.
    Status addAll(const QList<qint64>& ids, qint64 userId = 0);
    Status remove(qint64 a, qint64 b);
    Result<bool> contains(qint64 a, qint64 b);
    Result<QList<QPair<qint64, qint64>>> all(); // (left, right), left < right, ascending

private:
    QSqlDatabase& m_db;
};
