#include "QualityScanner.h"

#include "AccessPolicy.h"
#include "SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// Separates tag names in group_concat: a control character nobody types into a tag.
const QChar tagSeparator(0x1f);
} // namespace

Status QualityScanner::scan(const Visitor& visit)
{
    if (Status allowed = AccessPolicy::forConnection(m_db).check(Permission::ViewReports); !allowed)
        return allowed;
    qint64 total = 0;
    {
        QSqlQuery count(m_db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM customers")) || !count.next())
            return Status::failure(SqlValue::describe(count));
        total = count.value(0).toLongLong();
    }

    QSqlQuery customers(m_db);
    customers.setForwardOnly(true);
    if (!customers.exec(QStringLiteral(
            "SELECT c.id, c.code, c.name, c.kind, c.family_name, c.given_name, c.company, c.industry, c.province,"
            " c.city, c.address, c.postcode, c.source, c.level, coalesce(u.login, ''), c.notes, c.birthday,"
            " c.id_number, c.updated_at,"
            " (SELECT group_concat(t.name, char(31)) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
            "  WHERE ct.customer_id = c.id),"
            " (SELECT max(happened_at) FROM interactions WHERE customer_id = c.id)"
            " FROM customers c LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.id")))
        return Status::failure(SqlValue::describe(customers));
    // Contacts in customer order, walked alongside: a merge join instead of a query per customer.
    QSqlQuery contacts(m_db);
    contacts.setForwardOnly(true);
    if (!contacts.exec(QStringLiteral("SELECT customer_id, mobile, phone, email, birthday FROM contacts"
                                      " ORDER BY customer_id, id")))
        return Status::failure(SqlValue::describe(contacts));
    bool contactsLeft = contacts.next();

    qint64 done = 0;
    QList<Contact> own;
    while (customers.next()) {
        Customer c;
        c.id = customers.value(0).toLongLong();
        c.code = customers.value(1).toString();
        c.name = customers.value(2).toString();
        c.kind = CustomerKinds::fromText(customers.value(3).toString()).value_or(CustomerKind::Company);
        c.familyName = customers.value(4).toString();
        c.givenName = customers.value(5).toString();
        c.company = customers.value(6).toString();
        c.industry = customers.value(7).toString();
        c.province = customers.value(8).toString();
        c.city = customers.value(9).toString();
        c.address = customers.value(10).toString();
        c.postcode = customers.value(11).toString();
        c.source = customers.value(12).toString();
        c.level = customers.value(13).toString();
        c.owner = customers.value(14).toString();
        c.notes = customers.value(15).toString();
        c.birthday = SqlValue::toDate(customers.value(16));
        c.idNumber = customers.value(17).toString();
        c.updatedAt = SqlValue::toDateTime(customers.value(18));
        if (const QVariant tags = customers.value(19); !tags.isNull())
            c.tags = tags.toString().split(tagSeparator, Qt::SkipEmptyParts);
        const QDateTime lastContact = SqlValue::toDateTime(customers.value(20));

        own.clear();
        // Contacts of customers that sort before this one belong to nobody listed (cannot happen with
        // the foreign key; skipped rather than misattributed).
        while (contactsLeft && contacts.value(0).toLongLong() < c.id)
            contactsLeft = contacts.next();
        while (contactsLeft && contacts.value(0).toLongLong() == c.id) {
            Contact contact;
            contact.customerId = c.id;
            contact.mobile = contacts.value(1).toString();
            contact.phone = contacts.value(2).toString();
            contact.email = contacts.value(3).toString();
            contact.birthday = SqlValue::toDate(contacts.value(4));
            own.append(std::move(contact));
            contactsLeft = contacts.next();
        }

        QualityRecord record;
        record.id = c.id;
        record.code = c.code;
        record.name = c.name;
        record.owner = c.owner;
        record.kind = c.kind;
        record.quality = m_scorer.score(c, own, lastContact);
        ++done;
        if (visit && !visit(record, done, total))
            return Status::failure(tr("Cancelled."), ErrorKind::Cancelled);
    }
    if (customers.lastError().isValid())
        return Status::failure(SqlValue::describe(customers));
    if (contacts.lastError().isValid())
        return Status::failure(SqlValue::describe(contacts));
    return {};
}

Result<QualitySummary> QualityScanner::summarize(const Visitor& visit)
{
    QualitySummary summary = QualitySummary::empty(m_scorer.rules());
    const Status scanned = scan([&](const QualityRecord& record, qint64 done, qint64 total) {
        summary.add(record);
        return !visit || visit(record, done, total);
    });
    if (!scanned)
        return Result<QualitySummary>::failure(scanned.error(), scanned.errorKind());
    return summary;
}

Result<qint64> QualityScanner::countNotUpdatedSince(QSqlDatabase& db, const QDateTime& before)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE updated_at < ?"));
    query.addBindValue(SqlValue::fromDateTime(before));
    QString error;
    if (!SqlValue::exec(query, &error) || !query.next())
        return Result<qint64>::failure(error.isEmpty() ? SqlValue::describe(query) : error);
    return query.value(0).toLongLong();
}
