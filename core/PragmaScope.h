#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// Sets an SQLite pragma of the connection for a scope and puts the previous value back when it ends.
class PragmaScope {
public:
    PragmaScope(QSqlDatabase& db, const QString& pragma, const QString& value);
    ~PragmaScope();
    PragmaScope(const PragmaScope&) = delete;
    PragmaScope& operator=(const PragmaScope&) = delete;

private:
    QSqlDatabase& m_db;
    const QString m_pragma;
    QVariant m_previous;
};
