#include "CustomerRepository.h"

#include "CustomerAudit.h"
#include "NameSortKey.h"
#include "PhoneNumber.h"
#include "SearchIndex.h"
#include "SmartFilterSql.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace {
const QString customerColumns = QStringLiteral(
    "c.id, c.code, c.name, c.kind, c.family_name, c.given_name, c.company, c.industry, c.province, c.city,"
    " c.address, c.postcode, c.source, c.level, c.stage, coalesce(u.login, ''), c.notes, c.birthday, c.id_number,"
    " c.created_at, c.updated_at, c.version, c.renewal_date");

Customer readCustomer(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.kind = CustomerKinds::fromText(q.value(3).toString()).value_or(CustomerKind::Company);
    c.familyName = q.value(4).toString();
    c.givenName = q.value(5).toString();
    c.company = q.value(6).toString();
    c.industry = q.value(7).toString();
    c.province = q.value(8).toString();
    c.city = q.value(9).toString();
    c.address = q.value(10).toString();
    c.postcode = q.value(11).toString();
    c.source = q.value(12).toString();
    c.level = q.value(13).toString();
    c.stage = CustomerStages::fromText(q.value(14).toString()).value_or(CustomerStage::Lead);
    c.owner = q.value(15).toString();
    c.notes = q.value(16).toString();
    c.birthday = SqlValue::toDate(q.value(17));
    c.idNumber = q.value(18).toString();
    c.createdAt = SqlValue::toDateTime(q.value(19));
    c.updatedAt = SqlValue::toDateTime(q.value(20));
    c.version = q.value(21).toInt();
    c.renewalDate = SqlValue::toDate(q.value(22));
    return c;
}

// Values shared by INSERT and UPDATE, in this column order.
const QStringList editableColumns = {
    QStringLiteral("name"),     QStringLiteral("kind"),     QStringLiteral("family_name"), QStringLiteral("given_name"),
    QStringLiteral("company"),  QStringLiteral("industry"), QStringLiteral("province"),    QStringLiteral("city"),
    QStringLiteral("address"),  QStringLiteral("postcode"), QStringLiteral("source"),      QStringLiteral("level"),
    QStringLiteral("stage"),    QStringLiteral("owner_id"), QStringLiteral("notes"),       QStringLiteral("birthday"),
    QStringLiteral("id_number"), QStringLiteral("name_key"), QStringLiteral("renewal_date")};

void bindEditable(QSqlQuery& q, const Customer& c, qint64 ownerId)
{
    q.addBindValue(c.name.trimmed());
    q.addBindValue(CustomerKinds::toKey(c.kind));
    q.addBindValue(SqlValue::fromText(c.familyName.trimmed()));
    q.addBindValue(SqlValue::fromText(c.givenName.trimmed()));
    q.addBindValue(SqlValue::fromText(c.company.trimmed()));
    q.addBindValue(SqlValue::fromText(c.industry.trimmed()));
    q.addBindValue(SqlValue::fromText(c.province.trimmed()));
    q.addBindValue(SqlValue::fromText(c.city.trimmed()));
    q.addBindValue(SqlValue::fromText(c.address.trimmed()));
    q.addBindValue(SqlValue::fromText(c.postcode.trimmed()));
    q.addBindValue(SqlValue::fromText(c.source.trimmed()));
    q.addBindValue(SqlValue::fromText(c.level.trimmed()));
    q.addBindValue(CustomerStages::toKey(c.stage));
    q.addBindValue(SqlValue::fromId(ownerId));
    q.addBindValue(SqlValue::fromText(c.notes));
    q.addBindValue(SqlValue::fromDate(c.birthday));
    q.addBindValue(SqlValue::fromText(c.idNumber.trimmed()));
    q.addBindValue(NameSortKey::of(c.name.trimmed()));
    q.addBindValue(SqlValue::fromDate(c.renewalDate));
}

