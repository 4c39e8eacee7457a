#include "SearchDocumentReader.h"

#include <sqlite3.h>

namespace {
// The customer's own columns, then (openSome only) its lists, as the rebuild used to read them all.
const char customerColumns[] = "SELECT c.id, c.code, c.name, c.kind, c.given_name, c.company, c.notes";
const QString listColumns = QStringLiteral(
    ", (SELECT group_concat(name || char(31) || mobile || char(31) || phone || char(31) || email, char(30))"
    "   FROM contacts WHERE customer_id = c.id),"
    " (SELECT group_concat(t.name, char(31)) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
    "  WHERE ct.customer_id = c.id),"
    " (SELECT group_concat(code, char(31)) FROM customer_aliases WHERE customer_id = c.id)");

QString textOf(sqlite3_stmt* statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}
} // namespace

qint64 SearchDocumentReader::ChildRows::customer() const
{
    return sqlite3_column_int64(statement.get(), 0);
}

Status SearchDocumentReader::prepare(const char* sql, SqliteStatementHandle& statement)
{
    if (!m_db)
        return Status::failure(tr("The archive is not an SQLite database."));
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return Status::failure(tr("The search index cannot be built: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    statement.reset(raw);
    return {};
}

Status SearchDocumentReader::openSome(sqlite3* db, const QString& where)
{
    m_db = db;
    m_merged = false;
    const QString sql = QLatin1String(customerColumns) + listColumns + QStringLiteral(" FROM customers c ") + where +
                        QStringLiteral(" ORDER BY c.id");
    return prepare(sql.toUtf8().constData(), m_customers);
}

Status SearchDocumentReader::openAll(sqlite3* db)
{
    m_db = db;
    m_merged = true;
    // Within a customer, the rows come in the order the subqueries of openSome() read them (the indexes on
    // customer_id, then rowid or tag id), so both give the same documents.
    if (Status s = prepare((QByteArray(customerColumns) + " FROM customers c ORDER BY c.id").constData(), m_customers); !s)
        return s;
    if (Status s = prepare("SELECT customer_id, name, mobile, phone, email FROM contacts ORDER BY customer_id, id",
                           m_contacts.statement);
        !s)
        return s;
    if (Status s = prepare("SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                           " ORDER BY ct.customer_id, ct.tag_id",
                           m_tags.statement);
        !s)
        return s;
    if (Status s = prepare("SELECT customer_id, code FROM customer_aliases ORDER BY customer_id, rowid",
                           m_aliases.statement);
        !s)
        return s;
    for (ChildRows* rows : {&m_contacts, &m_tags, &m_aliases})
        if (!step(*rows) && !m_error.isEmpty())
            return Status::failure(m_error);
    return {};
}

bool SearchDocumentReader::step(ChildRows& rows)
{
    const int rc = sqlite3_step(rows.statement.get());
    rows.onRow = rc == SQLITE_ROW;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return rows.onRow;
}

bool SearchDocumentReader::collect(ChildRows& rows, qint64 customer, char unit, char record, QString& text)
{
    m_buffer.clear();
    sqlite3_stmt* statement = rows.statement.get();
    const int columns = sqlite3_column_count(statement);
    // Rows of customers that no longer exist (possible only with foreign keys off) belong to no document.
    while (rows.onRow && rows.customer() < customer)
        step(rows);
    bool first = true;
    while (rows.onRow && rows.customer() == customer) {
        if (!first)
            m_buffer += record;
        first = false;
        for (int column = 1; column < columns; ++column) {
            if (column > 1)
                m_buffer += unit;
            m_buffer.append(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                            size_t(sqlite3_column_bytes(statement, column)));
        }
        step(rows);
    }
    text = QString::fromUtf8(m_buffer.data(), qsizetype(m_buffer.size()));
    return m_error.isEmpty();
}

bool SearchDocumentReader::next(SearchDocument& d)
{
    sqlite3_stmt* statement = m_customers.get();
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    d.id = sqlite3_column_int64(statement, 0);
    QString* own[] = {&d.code, &d.name, &d.kind, &d.givenName, &d.company, &d.notes};
    for (int i = 0; i < 6; ++i)
        *own[i] = textOf(statement, i + 1);
    if (!m_merged) {
        d.contacts = textOf(statement, 7);
        d.tags = textOf(statement, 8);
        d.aliases = textOf(statement, 9);
        return true;
    }
    return collect(m_contacts, d.id, '\x1f', '\x1e', d.contacts) && collect(m_tags, d.id, '\x1f', '\x1f', d.tags) &&
           collect(m_aliases, d.id, '\x1f', '\x1f', d.aliases);
}
