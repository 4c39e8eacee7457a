#pragma once

#include "Contact.h"
#include "Customer.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

// A save that lost the race: the user edited version N (`base`), someone else stored a newer version first.
// Lists every field with the user's value and the stored one, and builds the record to save from the user's
// choice per field — on top of the stored version, so the next save is checked against what is really stored.
class CustomerConflict {
    Q_DECLARE_TR_FUNCTIONS(CustomerConflict)

public:
    struct Field {
        QString key;   // "name", "city", "custom:微信群", "contacts", ...
        QString label; // for display
        QString mine;
        QString stored;
        bool differs = false;
        bool changedByMe = false; // the user's value differs from the version they started from
    };

    CustomerConflict(const Customer& base, const QList<Contact>& baseContacts, const Customer& mine,
                     const QList<Contact>& myContacts, const Customer& stored, const QList<Contact>& storedContacts);

    const QList<Field>& fields() const { return m_fields; }
    QStringList differingKeys() const;
    // What to keep of the user's values when nothing is chosen: the fields they changed themselves.
    QSet<QString> suggestedKeepMine() const;
    const Customer& stored() const { return m_stored; }

    // The stored record (with its version) with the user's values for the keys in keepMine.
    Customer resolved(const QSet<QString>& keepMine) const;
    QList<Contact> resolvedContacts(const QSet<QString>& keepMine) const;

private:
    Customer m_mine;
    Customer m_stored;
    QList<Contact> m_myContacts;
    QList<Contact> m_storedContacts;
    QList<Field> m_fields;
};
