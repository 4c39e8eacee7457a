#include "DedupeRejectionRepository.h"

#include "SqlValue.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

Status DedupeRejectionRepository::add(qint64 a, qint64 b, qint64 userId)
{
    if (a == b || a <= 0 || b <= 0)
        return Status::failure(tr("A customer cannot be marked as different from itself."), ErrorKind::Usage);
    const Status s = SqlValue::run(m_db,
                                   QStringLiteral("INSERT OR IGNORE INTO dedupe_rejections(left_id, right_id,"
                                                  " created_at, user_id) VALUES (?, ?, ?, ?)"),
                                   {std::min(a, b), std::max(a, b),
                                    SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()), SqlValue::fromId(userId)});
    if (!s)
        return Status::failure(tr("Cannot remember that these customers are different: %1").arg(s.error()));
    return {};
}

Status DedupeRejectionRepository::addAll(const QList<qint64>& ids, qint64 userId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("The archive is busy or read-only; nothing was saved."));
    for (int i = 0; i < ids.size(); ++i)
        for (int j = i + 1; j < ids.size(); ++j)
            if (ids[i] != ids[j])
                if (Status s = add(ids[i], ids[j], userId); !s)
                    return s;
    if (!transaction.commit())
        return Status::failure(tr("The archive is busy or read-only; nothing was saved."));
    return {};
}

Status DedupeRejectionRepository::remove(qint64 a, qint64 b)
{
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM dedupe_rejections WHERE left_id = ? AND right_id = ?"),
                         {std::min(a, b), std::max(a, b)});
}

Result<bool> DedupeRejectionRepository::contains(qint64 a, qint64 b)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM dedupe_rejections WHERE left_id = ? AND right_id = ?"));
    q.addBindValue(std::min(a, b));
    q.addBindValue(std::max(a, b));
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<bool>::failure(error);
    return q.next();
}

Result<QList<QPair<qint64, qint64>>> DedupeRejectionRepository::all()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT left_id, right_id FROM dedupe_rejections ORDER BY left_id, right_id")))
        return Result<QList<QPair<qint64, qint64>>>::failure(SqlValue::describe(q));
    QList<QPair<qint64, qint64>> pairs;
    while (q.next())
        pairs.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return pairs;
}
