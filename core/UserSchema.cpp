#include "UserSchema.h"

#include "SchemaMigrator.h"

#include "SqlValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace UserSchema {

Status addAccounts(QSqlDatabase& db)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'sales'"
                       " CHECK (role IN ('admin','manager','sales','viewer'))"),
        QStringLiteral("ALTER TABLE users ADD COLUMN password_hash TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN locked_until TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN created_at TEXT NOT NULL DEFAULT ''"),
    };
    if (Status s = SchemaMigrator::execAll(db, statements); !s)
        return s;
    // Existing users were created as owners or authors; their account starts now.
    return SqlValue::run(db, QStringLiteral("UPDATE users SET created_at = ?"),
                         {SqlValue::fromDateTime(QDateTime::currentDateTimeUtc())});
}

} // namespace UserSchema
