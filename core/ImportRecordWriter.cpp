#include "ImportRecordWriter.h"

#include "Archive.h"
#include "RecordSnapshot.h"

ImportRecordWriter::ImportRecordWriter(Archive& archive, qint64 batchId, ImportOptions::OnExisting onExisting)
    : m_archive(archive), m_batchId(batchId), m_onExisting(onExisting), m_searchMarks(archive.database().connection()),
      m_bulk(archive.database().connection()),
      m_batches(archive.database().connection()), m_now(QDateTime::currentDateTimeUtc())
{
}

Status ImportRecordWriter::prepare()
{
    if (Status s = m_searchMarks.begin(); !s)
        return s;
    if (Status s = m_bulk.prepare(); !s)
        return s;
    const auto definitions = m_archive.customFields().definitions();
    if (!definitions)
        return Status::failure(definitions.error());
    for (const CustomFieldDefinition& d : *definitions)
        m_customFieldIds.insert(d.name, d.id);
    const auto next = m_archive.customers().nextCode();
    if (!next)
        return Status::failure(next.error());
    m_nextNumber = next->mid(1).toLongLong();
    return {};
}

Status ImportRecordWriter::finish(const std::function<bool()>& carryOn, const SearchIndex::Meanwhile& meanwhile)
{
    if (Status s = flushInserted(); !s)
        return s;
    if (Status s = m_searchMarks.end(); !s)
        return s;
    return m_bulk.finish(m_nextNumber, carryOn, meanwhile);
}

Status ImportRecordWriter::noteInserted(const QString& entity, qint64 id)
{
    if (entity == m_runEntity && id == m_runLast + 1) {
        m_runLast = id;
        return {};
    }
    if (Status s = flushInserted(); !s)
        return s;
    m_runEntity = entity;
    m_runFirst = m_runLast = id;
    return {};
}

Status ImportRecordWriter::flushInserted()
{
    if (m_runEntity.isEmpty())
        return {};
    const Status s = m_batches.recordInserted(m_batchId, m_runEntity, m_runFirst, m_runLast);
    m_runEntity.clear();
    return s;
}

Result<qint64> ImportRecordWriter::customerIdForCode(const QString& code)
{
    if (const auto it = m_customerIds.constFind(code); it != m_customerIds.constEnd())
        return *it;
    const auto id = m_bulk.idOfCode(code);
    if (id && *id > 0 && m_customerIds.size() < 500000) // bounded: a million-row customer file must not grow it
        m_customerIds.insert(code, *id);
    return id;
}

Result<qint64> ImportRecordWriter::existingCustomer(const QString& code)
{
    const auto id = customerIdForCode(code);
    if (id && *id == 0)
        return Result<qint64>::failure(tr("There is no customer with the code %1.").arg(code), ErrorKind::NotFound);
    return id;
}

Result<QString> ImportRecordWriter::generateCode()
{
    for (;;) {
        const QString code = QStringLiteral("C%1").arg(m_nextNumber++, 6, 10, QChar(u'0'));
        const auto taken = m_bulk.idOfCode(code);
        if (!taken)
            return Result<QString>::failure(taken.error());
        if (*taken == 0)
            return code;
    }
}

Result<ImportRecordWriter::Outcome> ImportRecordWriter::write(const ImportedCustomer& imported)
{
    if (!imported.customer.code.isEmpty()) {
        const auto existing = m_bulk.idOfCode(imported.customer.code);
        if (!existing)
            return Result<Outcome>::failure(existing.error());
        if (*existing > 0)
            return m_onExisting == ImportOptions::OnExisting::Skip ? Result<Outcome>(Outcome::Skipped)
                                                                    : updateCustomer(*existing, imported);
    }
    Customer customer = imported.customer;
    if (customer.code.isEmpty()) {
        const auto code = generateCode();
        if (!code)
            return Result<Outcome>::failure(code.error());
        customer.code = *code;
    }
    customer.createdAt = m_now;
    customer.updatedAt = m_now;
    customer.version = 1;
    const auto id = m_bulk.addCustomer(customer);
    if (!id)
        return Result<Outcome>::failure(id.error());
    if (imported.contact)
        if (Status s = m_bulk.addContact(*id, *imported.contact); !s)
            return Result<Outcome>::failure(s.error());
    for (auto it = customer.customFields.constBegin(); it != customer.customFields.constEnd(); ++it)
        if (Status s = m_bulk.addCustomFieldValue(*id, m_customFieldIds.value(it.key()), it.value()); !s)
            return Result<Outcome>::failure(s.error());
    if (Status s = noteInserted(QStringLiteral("customer"), *id); !s)
        return Result<Outcome>::failure(s.error());
    return Outcome::Inserted;
}