// Codes we generate look like C000123; a hand-given code of that form moves the counter past it.
std::optional<qint64> generatedCodeNumber(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^C(\\d{6,})$"));
    const auto match = pattern.match(code);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

QString sortExpression(CustomerSortKey key)
{
    switch (key) {
    case CustomerSortKey::Code: return QStringLiteral("c.code");
    case CustomerSortKey::Name: return QStringLiteral("c.name_key");
    case CustomerSortKey::Kind: return QStringLiteral("c.kind");
    case CustomerSortKey::Stage:
        // Same expression as the customers_stage_order index (schema version 4), so the index serves it.
        return QStringLiteral("CASE stage WHEN 'lead' THEN 0 WHEN 'customer' THEN 1 WHEN 'active' THEN 2 ELSE 3 END");
    case CustomerSortKey::Owner: return QStringLiteral("(SELECT login FROM users WHERE id = c.owner_id)");
    case CustomerSortKey::Province: return QStringLiteral("c.province");
    case CustomerSortKey::City: return QStringLiteral("c.city");
    case CustomerSortKey::Industry: return QStringLiteral("c.industry");
    case CustomerSortKey::Level: return QStringLiteral("c.level");
    case CustomerSortKey::Phone:
        return QStringLiteral("(SELECT CASE WHEN mobile <> '' THEN mobile ELSE phone END FROM contacts"
                              " WHERE customer_id = c.id ORDER BY is_primary DESC, id LIMIT 1)");
    case CustomerSortKey::UpdatedAt: return QStringLiteral("c.updated_at");
    case CustomerSortKey::Relevance: return QStringLiteral("c.name_key");
    }
    return QStringLiteral("c.id");
}

QStringList sortedByPinyin(QStringList values)
{
    std::vector<std::pair<QByteArray, QString>> keyed;
    keyed.reserve(values.size());
    for (const QString& v : values)
        keyed.emplace_back(NameSortKey::of(v), v);
    std::sort(keyed.begin(), keyed.end());
    values.clear();
    for (auto& [key, value] : keyed)
        values.append(value);
    return values;
}
} // namespace

Result<QString> CustomerRepository::nextCode()
{
    QSqlQuery counter(m_db);
    if (!counter.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'next_customer_number'")))
        return Result<QString>::failure(SqlValue::describe(counter));
    qint64 number = counter.next() ? counter.value(0).toLongLong() : 1;
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT 1 FROM customers WHERE code = ?"));
    for (;; ++number) {
        const QString code = QStringLiteral("C%1").arg(number, 6, 10, QLatin1Char('0'));
        taken.bindValue(0, code);
        if (!taken.exec())
            return Result<QString>::failure(SqlValue::describe(taken));
        if (!taken.next())
            return code;
    }
}

namespace {
Status saveTagsAndFields(QSqlDatabase& db, qint64 customerId, const Customer& customer)
{
    QString error;
    QSqlQuery clearTags(db);
    clearTags.prepare(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"));
    clearTags.addBindValue(customerId);
    if (!SqlValue::exec(clearTags, &error))
        return Status::failure(error);
    for (const QString& rawTag : customer.tags) {
        const QString tag = rawTag.trimmed();
        if (tag.isEmpty())
            continue;
        QSqlQuery addTag(db);
        addTag.prepare(QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES (?)"));
        addTag.addBindValue(tag);
        QSqlQuery link(db);
        link.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_tags(customer_id, tag_id)"
                                    " SELECT ?, id FROM tags WHERE name = ?"));
        link.addBindValue(customerId);
        link.addBindValue(tag);
        if (!SqlValue::exec(addTag, &error) || !SqlValue::exec(link, &error))
            return Status::failure(error);
    }

    QSqlQuery clearFields(db);
    clearFields.prepare(QStringLiteral("DELETE FROM custom_field_values WHERE customer_id = ?"));
    clearFields.addBindValue(customerId);
    if (!SqlValue::exec(clearFields, &error))
        return Status::failure(error);
    for (auto it = customer.customFields.begin(); it != customer.customFields.end(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        QSqlQuery field(db);
        field.prepare(QStringLiteral("SELECT id FROM custom_field_defs WHERE name = ?"));
        field.addBindValue(it.key());
        if (!SqlValue::exec(field, &error))
            return Status::failure(error);
        if (!field.next())
            return Status::failure(CustomerRepository::tr("There is no custom field named %1.").arg(it.key()),
                                   ErrorKind::Usage);
        QSqlQuery value(db);
        value.prepare(QStringLiteral("INSERT INTO custom_field_values(customer_id, field_id, value) VALUES (?, ?, ?)"));
        value.addBindValue(customerId);
        value.addBindValue(field.value(0));
        value.addBindValue(it.value().trimmed());
        if (!SqlValue::exec(value, &error))
            return Status::failure(error);
    }
    return {};
}

Status advanceCodeCounter(QSqlDatabase& db, const QString& code)
{
    const auto number = generatedCodeNumber(code);
    if (!number)
        return {};
    QSqlQuery bump(db);
    bump.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'next_customer_number'"
                                " AND CAST(value AS INTEGER) <= ?"));
    bump.addBindValue(QString::number(*number + 1));
    bump.addBindValue(*number);
    QString error;
    if (!SqlValue::exec(bump, &error))
        return Status::failure(error);
    return {};
}
} // namespace

