#pragma once

#include <QSqlDatabase>

// Commit-or-rollback by scope: a Transaction that is destroyed without commit() rolls back, so an early
// return or an exception never leaves half a change in the archive.
class Transaction {
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase& m_db;
    bool m_active = false;
};
