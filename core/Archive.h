#pragma once

#include "ArchiveStats.h"
#include "Contact.h"
#include "ContactRepository.h"
#include "CustomFieldRepository.h"
#include "Customer.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "InteractionRepository.h"
#include "OrderRepository.h"
#include "Result.h"
#include "TaskRepository.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

// An open archive file and its repositories, for the calling thread.
class Archive {
    Q_DECLARE_TR_FUNCTIONS(Archive)

public:
    static Result<std::unique_ptr<Archive>> open(const QString& path,
                                                 Database::OpenMode mode = Database::OpenMode::CreateIfMissing,
                                                 const SchemaMigrator::StepProgress& upgrade = {});
    // <user data dir>/archive.sqlite (QStandardPaths::AppDataLocation)
    static QString defaultPath();

    Database& database() { return m_database; }
    const QString& path() const { return m_database.path(); }
    CustomerRepository& customers() { return m_customers; }
    ContactRepository& contacts() { return m_contacts; }
    InteractionRepository& interactions() { return m_interactions; }
    OrderRepository& orders() { return m_orders; }
    UserRepository& users() { return m_users; }
    CustomFieldRepository& customFields() { return m_customFields; }
    TaskRepository& tasks() { return m_tasks; }

    Result<ArchiveStats> stats();

    // Inserts (id == 0) or updates a customer together with its contacts, in one transaction.
    // Contact phone numbers are normalised to E.164 where they parse. A stale version fails with
    // ErrorKind::Conflict and nothing is written.
    Result<Customer> saveCustomer(const Customer& customer, const QList<Contact>& contacts);

private:
    explicit Archive(Database database);

    Database m_database;
    CustomerRepository m_customers;
    ContactRepository m_contacts;
    InteractionRepository m_interactions;
    OrderRepository m_orders;
    UserRepository m_users;
    CustomFieldRepository m_customFields;
    TaskRepository m_tasks;
};
