#include "BulkCustomerWriter.h"

#include "CustomerKind.h"
#include "CustomerStage.h"
#include "InteractionType.h"
#include "NameSortKey.h"
#include "SearchIndex.h"
#include "SqlValue.h"
#include "UserRepository.h"

#include <QSqlError>

BulkCustomerWriter::BulkCustomerWriter(QSqlDatabase& db)
    : m_db(db), m_customer(db), m_contact(db), m_interaction(db), m_order(db), m_customerTag(db), m_fieldValue(db)
{
}

Status BulkCustomerWriter::prepare()
{
    const bool ok =
        m_customer.prepare(QStringLiteral(
            "INSERT INTO customers(code, name, kind, family_name, given_name, company, industry, province, city,"
            " address, postcode, source, level, stage, owner_id, notes, birthday, id_number, created_at, updated_at,"
            " version, name_key, renewal_date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_contact.prepare(QStringLiteral("INSERT INTO contacts(customer_id, name, title, mobile, phone, email, wechat,"
                                         " birthday, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_interaction.prepare(QStringLiteral("INSERT INTO interactions(customer_id, type, happened_at, author_id,"
                                             " content, next_date) VALUES (?, ?, ?, ?, ?, ?)")) &&
        m_order.prepare(QStringLiteral("INSERT INTO orders(order_no, customer_id, order_date, amount_cents, currency,"
                                       " product) VALUES (?, ?, ?, ?, ?, ?)")) &&
        m_customerTag.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_tags(customer_id, tag_id) VALUES (?, ?)")) &&
        m_fieldValue.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO custom_field_values(customer_id, field_id, value) VALUES (?, ?, ?)"));
    if (!ok)
        return Status::failure(tr("The archive cannot take bulk changes: %1").arg(m_db.lastError().text()));
    return {};
}

Status BulkCustomerWriter::run(QSqlQuery& query)
{
    QString error;
    if (!SqlValue::exec(query, &error))
        return Status::failure(tr("Writing to the archive failed: %1").arg(error));
    return {};
}

Result<qint64> BulkCustomerWriter::userId(const QString& login)
{
    if (login.isEmpty())
        return qint64(0);
    if (auto it = m_userIds.constFind(login); it != m_userIds.constEnd())
        return *it;
    auto id = UserRepository(m_db).ensure(login);
    if (id)
        m_userIds.insert(login, *id);
    return id;
}

Result<qint64> BulkCustomerWriter::tagId(const QString& name)
{
    if (auto it = m_tagIds.constFind(name); it != m_tagIds.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    q.addBindValue(name);
    if (Status s = run(q); !s)
        return Result<qint64>::failure(s.error());
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(name);
    if (Status s = run(q); !s || !q.next())
        return Result<qint64>::failure(tr("Cannot store the tag %1.").arg(name));
    const qint64 id = q.value(0).toLongLong();
    m_tagIds.insert(name, id);
    return id;
}

Result<qint64> BulkCustomerWriter::addCustomer(const Customer& c)
{
    const auto owner = userId(c.owner);
    if (!owner)
        return Result<qint64>::failure(owner.error());
    const QVariant values[] = {
        c.code, c.name, CustomerKinds::toKey(c.kind), SqlValue::fromText(c.familyName),
        SqlValue::fromText(c.givenName), SqlValue::fromText(c.company), SqlValue::fromText(c.industry),
        SqlValue::fromText(c.province), SqlValue::fromText(c.city), SqlValue::fromText(c.address),
        SqlValue::fromText(c.postcode), SqlValue::fromText(c.source), SqlValue::fromText(c.level),
        CustomerStages::toKey(c.stage), SqlValue::fromId(*owner), SqlValue::fromText(c.notes),
        SqlValue::fromDate(c.birthday), SqlValue::fromText(c.idNumber), SqlValue::fromDateTime(c.createdAt),
        SqlValue::fromDateTime(c.updatedAt), qMax(1, c.version), NameSortKey::of(c.name),
        SqlValue::fromDate(c.renewalDate)};
    for (int i = 0; i < int(std::size(values)); ++i)
        m_customer.bindValue(i, values[i]);
    if (Status s = run(m_customer); !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = m_customer.lastInsertId().toLongLong();
    for (const QString& tag : c.tags) {
        const auto tid = tagId(tag);
        if (!tid)
            return Result<qint64>::failure(tid.error());
        m_customerTag.bindValue(0, id);
        m_customerTag.bindValue(1, *tid);
        if (Status s = run(m_customerTag); !s)
            return Result<qint64>::failure(s.error());
    }
    return id;
}

Status BulkCustomerWriter::addContact(qint64 customerId, const Contact& c)
{
    const QVariant values[] = {customerId,
                               SqlValue::fromText(c.name),
                               SqlValue::fromText(c.title),
                               SqlValue::fromText(c.mobile),
                               SqlValue::fromText(c.phone),
                               SqlValue::fromText(c.email),
                               SqlValue::fromText(c.wechat),
                               SqlValue::fromDate(c.birthday),
                               c.isPrimary ? 1 : 0};
    for (int i = 0; i < int(std::size(values)); ++i)
        m_contact.bindValue(i, values[i]);
    return run(m_contact);
}

Result<qint64> BulkCustomerWriter::addInteraction(qint64 customerId, const Interaction& i)
{
    const auto author = userId(i.author);
    if (!author)
        return Result<qint64>::failure(author.error());
    m_interaction.bindValue(0, customerId);
    m_interaction.bindValue(1, InteractionTypes::toKey(i.type));
    m_interaction.bindValue(2, SqlValue::fromDateTime(i.happenedAt));
    m_interaction.bindValue(3, SqlValue::fromId(*author));
    m_interaction.bindValue(4, SqlValue::fromText(i.content));
    m_interaction.bindValue(5, SqlValue::fromDate(i.nextDate));
    if (Status s = run(m_interaction); !s)
        return Result<qint64>::failure(s.error());
    return m_interaction.lastInsertId().toLongLong();
}

Result<qint64> BulkCustomerWriter::addOrder(qint64 customerId, const Order& o)
{
    m_order.bindValue(0, o.orderNo);
    m_order.bindValue(1, customerId);
    m_order.bindValue(2, SqlValue::fromDate(o.date));
    m_order.bindValue(3, o.amountCents);
    m_order.bindValue(4, o.currency);
    m_order.bindValue(5, SqlValue::fromText(o.product));
    if (Status s = run(m_order); !s)
        return Result<qint64>::failure(s.error());
    return m_order.lastInsertId().toLongLong();
}

Status BulkCustomerWriter::addCustomFieldValue(qint64 customerId, qint64 fieldId, const QString& value)
{
    m_fieldValue.bindValue(0, customerId);
    m_fieldValue.bindValue(1, fieldId);
    m_fieldValue.bindValue(2, value);
    return run(m_fieldValue);
}

Status BulkCustomerWriter::finish(qint64 nextNumber)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'next_customer_number'"
                             " AND CAST(value AS INTEGER) < ?"));
    q.addBindValue(QString::number(nextNumber));
    q.addBindValue(nextNumber);
    if (Status s = run(q); !s)
        return s;
    return SearchIndex(m_db).refresh(); // index what the triggers marked, inside the caller's transaction
}
