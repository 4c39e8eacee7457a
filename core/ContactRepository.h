#pragma once

#include "Contact.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class ContactRepository {
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(QSqlDatabase& db) : m_db(db) {}

    Result<QList<Contact>> forCustomer(qint64 customerId); // primary first
    Result<Contact> insert(const Contact& contact);
    // Makes the stored contacts of a customer equal to `contacts` (insert new, update changed, delete
    // missing) in one transaction. At most one primary: the first flagged one, else the first contact.
    Result<QList<Contact>> replaceForCustomer(qint64 customerId, const QList<Contact>& contacts);

private:
    QSqlDatabase& m_db;
};
