#include "UserRepository.h"

#include "SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

Result<qint64> UserRepository::ensure(const QString& login, const QString& displayName)
{
    const QString trimmed = login.trimmed();
    if (trimmed.isEmpty())
        return qint64(0);
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
    find.addBindValue(trimmed);
    QString error;
    if (!SqlValue::exec(find, &error))
        return Result<qint64>::failure(error);
    if (find.next())
        return find.value(0).toLongLong();

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO users(login, display_name, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(trimmed);
    insert.addBindValue(displayName.isEmpty() ? trimmed : displayName);
    insert.addBindValue(SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (!SqlValue::exec(insert, &error))
        return Result<qint64>::failure(tr("Cannot add the user %1: %2").arg(trimmed, error));
    return insert.lastInsertId().toLongLong();
}

QStringList UserRepository::logins()
{
    QStringList result;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT login FROM users ORDER BY login")))
        while (query.next())
            result.append(query.value(0).toString());
    return result;
}
