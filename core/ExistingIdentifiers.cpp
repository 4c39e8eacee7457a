#include "ExistingIdentifiers.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

namespace {
// Runs `sql` (rows of: customer id, then values) and hands every non-empty value to `add`.
Status eachValue(sqlite3* db, const char* sql, const std::function<void(qint64, int column, QByteArrayView)>& add)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    int rc = SQLITE_ROW;
    const int columns = sqlite3_column_count(statement);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(statement, 0);
        for (int c = 1; c < columns; ++c) {
            const int bytes = sqlite3_column_bytes(statement, c);
            if (bytes > 0)
                add(id, c, QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(statement, c)), bytes));
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}
} // namespace

size_t ExistingIdentifiers::key(char kind, QByteArrayView value)
{
    return qHash(value, size_t(kind)); // the kind as the seed: a phone never equals an e-mail's key by design
}

Result<ExistingIdentifiers> ExistingIdentifiers::load(QSqlDatabase& db)
{
    using R = Result<ExistingIdentifiers>;
    sqlite3* connection = SqliteStatement::handle(db);
    if (!connection)
        return R::failure(tr("The archive is not an SQLite database."));
    ExistingIdentifiers ids;
    // Phones as stored (E.164 where they parsed, as the import stores them too); e-mails and ID numbers in one
    // case, as SQLite's lower()/upper() fold ASCII and the import's cleaning does.
    const Status contacts = eachValue(connection,
                                      "SELECT customer_id, mobile, phone, lower(email) FROM contacts"
                                      " WHERE mobile <> '' OR phone <> '' OR email <> ''",
                                      [&ids](qint64 id, int column, QByteArrayView value) {
                                          ids.m_owners.insert(key(column == 3 ? 'e' : 'p', value), id);
                                      });
    if (!contacts)
        return R::failure(contacts.error());
    const Status customers = eachValue(connection, "SELECT id, upper(trim(id_number)) FROM customers WHERE id_number <> ''",
                                       [&ids](qint64 id, int, QByteArrayView value) { ids.m_owners.insert(key('i', value), id); });
    if (!customers)
        return R::failure(customers.error());
    return ids;
}

QList<ExistingIdentifiers::Identifier> ExistingIdentifiers::identifiersOf(const Customer& customer,
                                                                         const std::optional<Contact>& contact)
{
    QList<Identifier> result;
    const auto add = [&result](const char* field, char kind, const QString& value, const QString& compared) {
        if (!compared.isEmpty())
            result.append({QString::fromLatin1(field), value, key(kind, compared.toUtf8())});
    };
    add("id_number", 'i', customer.idNumber, customer.idNumber.trimmed().toUpper());
    if (contact) {
        add("mobile", 'p', contact->mobile, contact->mobile);
        add("phone", 'p', contact->phone, contact->phone);
        add("email", 'e', contact->email, contact->email.trimmed().toLower());
    }
    return result;
}

std::optional<ExistingIdentifiers::Match> ExistingIdentifiers::find(const Customer& customer,
                                                                    const std::optional<Contact>& contact) const
{
    if (m_owners.isEmpty())
        return std::nullopt;
    for (const Identifier& identifier : identifiersOf(customer, contact))
        if (const qint64 id = m_owners.value(identifier.key, 0))
            return Match{id, identifier.field, identifier.value};
    return std::nullopt;
}