// Only what the row gives changes; everything else the customer has stays.
Result<ImportRecordWriter::Outcome> ImportRecordWriter::updateCustomer(qint64 id, const ImportedCustomer& imported)
{
    auto existing = m_archive.customers().findById(id);
    auto contacts = m_archive.contacts().forCustomer(id);
    if (!existing || !contacts)
        return Result<Outcome>::failure(!existing ? existing.error() : contacts.error());
    if (Status s = flushInserted(); !s) // undo must see this update after the inserts before it
        return Result<Outcome>::failure(s.error());
    const QByteArray before = RecordSnapshot::customer(*existing, *contacts);
    Customer& c = *existing;
    const Customer& n = imported.customer;
    const QSet<QString>& given = imported.given;
    auto take = [&](const char* key, QString Customer::*member) {
        if (given.contains(QString::fromLatin1(key)))
            c.*member = n.*member;
    };
    take("name", &Customer::name);
    take("family_name", &Customer::familyName);
    take("given_name", &Customer::givenName);
    take("company", &Customer::company);
    take("industry", &Customer::industry);
    take("province", &Customer::province);
    take("city", &Customer::city);
    take("address", &Customer::address);
    take("postcode", &Customer::postcode);
    take("source", &Customer::source);
    take("level", &Customer::level);
    take("owner", &Customer::owner);
    take("notes", &Customer::notes);
    take("id_number", &Customer::idNumber);
    if (given.contains(QStringLiteral("kind")))
        c.kind = n.kind;
    if (given.contains(QStringLiteral("stage")))
        c.stage = n.stage;
    if (given.contains(QStringLiteral("tags")))
        c.tags = n.tags;
    if (given.contains(QStringLiteral("birthday")))
        c.birthday = n.birthday;
    if (given.contains(QStringLiteral("renewal_date")))
        c.renewalDate = n.renewalDate;
    for (auto it = n.customFields.constBegin(); it != n.customFields.constEnd(); ++it)
        c.customFields.insert(it.key(), it.value());

    QList<Contact>& people = *contacts;
    if (imported.contact) {
        const Contact& k = *imported.contact;
        auto primary = std::find_if(people.begin(), people.end(), [](const Contact& x) { return x.isPrimary; });
        if (primary == people.end()) {
            people.prepend(k);
        } else {
            auto takeContact = [&](const char* key, QString Contact::*member) {
                if (given.contains(QString::fromLatin1(key)))
                    (*primary).*member = k.*member;
            };
            takeContact("contact_name", &Contact::name);
            takeContact("title", &Contact::title);
            takeContact("mobile", &Contact::mobile);
            takeContact("phone", &Contact::phone);
            takeContact("email", &Contact::email);
            takeContact("wechat", &Contact::wechat);
        }
    }
    const auto saved = m_archive.saveCustomer(c, people);
    if (!saved)
        return Result<Outcome>::failure(saved.error());
    if (Status s = m_batches.record(m_batchId, QStringLiteral("customer"), id, false, before, saved->version); !s)
        return Result<Outcome>::failure(s.error());
    return Outcome::Updated;
}

Result<ImportRecordWriter::Outcome> ImportRecordWriter::write(const ImportedOrder& imported)
{
    const auto customerId = existingCustomer(imported.customerCode);
    if (!customerId)
        return Result<Outcome>::failure(customerId.error(), customerId.errorKind());
    Order order = imported.order;
    order.customerId = *customerId;
    const auto existing = m_archive.orders().idOfOrderNo(order.orderNo);
    if (!existing)
        return Result<Outcome>::failure(existing.error());
    if (*existing > 0) {
        if (m_onExisting == ImportOptions::OnExisting::Skip)
            return Outcome::Skipped;
        if (Status s = flushInserted(); !s)
            return Result<Outcome>::failure(s.error());
        const auto before = m_archive.orders().findById(*existing);
        if (!before)
            return Result<Outcome>::failure(before.error());
        order.id = *existing;
        if (Status s = m_archive.orders().update(order); !s)
            return Result<Outcome>::failure(s.error());
        if (Status s = m_batches.record(m_batchId, QStringLiteral("order"), order.id, false, RecordSnapshot::order(*before));
            !s)
            return Result<Outcome>::failure(s.error());
        return Outcome::Updated;
    }
    const auto id = m_bulk.addOrder(*customerId, order);
    if (!id)
        return Result<Outcome>::failure(id.error());
    if (Status s = noteInserted(QStringLiteral("order"), *id); !s)
        return Result<Outcome>::failure(s.error());
    return Outcome::Inserted;
}

Result<ImportRecordWriter::Outcome> ImportRecordWriter::write(const ImportedInteraction& imported)
{
    const auto customerId = existingCustomer(imported.customerCode);
    if (!customerId)
        return Result<Outcome>::failure(customerId.error(), customerId.errorKind());
    const auto id = m_bulk.addInteraction(*customerId, imported.interaction);
    if (!id)
        return Result<Outcome>::failure(id.error());
    if (Status s = noteInserted(QStringLiteral("interaction"), *id); !s)
        return Result<Outcome>::failure(s.error());
    return Outcome::Inserted;
}