Result<Customer> CustomerRepository::insert(const Customer& customer)
{
    if (customer.name.trimmed().isEmpty())
        return Result<Customer>::failure(tr("A customer needs a name."), ErrorKind::Usage);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<Customer>::failure(tr("The archive is busy or read-only; nothing was saved."));

    QString code = customer.code.trimmed();
    if (code.isEmpty()) {
        const auto generated = nextCode();
        if (!generated)
            return Result<Customer>::failure(generated.error());
        code = *generated;
    } else if (findByCode(code)) {
        return Result<Customer>::failure(tr("The customer code %1 is already used.").arg(code), ErrorKind::Duplicate);
    }
    const auto ownerId = UserRepository(m_db).ensure(customer.owner);
    if (!ownerId)
        return Result<Customer>::failure(ownerId.error());

    const QString now = SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()).toString();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO customers(%1, code, created_at, updated_at, version)"
                                  " VALUES (%2?, ?, ?, 1)")
                       .arg(editableColumns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(editableColumns.size())));
    bindEditable(insert, customer, *ownerId);
    insert.addBindValue(code);
    insert.addBindValue(now);
    insert.addBindValue(now);
    QString error;
    if (!SqlValue::exec(insert, &error))
        return Result<Customer>::failure(tr("Cannot save the customer %1: %2").arg(customer.name, error));
    const qint64 id = insert.lastInsertId().toLongLong();

    if (Status s = saveTagsAndFields(m_db, id, customer); !s)
        return Result<Customer>::failure(s.error(), s.errorKind());
    if (Status s = advanceCodeCounter(m_db, code); !s)
        return Result<Customer>::failure(s.error());
    if (Status s = SearchIndex(m_db).refresh(); !s)
        return Result<Customer>::failure(s.error());
    auto stored = findById(id);
    if (!stored)
        return stored;
    if (Status s = CustomerAudit::recordCreate(m_db, *stored); !s)
        return Result<Customer>::failure(s.error());
    if (!transaction.commit())
        return Result<Customer>::failure(tr("The archive refused to save the customer %1.").arg(customer.name));
    return stored;
}

Result<Customer> CustomerRepository::update(const Customer& customer)
{
    if (customer.id <= 0)
        return Result<Customer>::failure(tr("This customer has not been saved yet."), ErrorKind::Usage);
    if (customer.name.trimmed().isEmpty())
        return Result<Customer>::failure(tr("A customer needs a name."), ErrorKind::Usage);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<Customer>::failure(tr("The archive is busy or read-only; nothing was saved."));

    const QString code = customer.code.trimmed();
    if (code.isEmpty())
        return Result<Customer>::failure(tr("The customer code cannot be empty."), ErrorKind::Usage);
    if (const auto other = findByCode(code); other && other->id != customer.id)
        return Result<Customer>::failure(tr("The customer code %1 is already used.").arg(code), ErrorKind::Duplicate);
    const auto ownerId = UserRepository(m_db).ensure(customer.owner);
    if (!ownerId)
        return Result<Customer>::failure(ownerId.error());
    const auto before = findById(customer.id); // for the field history; absent = reported below
    if (!before && before.errorKind() != ErrorKind::NotFound)
        return before;

    QStringList assignments;
    for (const QString& column : editableColumns)
        assignments.append(column + QStringLiteral(" = ?"));
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE customers SET %1, code = ?, updated_at = ?, version = version + 1"
                                  " WHERE id = ? AND version = ?")
                       .arg(assignments.join(QStringLiteral(", "))));
    bindEditable(update, customer, *ownerId);
    update.addBindValue(code);
    update.addBindValue(SqlValue::fromDateTime(QDateTime::currentDateTimeUtc()));
    update.addBindValue(customer.id);
    update.addBindValue(customer.version);
    QString error;
    if (!SqlValue::exec(update, &error))
        return Result<Customer>::failure(tr("Cannot save the customer %1: %2").arg(customer.name, error));
    if (update.numRowsAffected() == 0) {
        const auto current = findById(customer.id);
        if (!current)
            return Result<Customer>::failure(tr("The customer %1 no longer exists.").arg(code), ErrorKind::NotFound);
        return Result<Customer>::failure(
            tr("Customer %1 was changed by someone else (version %2, you edited version %3). Nothing was saved.")
                .arg(code)
                .arg(current->version)
                .arg(customer.version),
            ErrorKind::Conflict);
    }
    if (Status s = saveTagsAndFields(m_db, customer.id, customer); !s)
        return Result<Customer>::failure(s.error(), s.errorKind());
    if (Status s = advanceCodeCounter(m_db, code); !s)
        return Result<Customer>::failure(s.error());
    if (Status s = SearchIndex(m_db).refresh(); !s)
        return Result<Customer>::failure(s.error());
    auto stored = findById(customer.id);
    if (!stored)
        return stored;
    if (Status s = CustomerAudit::recordUpdate(m_db, *before, *stored); !s)
        return Result<Customer>::failure(s.error());
    if (!transaction.commit())
        return Result<Customer>::failure(tr("The archive refused to save the customer %1.").arg(customer.name));
    return stored;
}

