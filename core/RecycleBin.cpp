#include "RecycleBin.h"

#include "AuditAccess.h"
#include "AuditLog.h"
#include "CustomerFreezer.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString entryColumns =
    QStringLiteral("id, customer_id, code, name, deleted_at, deleted_by_login");

RecycleBinEntry readEntry(const QSqlQuery& q)
{
    RecycleBinEntry e;
    e.id = q.value(0).toLongLong();
    e.customerId = q.value(1).toLongLong();
    e.code = q.value(2).toString();
    e.name = q.value(3).toString();
    e.deletedAt = SqlValue::toDateTime(q.value(4));
    e.deletedBy = q.value(5).toString();
    return e;
}
} // namespace

Result<RecycleBinEntry> RecycleBin::moveToBin(qint64 customerId)
{
    using R = Result<RecycleBinEntry>;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(tr("The archive is busy or read-only; nothing was deleted."));
    const auto frozen = CustomerFreezer(m_db).freeze(customerId);
    if (!frozen)
        return R::failure(frozen.error(), frozen.errorKind());
    const QJsonObject customer = frozen->value(QStringLiteral("customer")).toObject();
    const ActingUser actor = Database::actingUserOf(m_db);
    RecycleBinEntry entry;
    entry.customerId = customerId;
    entry.code = customer.value(QStringLiteral("code")).toString();
    entry.name = customer.value(QStringLiteral("name")).toString();
    entry.deletedAt = QDateTime::currentDateTimeUtc();
    entry.deletedBy = actor.login;

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO recycle_bin(customer_id, code, name, deleted_at, deleted_by,"
                                  " deleted_by_login, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(customerId);
    insert.addBindValue(entry.code);
    insert.addBindValue(entry.name);
    insert.addBindValue(SqlValue::fromDateTime(entry.deletedAt));
    insert.addBindValue(SqlValue::fromId(actor.id));
    insert.addBindValue(SqlValue::fromText(actor.login));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(*frozen).toJson(QJsonDocument::Compact)));
    QString error;
    if (!SqlValue::exec(insert, &error))
        return R::failure(tr("Cannot move customer %1 to the recycle bin: %2").arg(entry.code, error));
    entry.id = insert.lastInsertId().toLongLong();

    // Contacts, follow-ups, orders, tasks ... go with it (ON DELETE CASCADE); the search index through its trigger.
    if (Status s = SqlValue::run(m_db, QStringLiteral("DELETE FROM customers WHERE id = ?"), {customerId}); !s)
        return R::failure(tr("Cannot delete customer %1: %2").arg(entry.code, s.error()));
    AuditEntry audit;
    audit.action = AuditActions::remove;
    audit.entity = QStringLiteral("customer");
    audit.entityId = customerId;
    audit.entityCode = entry.code;
    audit.oldValue = entry.name;
    audit.detail = auditReference(entry.id);
    if (Status s = AuditLog(m_db).record(audit); !s)
        return R::failure(s.error());
    if (Status s = SearchIndex(m_db).refresh(); !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(tr("The archive refused the deletion; nothing was deleted."));
    return entry;
}

Result<QList<RecycleBinEntry>> RecycleBin::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM recycle_bin ORDER BY id DESC").arg(entryColumns)))
        return Result<QList<RecycleBinEntry>>::failure(SqlValue::describe(q));
    QList<RecycleBinEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

Result<RecycleBinEntry> RecycleBin::findByCode(const QString& code)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM recycle_bin WHERE code = ? ORDER BY id DESC LIMIT 1").arg(entryColumns));
    q.addBindValue(code.trimmed());
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<RecycleBinEntry>::failure(error);
    if (!q.next())
        return Result<RecycleBinEntry>::failure(tr("There is no customer %1 in the recycle bin.").arg(code.trimmed()),
                                                ErrorKind::NotFound);
    return readEntry(q);
}

Result<RecycleBinEntry> RecycleBin::find(qint64 entryId, QString* snapshot)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, snapshot FROM recycle_bin WHERE id = ?").arg(entryColumns));
    q.addBindValue(entryId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<RecycleBinEntry>::failure(error);
    if (!q.next())
        return Result<RecycleBinEntry>::failure(tr("The recycle bin has no entry %1.").arg(entryId),
                                                ErrorKind::NotFound);
    if (snapshot)
        *snapshot = q.value(6).toString();
    return readEntry(q);
}

QString RecycleBin::auditReference(qint64 entryId)
{
    return QStringLiteral("recycle bin entry %1").arg(entryId);
}

Result<qint64> RecycleBin::restore(qint64 entryId)
{
    using R = Result<qint64>;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(tr("The archive is busy or read-only; nothing was restored."));
    QString snapshot;
    const auto entry = find(entryId, &snapshot);
    if (!entry)
        return R::failure(entry.error(), entry.errorKind());
    const QJsonDocument frozen = QJsonDocument::fromJson(snapshot.toUtf8());
    if (!frozen.isObject())
        return R::failure(tr("The recycle bin entry of %1 is damaged; nothing was restored.").arg(entry->code));
    const auto thawed = CustomerFreezer(m_db).thaw(frozen.object());
    if (!thawed)
        return R::failure(thawed.error(), thawed.errorKind());
    if (Status s = SqlValue::run(m_db, QStringLiteral("DELETE FROM recycle_bin WHERE id = ?"), {entryId}); !s)
        return R::failure(s.error());
    AuditEntry audit;
    audit.action = AuditActions::restore;
    audit.entity = QStringLiteral("customer");
    audit.entityId = thawed->customerId;
    audit.entityCode = entry->code;
    audit.newValue = entry->name;
    audit.detail = auditReference(entryId);
    if (thawed->customerId != entry->customerId)
        audit.detail += QStringLiteral("; id %1 was taken, restored as id %2").arg(entry->customerId).arg(thawed->customerId);
    if (thawed->droppedRows > 0)
        audit.detail += QStringLiteral("; %1 rows not restored (their tag, field or snapshot is gone)")
                            .arg(thawed->droppedRows);
    if (Status s = AuditLog(m_db).record(audit); !s)
        return R::failure(s.error());
    if (Status s = SearchIndex(m_db).refresh(); !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(tr("The archive refused the restore; nothing was restored."));
    return thawed->customerId;
}

Status RecycleBin::purge(qint64 entryId)
{
    if (!AuditAccess::mayPurge(Database::actingUserOf(m_db)))
        return Status::failure(tr("Only an administrator may empty the recycle bin."), ErrorKind::Usage);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("The archive is busy or read-only; nothing was purged."));
    const auto entry = find(entryId, nullptr);
    if (!entry)
        return Status::failure(entry.error(), entry.errorKind());
    if (Status s = SqlValue::run(m_db, QStringLiteral("DELETE FROM recycle_bin WHERE id = ?"), {entryId}); !s)
        return s;
    AuditEntry audit;
    audit.action = AuditActions::purge;
    audit.entity = QStringLiteral("customer");
    audit.entityId = entry->customerId;
    audit.entityCode = entry->code;
    audit.oldValue = entry->name;
    audit.detail = auditReference(entryId);
    if (Status s = AuditLog(m_db).record(audit); !s)
        return s;
    if (!transaction.commit())
        return Status::failure(tr("The archive refused the purge; nothing was purged."));
    return {};
}
