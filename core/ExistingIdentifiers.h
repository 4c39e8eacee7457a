#pragma once

#include "Contact.h"
#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <optional>

// The identifiers the customers of an archive hold — phone numbers (E.164 as stored), e-mail addresses and ID
// numbers — so that every new customer of an import can be checked against them in memory: issue 10's check
// on entry for imports, at a few microseconds per row instead of an indexed lookup per row. Exact identifiers
// only: a shared name alone is not enough evidence (DuplicateFinder::isNamesake); the full duplicate scan
// weighs everything else. Kept as 64-bit hashes (a million customers: tens of MB, loaded in about a second).
class ExistingIdentifiers {
    Q_DECLARE_TR_FUNCTIONS(ExistingIdentifiers)

public:
    struct Match {
        qint64 customerId = 0;
        QString field; // "mobile", "phone", "email" or "id_number": which of the new record's values is shared
        QString value; // that value, as imported
    };

    // One identifier of a record, in the form compared: `key` is what load() keeps for an equal value.
    struct Identifier {
        QString field; // as in Match
        QString value; // as given
        size_t key = 0;
    };

    // The customers stored now (those an import adds later are not seen: only existing records count).
    static Result<ExistingIdentifiers> load(QSqlDatabase& db);

    // A new record's non-empty identifiers, ID number first (the order find() tries them in).
    static QList<Identifier> identifiersOf(const Customer& customer, const std::optional<Contact>& contact);

    // The first existing customer sharing an identifier with the new record, ID number first.
    std::optional<Match> find(const Customer& customer, const std::optional<Contact>& contact) const;
    qsizetype size() const { return m_owners.size(); }

private:
    static size_t key(char kind, QByteArrayView value);

    QHash<size_t, qint64> m_owners; // hash of kind + value -> a customer id holding it
};