namespace {
Result<Customer> loadOne(QSqlDatabase& db, const QString& where, const QVariant& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE %2")
                  .arg(customerColumns, where));
    q.addBindValue(key);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<Customer>::failure(error);
    if (!q.next())
        return Result<Customer>::failure(CustomerRepository::tr("There is no customer %1.").arg(key.toString()),
                                         ErrorKind::NotFound);
    Customer customer = readCustomer(q);

    QSqlQuery tags(db);
    tags.prepare(QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                                " WHERE ct.customer_id = ? ORDER BY t.name"));
    tags.addBindValue(customer.id);
    if (!SqlValue::exec(tags, &error))
        return Result<Customer>::failure(error);
    while (tags.next())
        customer.tags.append(tags.value(0).toString());

    QSqlQuery fields(db);
    fields.prepare(QStringLiteral("SELECT d.name, v.value FROM custom_field_values v"
                                  " JOIN custom_field_defs d ON d.id = v.field_id WHERE v.customer_id = ?"));
    fields.addBindValue(customer.id);
    if (!SqlValue::exec(fields, &error))
        return Result<Customer>::failure(error);
    while (fields.next())
        customer.customFields.insert(fields.value(0).toString(), fields.value(1).toString());
    return customer;
}
} // namespace

Result<Customer> CustomerRepository::findById(qint64 id)
{
    return loadOne(m_db, QStringLiteral("c.id = ?"), id);
}

Result<Customer> CustomerRepository::findByCode(const QString& code)
{
    return loadOne(m_db, QStringLiteral("c.code = ?"), code.trimmed());
}

