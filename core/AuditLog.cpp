#include "AuditLog.h"

#include "Database.h"
#include "SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant nullableText(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QStringList distinctColumn(QSqlDatabase& db, const QString& column)
{
    QStringList values;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log WHERE %1 <> '' ORDER BY %1").arg(column)))
        while (q.next())
            values.append(q.value(0).toString());
    return values;
}
} // namespace

Status AuditLog::record(AuditEntry entry)
{
    if (entry.action.isEmpty())
        return Status::failure(tr("An audit row needs an action."), ErrorKind::Usage);
    if (entry.login.isEmpty()) {
        const ActingUser actor = Database::actingUserOf(m_db);
        entry.userId = actor.id;
        entry.login = actor.login;
    }
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log(at, user_id, login, action, entity, entity_id, entity_code, field,"
                             " old_value, new_value, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlValue::fromDateTime(entry.at));
    q.addBindValue(SqlValue::fromId(entry.userId));
    q.addBindValue(SqlValue::fromText(entry.login));
    q.addBindValue(entry.action);
    q.addBindValue(SqlValue::fromText(entry.entity));
    q.addBindValue(SqlValue::fromId(entry.entityId));
    q.addBindValue(SqlValue::fromText(entry.entityCode));
    q.addBindValue(SqlValue::fromText(entry.field));
    q.addBindValue(nullableText(entry.oldValue));
    q.addBindValue(nullableText(entry.newValue));
    q.addBindValue(SqlValue::fromText(entry.detail));
    QString error;
    if (!SqlValue::exec(q, &error))
        return Status::failure(tr("Cannot write the audit log: %1").arg(error));
    return {};
}

Status AuditLog::record(const QString& action, const QString& entity, qint64 entityId, const QString& entityCode,
                        const QString& detail)
{
    AuditEntry entry;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.entityCode = entityCode;
    entry.detail = detail;
    return record(entry);
}

Result<QList<AuditEntry>> AuditLog::list(const AuditQuery& query)
{
    QStringList conditions;
    QVariantList values;
    if (query.since.isValid()) {
        conditions.append(QStringLiteral("at >= ?"));
        values << SqlValue::fromDateTime(query.since);
    }
    if (query.until.isValid()) {
        conditions.append(QStringLiteral("at < ?"));
        values << SqlValue::fromDateTime(query.until);
    }
    if (!query.login.isEmpty()) {
        conditions.append(QStringLiteral("login = ?"));
        values << query.login;
    }
    if (!query.action.isEmpty()) {
        conditions.append(QStringLiteral("action = ?"));
        values << query.action;
    }
    if (!query.entity.isEmpty()) {
        conditions.append(QStringLiteral("entity = ? AND entity_id = ?"));
        values << query.entity << query.entityId;
    }
    if (!query.text.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("(entity_code || ' ' || field || ' ' || coalesce(old_value, '') || ' ' ||"
                                         " coalesce(new_value, '') || ' ' || detail || ' ' || login) LIKE ? ESCAPE '\\'"));
        values << likePattern(query.text.trimmed());
    }
    QString sql = QStringLiteral("SELECT id, at, user_id, login, action, entity, entity_id, entity_code, field,"
                                 " old_value, new_value, detail FROM audit_log");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QList<AuditEntry>>::failure(tr("Cannot read the audit log: %1").arg(error));
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = SqlValue::toDateTime(q.value(1));
        e.userId = q.value(2).toLongLong();
        e.login = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toLongLong();
        e.entityCode = q.value(7).toString();
        e.field = q.value(8).toString();
        e.oldValue = q.value(9).isNull() ? QString() : q.value(9).toString();
        e.newValue = q.value(10).isNull() ? QString() : q.value(10).toString();
        e.detail = q.value(11).toString();
        entries.append(e);
    }
    return entries;
}

QStringList AuditLog::logins()
{
    return distinctColumn(m_db, QStringLiteral("login"));
}

QStringList AuditLog::actions()
{
    return distinctColumn(m_db, QStringLiteral("action"));
}
