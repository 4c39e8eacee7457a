#pragma once

#include <QSqlQuery>
#include <memory>

#include "Customer.h"
#include "CustomerFilter.h"
#include "CustomerListRow.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

// All SQL about customers, their tags and custom field values.
class CustomerRepository {
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    explicit CustomerRepository(QSqlDatabase& db) : m_db(db) {}

    // Stores a new customer (code generated when empty); returns it with id, code, times and version 1.
    Result<Customer> insert(const Customer& customer);
    // Saves changes if the stored version still equals customer.version; otherwise fails with
    // ErrorKind::Conflict and changes nothing. Returns the customer as stored (version bumped).
    Result<Customer> update(const Customer& customer);

    Result<Customer> findById(qint64 id);
    Result<Customer> findByCode(const QString& code); // ErrorKind::NotFound when absent
    Result<qint64> idOfCode(const QString& code);     // 0 when absent; cheap, for bulk work
    Result<int> versionOf(qint64 id);                 // NotFound when absent
    // Deletes the customer with its contacts, follow-ups, orders, tags and field values (undo of an insert).
    Status remove(qint64 id);
    Status removeRange(qint64 firstId, qint64 lastId);
    // Ids in firstId..lastId changed since they were inserted (version above 1).
    Result<QList<qint64>> editedIdsBetween(qint64 firstId, qint64 lastId);

    // Ids of matching customers in display order. Cheap enough for a million rows: the list model keeps
    // only these and fetches row contents page by page.
    Result<QVector<qint64>> listIds(const CustomerFilter& filter, CustomerSortKey sortKey,
                                   Qt::SortOrder order = Qt::AscendingOrder, int limit = -1);
    // Rows for the given ids, in the same order as `ids` (missing ids are skipped).
    Result<QVector<CustomerListRow>> rows(const QVector<qint64>& ids);

    qint64 count();
    QStringList owners();    // logins of users owning at least one customer, sorted
    QStringList provinces(); // distinct, sorted in pinyin order
    QStringList tags();      // all tag names, sorted in pinyin order

    // Next generated code, "C000001" style, unused so far.
    Result<QString> nextCode();

private:
    QSqlDatabase& m_db;
    std::unique_ptr<QSqlQuery> m_idOfCode; // prepared once: bulk work asks it for every row
};
