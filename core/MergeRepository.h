#pragma once

#include "MergeInfo.h"
#include "MergeRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// All SQL about the merge history (tables merges, merge_records, merge_moves of MergeSchema).
class MergeRepository {
    Q_DECLARE_TR_FUNCTIONS(MergeRepository)

public:
    explicit MergeRepository(QSqlDatabase& db) : m_db(db) {}

    struct Header {
        qint64 survivorId = 0;
        QString survivorCode;
        QByteArray survivorBefore; // JSON: {"customer": row, "customer_tags": [rows], "custom_field_values": [rows]}
        int survivorVersionBefore = 0;
        int survivorVersionAfter = 0;
        qint64 userId = 0;
        QString userLogin;
    };

    Result<qint64> create(const Header& header, const QList<MergeRecord>& records, const QList<MergeMove>& moves);
    Result<Header> header(qint64 mergeId);
    Result<MergeInfo> find(qint64 mergeId); // ErrorKind::NotFound when absent
    Result<QList<MergeRecord>> records(qint64 mergeId);
    Result<QList<MergeMove>> moves(qint64 mergeId);
    // `survivorVersion`: the version the unmerge gave the survivor.
    Status markUndone(qint64 mergeId, const QString& byLogin, int survivorVersion);
    // Newest first; limit < 0 = all.
    Result<QList<MergeInfo>> list(int limit = -1);
    // The standing merge that merged `customerId` away, 0 if none.
    Result<qint64> standingMergeOf(qint64 customerId);
    // Standing merges into `survivorId` newer than `mergeId`.
    Result<QList<qint64>> laterMergesInto(qint64 survivorId, qint64 mergeId);
    // Whether the survivor's `version` was set by undoing a later merge that had found it at `versionBefore`:
    // then it is, field for field, as it was at that version (merge A, merge B, undo B: A can be undone).
    Result<bool> restoredByLaterUndo(qint64 survivorId, qint64 mergeId, int version, int versionBefore);

private:
    QSqlDatabase& m_db;
};
