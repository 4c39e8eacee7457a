#pragma once

#include "Interaction.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class InteractionRepository {
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(QSqlDatabase& db) : m_db(db) {}

    // Newest first; limit < 0 = all.
    Result<QList<Interaction>> forCustomer(qint64 customerId, int limit = -1);
    Result<Interaction> insert(const Interaction& interaction); // author user created if unknown
    Status remove(qint64 id);
    Status removeRange(qint64 firstId, qint64 lastId);

private:
    QSqlDatabase& m_db;
};
