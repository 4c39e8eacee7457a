#include "SegmentSnapshotRepository.h"

#include "AccessPolicy.h"
#include "RfmCalculator.h"
#include "SegmentAssigner.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

Result<qint64> SegmentSnapshotRepository::take(const QDate& asOf, SegmentModelKind model)
{
    auto values = RfmCalculator(m_db).compute({asOf, QDate()});
    if (!values)
        return Result<qint64>::failure(values.error(), values.errorKind());
    return store(asOf, model, SegmentAssigner::assign(*values, model));
}

Result<qint64> SegmentSnapshotRepository::store(const QDate& asOf, SegmentModelKind model,
                                                const QList<CustomerSegment>& segments)
{
    using R = Result<qint64>;
    if (Status allowed = AccessPolicy::forConnection(m_db).check(Permission::ViewReports); !allowed)
        return R::failure(allowed.error(), allowed.errorKind());
    if (!asOf.isValid())
        return R::failure(tr("The as-of date is missing or invalid."), ErrorKind::Usage);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(tr("The archive is busy or read-only; the snapshot was not stored."));
    QSqlQuery header(m_db);
    header.prepare(QStringLiteral("INSERT INTO segment_snapshots(taken_at, as_of, model, customers) VALUES (?, ?, ?, ?)"));
    header.addBindValue(SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    header.addBindValue(SqlValue::fromDate(asOf));
    header.addBindValue(SegmentModels::toKey(model));
    header.addBindValue(qint64(segments.size()));
    QString error;
    if (!SqlValue::exec(header, &error))
        return R::failure(error);
    const qint64 id = header.lastInsertId().toLongLong();

    QMap<QString, qint64> sizes;
    QSqlQuery member(m_db);
    member.prepare(QStringLiteral("INSERT INTO segment_snapshot_members(snapshot_id, customer_id, segment) VALUES (?, ?, ?)"));
    for (const CustomerSegment& s : segments) {
        member.bindValue(0, id);
        member.bindValue(1, s.values.customerId);
        member.bindValue(2, s.segment);
        if (!SqlValue::exec(member, &error))
            return R::failure(error);
        ++sizes[s.segment];
    }
    QSqlQuery size(m_db);
    size.prepare(QStringLiteral("INSERT INTO segment_snapshot_sizes(snapshot_id, segment, customers) VALUES (?, ?, ?)"));
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        size.bindValue(0, id);
        size.bindValue(1, it.key());
        size.bindValue(2, it.value());
        if (!SqlValue::exec(size, &error))
            return R::failure(error);
    }
    if (!transaction.commit())
        return R::failure(tr("The archive refused to store the snapshot: %1").arg(m_db.lastError().text()));
    return id;
}

Result<QList<SegmentSnapshotInfo>> SegmentSnapshotRepository::list(std::optional<SegmentModelKind> model)
{
    using R = Result<QList<SegmentSnapshotInfo>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.id, s.taken_at, s.as_of, s.model, s.customers, z.segment, z.customers"
                                 " FROM segment_snapshots s LEFT JOIN segment_snapshot_sizes z ON z.snapshot_id = s.id"
                                 "%1 ORDER BY s.as_of, s.taken_at, s.id")
                      .arg(model ? QStringLiteral(" WHERE s.model = ?") : QString()));
    if (model)
        query.addBindValue(SegmentModels::toKey(*model));
    QString error;
    if (!SqlValue::exec(query, &error))
        return R::failure(error);
    QList<SegmentSnapshotInfo> result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (result.isEmpty() || result.last().id != id) {
            SegmentSnapshotInfo info;
            info.id = id;
            info.takenAt = SqlValue::toDateTime(query.value(1));
            info.asOf = SqlValue::toDate(query.value(2));
            info.model = SegmentModels::fromKey(query.value(3).toString()).value_or(SegmentModelKind::Rfm5);
            info.customers = query.value(4).toLongLong();
            result.append(info);
        }
        if (!query.value(5).isNull())
            result.last().sizes.insert(query.value(5).toString(), query.value(6).toLongLong());
    }
    if (query.lastError().isValid())
        return R::failure(SqlValue::describe(query));
    return result;
}

Status SegmentSnapshotRepository::requireExists(qint64 snapshotId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM segment_snapshots WHERE id = ?"));
    query.addBindValue(snapshotId);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Status::failure(error);
    if (!query.next())
        return Status::failure(tr("There is no segment snapshot %1.").arg(snapshotId), ErrorKind::NotFound);
    return {};
}

Result<QList<SegmentMove>> SegmentSnapshotRepository::changes(qint64 fromId, qint64 toId)
{
    using R = Result<QList<SegmentMove>>;
    for (const qint64 id : {fromId, toId})
        if (Status s = requireExists(id); !s)
            return R::failure(s.error(), s.errorKind());
    // One pass over both snapshots' members grouped by customer; IS NOT treats a missing side (NULL) as a change.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.code, c.name, f, t FROM ("
        " SELECT customer_id, MAX(CASE WHEN snapshot_id = ? THEN segment END) AS f,"
        "  MAX(CASE WHEN snapshot_id = ? THEN segment END) AS t"
        " FROM segment_snapshot_members WHERE snapshot_id IN (?, ?) GROUP BY customer_id) m"
        " JOIN customers c ON c.id = m.customer_id WHERE f IS NOT t ORDER BY c.code"));
    query.addBindValue(fromId);
    query.addBindValue(toId);
    query.addBindValue(fromId);
    query.addBindValue(toId);
    QString error;
    if (!SqlValue::exec(query, &error))
        return R::failure(error);
    QList<SegmentMove> moves;
    while (query.next()) {
        SegmentMove move;
        move.customerId = query.value(0).toLongLong();
        move.code = query.value(1).toString();
        move.name = query.value(2).toString();
        move.from = query.value(3).toString();
        move.to = query.value(4).toString();
        moves.append(std::move(move));
    }
    if (query.lastError().isValid())
        return R::failure(SqlValue::describe(query));
    return moves;
}

Result<QList<qint64>> SegmentSnapshotRepository::members(qint64 snapshotId, const QString& segment)
{
    using R = Result<QList<qint64>>;
    if (Status s = requireExists(snapshotId); !s)
        return R::failure(s.error(), s.errorKind());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT customer_id FROM segment_snapshot_members WHERE snapshot_id = ? AND segment = ?"
                                 " ORDER BY customer_id"));
    query.addBindValue(snapshotId);
    query.addBindValue(segment);
    QString error;
    if (!SqlValue::exec(query, &error))
        return R::failure(error);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Status SegmentSnapshotRepository::remove(qint64 snapshotId)
{
    if (Status s = requireExists(snapshotId); !s)
        return s;
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM segment_snapshots WHERE id = ?"), {snapshotId});
}

QMap<QPair<QString, QString>, qint64> SegmentSnapshotRepository::countMoves(const QList<SegmentMove>& moves)
{
    QMap<QPair<QString, QString>, qint64> counts;
    for (const SegmentMove& move : moves)
        ++counts[qMakePair(move.from, move.to)];
    return counts;
}
