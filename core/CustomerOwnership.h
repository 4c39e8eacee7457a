#pragma once

#include "AccessPolicy.h"
#include "CustomerFilter.h"
#include "SearchHit.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVector>

// Who owns which customers, as the access policy needs it: the owner of one customer, and which of a list
// of customers a user may see (or export). Lists, searches and exports are computed as before and then
// narrowed here, so the list, search and export code stays the same for every role.
class CustomerOwnership {
    Q_DECLARE_TR_FUNCTIONS(CustomerOwnership)

public:
    explicit CustomerOwnership(QSqlDatabase& db) : m_db(db) {}

    // The owner's user id; 0 for a customer in the public pool. NotFound when there is no such customer.
    Result<qint64> ownerOf(qint64 customerId);
    // Refuses (ErrorKind::Generic, with the reason) when the user acting on this connection may not
    // `permission` on the customer. Roles allowed on every customer pass without reading the archive.
    Status check(qint64 customerId, Permission permission);
    // Narrows a list filter or a search to the customers the user may `permission`: a sales rep's own and the
    // pool's. Unchanged for a role that may on every customer; false when the role may on none (show nothing).
    static bool restrict(CustomerFilter& filter, const AccessPolicy& policy, Permission permission = Permission::View);
    static bool restrict(SearchQuery& query, const AccessPolicy& policy, Permission permission = Permission::View);
    // `ids` without the customers the user may not `permission`, order kept. Unchanged for a role that may
    // on every customer (and for nobody signed in).
    Result<QVector<qint64>> keepAllowed(const QVector<qint64>& ids, const AccessPolicy& policy,
                                        Permission permission = Permission::View);

private:
    QSqlDatabase& m_db;
};