Result<QVector<qint64>> CustomerRepository::listIds(const CustomerFilter& filter, CustomerSortKey sortKey,
                                                    Qt::SortOrder order, int limit)
{
    QStringList conditions;
    QVariantList values;
    const QString text = filter.quickSearch.trimmed();
    QVector<qint64> ranked;
    if (!text.isEmpty()) {
        // The index finds and ranks; the exact filters and the sort below apply to what it found.
        SearchQuery query(text, limit >= 0 ? limit : std::numeric_limits<int>::max());
        query.ownerId = filter.scopeOwnerId;
        query.includePool = filter.scopeIncludesPool;
        const auto hits = SearchIndex(m_db).search(query);
        if (!hits)
            return Result<QVector<qint64>>::failure(hits.error());
        if (hits->isEmpty())
            return ranked;
        QStringList idList;
        for (const SearchHit& hit : *hits) {
            ranked.append(hit.customerId);
            idList.append(QString::number(hit.customerId)); // integers only: safe to inline
        }
        conditions.append(QStringLiteral("c.id IN (%1)").arg(idList.join(QLatin1Char(','))));
    }
    if (filter.stage) {
        conditions.append(QStringLiteral("c.stage = ?"));
        values << CustomerStages::toKey(*filter.stage);
    }
    if (filter.owner == QLatin1String("-")) {
        conditions.append(QStringLiteral("c.owner_id IS NULL"));
    } else if (!filter.owner.isEmpty()) {
        conditions.append(QStringLiteral("c.owner_id = (SELECT id FROM users WHERE login = ?)"));
        values << filter.owner;
    }
    if (filter.scopeOwnerId) {
        conditions.append(filter.scopeIncludesPool ? QStringLiteral("(c.owner_id = ? OR c.owner_id IS NULL)")
                                                   : QStringLiteral("c.owner_id = ?"));
        values << *filter.scopeOwnerId;
    }
    if (!filter.tag.isEmpty()) {
        conditions.append(QStringLiteral("c.id IN (SELECT ct.customer_id FROM customer_tags ct"
                                         " JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)"));
        values << filter.tag;
    }
    if (!filter.province.isEmpty()) {
        conditions.append(QStringLiteral("c.province = ?"));
        values << filter.province;
    }
    if (filter.customerIds) {
        QStringList idList; // integers only: safe to inline, and no limit on the number of bound values
        idList.reserve(filter.customerIds->size());
        for (qint64 id : *filter.customerIds)
            idList.append(QString::number(id));
        conditions.append(idList.isEmpty() ? QStringLiteral("0")
                                           : QStringLiteral("c.id IN (%1)").arg(idList.join(QLatin1Char(','))));
    }
    if (filter.smart) {
        const auto smart = SmartFilterSql::translate(*filter.smart);
        if (!smart)
            return Result<QVector<qint64>>::failure(smart.error(), smart.errorKind());
        if (!smart->sql.isEmpty()) {
            conditions.append(smart->sql);
            values << smart->values;
        }
    }

    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql = QStringLiteral("SELECT c.id FROM customers c");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(sortExpression(sortKey), direction);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QVector<qint64>>::failure(error);
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (sortKey != CustomerSortKey::Relevance || ranked.isEmpty())
        return ids;
    // Relevance: the index's order, without the customers the exact filters dropped.
    const QSet<qint64> kept(ids.begin(), ids.end());
    ids.clear();
    for (const qint64 id : ranked)
        if (kept.contains(id))
            ids.append(id);
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

Result<QVector<CustomerListRow>> CustomerRepository::rows(const QVector<qint64>& ids)
{
    QVector<CustomerListRow> result;
    if (ids.isEmpty())
        return result;
    QStringList idList;
    idList.reserve(ids.size());
    for (qint64 id : ids)
        idList.append(QString::number(id)); // integers only: safe to inline
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT c.id, c.code, c.name, c.kind, c.stage, coalesce(u.login, ''), c.province, c.city, c.industry, c.level,"
        " coalesce((SELECT CASE WHEN mobile <> '' THEN mobile ELSE phone END FROM contacts"
        "           WHERE customer_id = c.id ORDER BY is_primary DESC, id LIMIT 1), ''),"
        " c.updated_at FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id IN (%1)")
                            .arg(idList.join(QLatin1Char(',')));
    if (!q.exec(sql))
        return Result<QVector<CustomerListRow>>::failure(SqlValue::describe(q));
    QHash<qint64, CustomerListRow> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        CustomerListRow row;
        row.id = q.value(0).toLongLong();
        row.code = q.value(1).toString();
        row.name = q.value(2).toString();
        row.kind = CustomerKinds::fromText(q.value(3).toString()).value_or(CustomerKind::Company);
        row.stage = CustomerStages::fromText(q.value(4).toString()).value_or(CustomerStage::Lead);
        row.owner = q.value(5).toString();
        row.province = q.value(6).toString();
        row.city = q.value(7).toString();
        row.industry = q.value(8).toString();
        row.level = q.value(9).toString();
        row.primaryPhone = q.value(10).toString();
        row.updatedAt = SqlValue::toDateTime(q.value(11));
        byId.insert(row.id, row);
    }
    result.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.constEnd())
            result.append(*it);
    return result;
}

qint64 CustomerRepository::count()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList CustomerRepository::owners()
{
    QStringList result;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT login FROM users u WHERE EXISTS"
                              " (SELECT 1 FROM customers WHERE owner_id = u.id)")))
        while (q.next())
            result.append(q.value(0).toString());
    return sortedByPinyin(result);
}

QStringList CustomerRepository::provinces()
{
    QStringList result;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT province FROM customers WHERE province <> ''")))
        while (q.next())
            result.append(q.value(0).toString());
    return sortedByPinyin(result);
}

QStringList CustomerRepository::tags()
{
    QStringList result;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM tags")))
        while (q.next())
            result.append(q.value(0).toString());
    return sortedByPinyin(result);
}

Result<qint64> CustomerRepository::idOfCode(const QString& code)
{
    if (!m_idOfCode) {
        m_idOfCode = std::make_unique<QSqlQuery>(m_db);
        m_idOfCode->prepare(QStringLiteral("SELECT id FROM customers WHERE code = ?"));
    }
    QSqlQuery& query = *m_idOfCode;
    query.bindValue(0, code);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<qint64>::failure(error);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Result<int> CustomerRepository::versionOf(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version FROM customers WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<int>::failure(error);
    if (!query.next())
        return Result<int>::failure(tr("The customer no longer exists."), ErrorKind::NotFound);
    return query.value(0).toInt();
}

// The search index drops deleted customers through a trigger (see SearchIndex).
Status CustomerRepository::remove(qint64 id)
{
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM customers WHERE id = ?"), {id});
}

Status CustomerRepository::removeRange(qint64 firstId, qint64 lastId)
{
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM customers WHERE id BETWEEN ? AND ?"), {firstId, lastId});
}

Result<QList<qint64>> CustomerRepository::editedIdsBetween(qint64 firstId, qint64 lastId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM customers WHERE id BETWEEN ? AND ? AND version > 1"));
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QList<qint64>>::failure(error);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}
