#include "BulkCustomerWriter.h"

#include "CustomerKind.h"
#include "CustomerStage.h"
#include "InteractionType.h"
#include "NameSortKey.h"
#include "SearchIndex.h"
#include "SqlValue.h"
#include "UserRepository.h"

#include <QSqlError>

BulkCustomerWriter::BulkCustomerWriter(QSqlDatabase& db) : m_db(db) {}

Status BulkCustomerWriter::prepare()
{
    sqlite3* handle = SqliteStatement::handle(m_db);
    for (const auto& [statement, sql] : std::initializer_list<std::pair<SqliteStatement*, const char*>>{
             {&m_customer,
              "INSERT INTO customers(code, name, kind, family_name, given_name, company, industry, province, city,"
              " address, postcode, source, level, stage, owner_id, notes, birthday, id_number, created_at, updated_at,"
              " version, name_key, renewal_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
             {&m_contact, "INSERT INTO contacts(customer_id, name, title, mobile, phone, email, wechat,"
                          " birthday, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
             {&m_interaction, "INSERT INTO interactions(customer_id, type, happened_at, author_id,"
                              " content, next_date) VALUES (?, ?, ?, ?, ?, ?)"},
             {&m_order, "INSERT INTO orders(order_no, customer_id, order_date, amount_cents, currency,"
                        " product) VALUES (?, ?, ?, ?, ?, ?)"},
             {&m_customerTag, "INSERT OR IGNORE INTO customer_tags(customer_id, tag_id) VALUES (?, ?)"},
             {&m_fieldValue, "INSERT OR REPLACE INTO custom_field_values(customer_id, field_id, value) VALUES (?, ?, ?)"},
             {&m_idOfCode, "SELECT id FROM customers WHERE code = ?"}}) {
        if (Status s = statement->prepare(handle, sql); !s)
            return Status::failure(tr("The archive cannot take bulk changes: %1").arg(s.error()));
    }
    return {};
}

Status BulkCustomerWriter::run(SqliteStatement& statement)
{
    if (Status s = statement.run(); !s)
        return Status::failure(tr("Writing to the archive failed: %1").arg(s.error()));
    return {};
}

Status BulkCustomerWriter::run(QSqlQuery& query)
{
    QString error;
    if (!SqlValue::exec(query, &error))
        return Status::failure(tr("Writing to the archive failed: %1").arg(error));
    return {};
}

const QString& BulkCustomerWriter::timeText(const QDateTime& time)
{
    if (time != m_lastTime || m_lastTimeText.isNull()) {
        m_lastTime = time;
        m_lastTimeText = SqlValue::fromDateTime(time).toString();
    }
    return m_lastTimeText;
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
    const QByteArray nameKey = NameSortKey::of(c.name);
    const QString birthday = c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString();
    SqliteStatement& q = m_customer;
    q.bindText(0, c.code);
    q.bindText(1, c.name);
    q.bindText(2, CustomerKinds::toKey(c.kind));
    q.bindText(3, c.familyName);
    q.bindText(4, c.givenName);
    q.bindText(5, c.company);
    q.bindText(6, c.industry);
    q.bindText(7, c.province);
    q.bindText(8, c.city);
    q.bindText(9, c.address);
    q.bindText(10, c.postcode);
    q.bindText(11, c.source);
    q.bindText(12, c.level);
    q.bindText(13, CustomerStages::toKey(c.stage));
    if (*owner > 0)
        q.bindInt(14, *owner);
    else
        q.bindNull(14);
    q.bindText(15, c.notes);
    q.bindOptionalText(16, birthday);
    q.bindText(17, c.idNumber);
    if (c.createdAt.isValid())
        q.bindText(18, timeText(c.createdAt));
    else
        q.bindNull(18);
    if (c.updatedAt.isValid())
        q.bindText(19, timeText(c.updatedAt));
    else
        q.bindNull(19);
    q.bindInt(20, qMax(1, c.version));
    q.bindBlob(21, nameKey);
    q.bindOptionalText(22, c.renewalDate.isValid() ? c.renewalDate.toString(Qt::ISODate) : QString());
    if (Status s = run(q); !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = q.lastInsertId();
    for (const QString& tag : c.tags) {
        const auto tid = tagId(tag);
        if (!tid)
            return Result<qint64>::failure(tid.error());
        m_customerTag.bindInt(0, id);
        m_customerTag.bindInt(1, *tid);
        if (Status s = run(m_customerTag); !s)
            return Result<qint64>::failure(s.error());
    }
    return id;
}

Status BulkCustomerWriter::addContact(qint64 customerId, const Contact& c)
{
    const QString birthday = c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString();
    SqliteStatement& q = m_contact;
    q.bindInt(0, customerId);
    q.bindText(1, c.name);
    q.bindText(2, c.title);
    q.bindText(3, c.mobile);
    q.bindText(4, c.phone);
    q.bindText(5, c.email);
    q.bindText(6, c.wechat);
    q.bindOptionalText(7, birthday);
    q.bindInt(8, c.isPrimary ? 1 : 0);
    return run(q);
}

Result<qint64> BulkCustomerWriter::addInteraction(qint64 customerId, const Interaction& i)
{
    const auto author = userId(i.author);
    if (!author)
        return Result<qint64>::failure(author.error());
    const QString happened = SqlValue::fromDateTime(i.happenedAt).toString();
    const QString next = i.nextDate.isValid() ? i.nextDate.toString(Qt::ISODate) : QString();
    SqliteStatement& q = m_interaction;
    q.bindInt(0, customerId);
    q.bindText(1, InteractionTypes::toKey(i.type));
    if (i.happenedAt.isValid())
        q.bindText(2, happened);
    else
        q.bindNull(2);
    if (*author > 0)
        q.bindInt(3, *author);
    else
        q.bindNull(3);
    q.bindText(4, i.content);
    q.bindOptionalText(5, next);
    if (Status s = run(q); !s)
        return Result<qint64>::failure(s.error());
    return q.lastInsertId();
}

Result<qint64> BulkCustomerWriter::addOrder(qint64 customerId, const Order& o)
{
    const QString date = o.date.isValid() ? o.date.toString(Qt::ISODate) : QString();
    SqliteStatement& q = m_order;
    q.bindText(0, o.orderNo);
    q.bindInt(1, customerId);
    q.bindOptionalText(2, date);
    q.bindInt(3, o.amountCents);
    q.bindText(4, o.currency);
    q.bindText(5, o.product);
    if (Status s = run(q); !s)
        return Result<qint64>::failure(s.error());
    return q.lastInsertId();
}

Status BulkCustomerWriter::addCustomFieldValue(qint64 customerId, qint64 fieldId, const QString& value)
{
    m_fieldValue.bindInt(0, customerId);
    m_fieldValue.bindInt(1, fieldId);
    m_fieldValue.bindText(2, value);
    return run(m_fieldValue);
}

Result<qint64> BulkCustomerWriter::idOfCode(const QString& code)
{
    m_idOfCode.bindText(0, code);
    return m_idOfCode.queryInt();
}

Status BulkCustomerWriter::finish(qint64 nextNumber, const std::function<bool()>& carryOn,
                                  const SearchIndex::Meanwhile& meanwhile)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'next_customer_number'"
                             " AND CAST(value AS INTEGER) < ?"));
    q.addBindValue(QString::number(nextNumber));
    q.addBindValue(nextNumber);
    if (Status s = run(q); !s)
        return s;
    // Index what the triggers marked, inside the caller's transaction.
    return SearchIndex(m_db).refresh([&carryOn](qint64) { return !carryOn || carryOn(); }, meanwhile);
}
