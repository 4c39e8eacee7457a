#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// Users as far as ownership and authorship need them (sign-in and roles come later).
class UserRepository {
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(QSqlDatabase& db) : m_db(db) {}

    // Id of the user with this login, creating it when missing. Empty login -> 0 (nobody).
    Result<qint64> ensure(const QString& login, const QString& displayName = QString());
    QStringList logins(); // sorted

private:
    QSqlDatabase& m_db;
};
