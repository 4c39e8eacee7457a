#include "Archive.h"

#include "CustomerAudit.h"
#include "AccessPolicy.h"
#include "CustomerOwnership.h"
#include "PhoneNumber.h"
#include "Transaction.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

Archive::Archive(Database database)
    : m_database(std::move(database))
    , m_customers(m_database.connection())
    , m_contacts(m_database.connection())
    , m_interactions(m_database.connection())
    , m_orders(m_database.connection())
    , m_users(m_database.connection())
    , m_customFields(m_database.connection())
    , m_tasks(m_database.connection())
{
}

Result<std::unique_ptr<Archive>> Archive::open(const QString& path, Database::OpenMode mode,
                                               const SchemaMigrator::StepProgress& upgrade)
{
    auto database = Database::open(path, mode, upgrade);
    if (!database)
        return Result<std::unique_ptr<Archive>>::failure(database.error(), database.errorKind());
    return std::unique_ptr<Archive>(new Archive(std::move(database.value())));
}

QString Archive::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("archive.sqlite"));
}

Result<ArchiveStats> Archive::stats()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM contacts),"
                               " (SELECT count(*) FROM interactions), (SELECT count(*) FROM orders)")) ||
        !q.next())
        return Result<ArchiveStats>::failure(tr("Cannot count the records in the archive."));
    ArchiveStats stats;
    stats.customers = q.value(0).toLongLong();
    stats.contacts = q.value(1).toLongLong();
    stats.interactions = q.value(2).toLongLong();
    stats.orders = q.value(3).toLongLong();
    return stats;
}

Result<Customer> Archive::saveCustomer(const Customer& customer, const QList<Contact>& contacts)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<Customer>::failure(tr("The archive is busy or read-only; nothing was saved."));
    QList<Contact> contactsBefore;
    if (customer.id > 0) { // for the history of the contacts field
        auto stored = m_contacts.forCustomer(customer.id);
        if (!stored)
            return Result<Customer>::failure(stored.error());
        contactsBefore = *stored;
    }
    // The signed-in user's role decides before anything is written (AccessPolicy; nobody = no accounts).
    const AccessPolicy policy(m_database.actingUser());
    if (!policy.isUnrestricted()) {
        const auto storedOwner = customer.id > 0 ? CustomerOwnership(m_database.connection()).ownerOf(customer.id) : Result<qint64>(0);
        if (!storedOwner)
            return Result<Customer>::failure(storedOwner.error(), storedOwner.errorKind());
        if (Status allowed = policy.checkSave(customer.id > 0 ? customer.id : 0, *storedOwner, customer.owner,
                                              customer.code);
            !allowed)
            return Result<Customer>::failure(allowed.error(), allowed.errorKind());
    }
    auto saved = customer.id > 0 ? m_customers.update(customer) : m_customers.insert(customer);
    if (!saved)
        return saved;

    QList<Contact> normalized = contacts;
    for (Contact& contact : normalized) {
        contact.mobile = PhoneNumber::normalize(contact.mobile);
        contact.phone = PhoneNumber::normalize(contact.phone);
        contact.email = contact.email.trimmed();
        contact.name = contact.name.trimmed();
    }
    if (auto stored = m_contacts.replaceForCustomer(saved->id, normalized); !stored)
        return Result<Customer>::failure(stored.error(), stored.errorKind());
    const auto contactsAfter = m_contacts.forCustomer(saved->id);
    if (!contactsAfter)
        return Result<Customer>::failure(contactsAfter.error());
    if (Status s = CustomerAudit::recordContacts(m_database.connection(), *saved, contactsBefore, *contactsAfter); !s)
        return Result<Customer>::failure(s.error());
    if (!transaction.commit())
        return Result<Customer>::failure(tr("The archive refused to save the customer %1.").arg(customer.name));
    return saved;
}
