#include "ContactRepository.h"

#include "SearchIndex.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSet>
#include <algorithm>
#include <QSqlQuery>
#include <QVariant>

namespace {
void bindContactFields(QSqlQuery& query, const Contact& contact)
{
    query.addBindValue(SqlValue::fromText(contact.name));
    query.addBindValue(SqlValue::fromText(contact.title));
    query.addBindValue(SqlValue::fromText(contact.mobile));
    query.addBindValue(SqlValue::fromText(contact.phone));
    query.addBindValue(SqlValue::fromText(contact.email));
    query.addBindValue(SqlValue::fromText(contact.wechat));
    query.addBindValue(SqlValue::fromDate(contact.birthday));
    query.addBindValue(contact.isPrimary ? 1 : 0);
}

bool isBlank(const Contact& c)
{
    return c.name.trimmed().isEmpty() && c.title.trimmed().isEmpty() && c.mobile.trimmed().isEmpty() &&
           c.phone.trimmed().isEmpty() && c.email.trimmed().isEmpty() && c.wechat.trimmed().isEmpty() &&
           !c.birthday.isValid();
}
} // namespace

Result<QList<Contact>> ContactRepository::forCustomer(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, title, mobile, phone, email, wechat, birthday, is_primary"
                                 " FROM contacts WHERE customer_id = ? ORDER BY is_primary DESC, id"));
    query.addBindValue(customerId);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QList<Contact>>::failure(error);
    QList<Contact> result;
    while (query.next()) {
        Contact contact;
        contact.id = query.value(0).toLongLong();
        contact.customerId = customerId;
        contact.name = query.value(1).toString();
        contact.title = query.value(2).toString();
        contact.mobile = query.value(3).toString();
        contact.phone = query.value(4).toString();
        contact.email = query.value(5).toString();
        contact.wechat = query.value(6).toString();
        contact.birthday = SqlValue::toDate(query.value(7));
        contact.isPrimary = query.value(8).toInt() != 0;
        result.append(contact);
    }
    return result;
}

Result<Contact> ContactRepository::insert(const Contact& contact)
{
    if (contact.customerId <= 0)
        return Result<Contact>::failure(tr("A contact must belong to a customer."), ErrorKind::Usage);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO contacts(name, title, mobile, phone, email, wechat, birthday, is_primary,"
                                  " customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindContactFields(insert, contact);
    insert.addBindValue(contact.customerId);
    QString error;
    if (!SqlValue::exec(insert, &error))
        return Result<Contact>::failure(tr("Cannot save the contact %1: %2").arg(contact.name, error));
    Contact stored = contact;
    stored.id = insert.lastInsertId().toLongLong();
    if (Status s = SearchIndex(m_db).refresh(); !s)
        return Result<Contact>::failure(s.error());
    return stored;
}

Result<QList<Contact>> ContactRepository::replaceForCustomer(qint64 customerId, const QList<Contact>& contacts)
{
    QList<Contact> wanted;
    for (const Contact& contact : contacts)
        if (!isBlank(contact))
            wanted.append(contact);
    // Exactly one primary contact whenever there are contacts: the first flagged one, else the first.
    qsizetype primary = -1;
    for (qsizetype i = 0; i < wanted.size() && primary < 0; ++i)
        if (wanted[i].isPrimary)
            primary = i;
    for (qsizetype i = 0; i < wanted.size(); ++i)
        wanted[i].isPrimary = (i == (primary < 0 ? 0 : primary));

    Transaction transaction(m_db);
    const auto existing = forCustomer(customerId);
    if (!existing)
        return existing;
    QSet<qint64> kept;
    QList<Contact> stored;
    QString error;
    for (Contact contact : wanted) {
        contact.customerId = customerId;
        const bool known = std::any_of(existing->begin(), existing->end(),
                                       [&](const Contact& c) { return c.id == contact.id && contact.id > 0; });
        if (known) {
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE contacts SET name = ?, title = ?, mobile = ?, phone = ?, email = ?,"
                                          " wechat = ?, birthday = ?, is_primary = ? WHERE id = ? AND customer_id = ?"));
            bindContactFields(update, contact);
            update.addBindValue(contact.id);
            update.addBindValue(customerId);
            if (!SqlValue::exec(update, &error))
                return Result<QList<Contact>>::failure(tr("Cannot save the contact %1: %2").arg(contact.name, error));
            kept.insert(contact.id);
            stored.append(contact);
        } else {
            contact.id = 0;
            const auto inserted = insert(contact);
            if (!inserted)
                return Result<QList<Contact>>::failure(inserted.error());
            kept.insert(inserted->id);
            stored.append(*inserted);
        }
    }
    for (const Contact& old : *existing) {
        if (kept.contains(old.id))
            continue;
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        remove.addBindValue(old.id);
        if (!SqlValue::exec(remove, &error))
            return Result<QList<Contact>>::failure(error);
    }
    if (Status s = SearchIndex(m_db).refresh(); !s)
        return Result<QList<Contact>>::failure(s.error());
    if (!transaction.commit())
        return Result<QList<Contact>>::failure(tr("The archive refused to save the contacts."));
    return stored;
}
