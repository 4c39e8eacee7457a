#include "CustomerConflict.h"

#include "PhoneNumber.h"

#include <functional>

namespace {
struct Accessor {
    const char* key;
    const char* label; // translated in CustomerConflict's context
    std::function<QString(const Customer&)> text;
    std::function<void(Customer& to, const Customer& from)> copy;
};

#define DOSSIER_TEXT_FIELD(member, key, label)                                                                   \
    Accessor { key, label, [](const Customer& c) { return c.member.trimmed(); },                               \
               [](Customer& to, const Customer& from) { to.member = from.member; } }

const QList<Accessor>& accessors()
{
    static const QList<Accessor> all = {
        DOSSIER_TEXT_FIELD(code, "code", QT_TRANSLATE_NOOP("CustomerConflict", "Code")),
        DOSSIER_TEXT_FIELD(name, "name", QT_TRANSLATE_NOOP("CustomerConflict", "Name")),
        Accessor{"kind", QT_TRANSLATE_NOOP("CustomerConflict", "Kind"),
                 [](const Customer& c) { return CustomerKinds::displayName(c.kind); },
                 [](Customer& to, const Customer& from) { to.kind = from.kind; }},
        DOSSIER_TEXT_FIELD(familyName, "family_name", QT_TRANSLATE_NOOP("CustomerConflict", "Family name")),
        DOSSIER_TEXT_FIELD(givenName, "given_name", QT_TRANSLATE_NOOP("CustomerConflict", "Given name")),
        DOSSIER_TEXT_FIELD(company, "company", QT_TRANSLATE_NOOP("CustomerConflict", "Company")),
        DOSSIER_TEXT_FIELD(industry, "industry", QT_TRANSLATE_NOOP("CustomerConflict", "Industry")),
        DOSSIER_TEXT_FIELD(province, "province", QT_TRANSLATE_NOOP("CustomerConflict", "Province")),
        DOSSIER_TEXT_FIELD(city, "city", QT_TRANSLATE_NOOP("CustomerConflict", "City")),
        DOSSIER_TEXT_FIELD(address, "address", QT_TRANSLATE_NOOP("CustomerConflict", "Address")),
        DOSSIER_TEXT_FIELD(postcode, "postcode", QT_TRANSLATE_NOOP("CustomerConflict", "Postcode")),
        DOSSIER_TEXT_FIELD(source, "source", QT_TRANSLATE_NOOP("CustomerConflict", "Source")),
        DOSSIER_TEXT_FIELD(level, "level", QT_TRANSLATE_NOOP("CustomerConflict", "Level")),
        Accessor{"stage", QT_TRANSLATE_NOOP("CustomerConflict", "Stage"),
                 [](const Customer& c) { return CustomerStages::displayName(c.stage); },
                 [](Customer& to, const Customer& from) { to.stage = from.stage; }},
        DOSSIER_TEXT_FIELD(owner, "owner", QT_TRANSLATE_NOOP("CustomerConflict", "Owner")),
        Accessor{"tags", QT_TRANSLATE_NOOP("CustomerConflict", "Tags"),
                 [](const Customer& c) {
                     QStringList tags;
                     for (const QString& tag : c.tags)
                         if (!tag.trimmed().isEmpty())
                             tags.append(tag.trimmed());
                     tags.sort();
                     return tags.join(QStringLiteral(", "));
                 },
                 [](Customer& to, const Customer& from) { to.tags = from.tags; }},
        Accessor{"birthday", QT_TRANSLATE_NOOP("CustomerConflict", "Birthday"),
                 [](const Customer& c) { return c.birthday.toString(Qt::ISODate); },
                 [](Customer& to, const Customer& from) { to.birthday = from.birthday; }},
        Accessor{"renewal_date", QT_TRANSLATE_NOOP("CustomerConflict", "Renewal date"),
                 [](const Customer& c) { return c.renewalDate.toString(Qt::ISODate); },
                 [](Customer& to, const Customer& from) { to.renewalDate = from.renewalDate; }},
        DOSSIER_TEXT_FIELD(idNumber, "id_number", QT_TRANSLATE_NOOP("CustomerConflict", "ID number")),
        Accessor{"notes", QT_TRANSLATE_NOOP("CustomerConflict", "Notes"),
                 [](const Customer& c) { return c.notes; },
                 [](Customer& to, const Customer& from) { to.notes = from.notes; }},
    };
    return all;
}
#undef DOSSIER_TEXT_FIELD

// Contacts as one value: what the user sees of them, phones normalised (the editor shows what was typed,
// storage holds E.164), in a stable order.
QString contactsText(const QList<Contact>& contacts)
{
    QStringList lines;
    for (const Contact& c : contacts) {
        QStringList parts;
        for (const QString& part : {c.name.trimmed(), c.title.trimmed(), PhoneNumber::normalize(c.mobile),
                                    PhoneNumber::normalize(c.phone), c.email.trimmed(), c.wechat.trimmed(),
                                    c.birthday.toString(Qt::ISODate)})
            if (!part.isEmpty())
                parts.append(part);
        if (c.isPrimary)
            parts.append(CustomerConflict::tr("(primary)"));
        lines.append(parts.join(QLatin1Char(' ')));
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

QString customValue(const Customer& c, const QString& name)
{
    return c.customFields.value(name).trimmed();
}
} // namespace

CustomerConflict::CustomerConflict(const Customer& base, const QList<Contact>& baseContacts, const Customer& mine,
                                   const QList<Contact>& myContacts, const Customer& stored,
                                   const QList<Contact>& storedContacts)
    : m_mine(mine), m_stored(stored), m_myContacts(myContacts), m_storedContacts(storedContacts)
{
    for (const Accessor& a : accessors()) {
        Field f{QString::fromLatin1(a.key), tr(a.label), a.text(mine), a.text(stored), false, false};
        f.differs = f.mine != f.stored;
        f.changedByMe = f.mine != a.text(base);
        m_fields.append(f);
    }
    QStringList customNames = mine.customFields.keys() + stored.customFields.keys() + base.customFields.keys();
    customNames.removeDuplicates();
    customNames.sort();
    for (const QString& name : customNames) {
        Field f{QStringLiteral("custom:") + name, name, customValue(mine, name), customValue(stored, name), false, false};
        f.differs = f.mine != f.stored;
        f.changedByMe = f.mine != customValue(base, name);
        m_fields.append(f);
    }
    Field contacts{QStringLiteral("contacts"), tr("Contacts"), contactsText(myContacts), contactsText(storedContacts),
                   false, false};
    contacts.differs = contacts.mine != contacts.stored;
    contacts.changedByMe = contacts.mine != contactsText(baseContacts);
    m_fields.append(contacts);
}

QStringList CustomerConflict::differingKeys() const
{
    QStringList keys;
    for (const Field& f : m_fields)
        if (f.differs)
            keys.append(f.key);
    return keys;
}

QSet<QString> CustomerConflict::suggestedKeepMine() const
{
    QSet<QString> keys;
    for (const Field& f : m_fields)
        if (f.differs && f.changedByMe)
            keys.insert(f.key);
    return keys;
}

Customer CustomerConflict::resolved(const QSet<QString>& keepMine) const
{
    Customer result = m_stored; // id and version of what is stored now
    for (const Accessor& a : accessors())
        if (keepMine.contains(QString::fromLatin1(a.key)))
            a.copy(result, m_mine);
    for (const QString& key : keepMine) {
        if (!key.startsWith(u"custom:"))
            continue;
        const QString name = key.mid(7);
        if (m_mine.customFields.contains(name))
            result.customFields.insert(name, m_mine.customFields.value(name));
        else
            result.customFields.remove(name);
    }
    return result;
}

QList<Contact> CustomerConflict::resolvedContacts(const QSet<QString>& keepMine) const
{
    return keepMine.contains(QStringLiteral("contacts")) ? m_myContacts : m_storedContacts;
}
