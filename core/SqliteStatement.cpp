#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>
#include <sqlite3.h>

namespace {
constexpr qsizetype blockBytes = 16 * 1024;
}

void SqliteFinalizer::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3* SqliteStatement::handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

Status SqliteStatement::prepare(sqlite3* db, const char* sql)
{
    m_db = db;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (!db)
        return Status::failure(tr("The archive is not an SQLite database."));
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        return failure();
    return {};
}

Status SqliteStatement::failure() const
{
    return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

char* SqliteStatement::reserve(qsizetype bytes)
{
    if (m_blocks.empty() || m_used + bytes > m_blockSize) {
        const qsizetype size = std::max(blockBytes, bytes);
        m_blocks.push_back(std::make_unique<char[]>(size_t(size)));
        m_blockSize = size;
        m_used = 0;
    }
    char* out = m_blocks.back().get() + m_used;
    m_used += bytes;
    return out;
}

void SqliteStatement::bindText(int position, QStringView text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_statement, position + 1, "", 0, SQLITE_STATIC);
        return;
    }
    // Stateless: a lone surrogate at the end of one value must not carry over into the next.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char* start = reserve(encoder.requiredSpace(text.size()));
    char* end = encoder.appendToBuffer(start, text);
    m_used -= encoder.requiredSpace(text.size()) - (end - start); // give back what the text did not need
    sqlite3_bind_text(m_statement, position + 1, start, int(end - start), SQLITE_STATIC);
}

void SqliteStatement::bindOptionalText(int position, QStringView text)
{
    if (text.isEmpty())
        bindNull(position);
    else
        bindText(position, text);
}

void SqliteStatement::bindBlob(int position, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, position + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position + 1, value);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position + 1);
}

void SqliteStatement::clear()
{
    sqlite3_reset(m_statement);
    if (m_blocks.size() > 1) { // keep one block for the next row
        m_blocks.erase(m_blocks.begin(), m_blocks.end() - 1);
    }
    m_used = 0;
}

Status SqliteStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    const Status result = rc == SQLITE_DONE || rc == SQLITE_ROW ? Status() : failure();
    clear();
    return result;
}

Result<qint64> SqliteStatement::queryInt()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const Status error = failure();
        clear();
        return Result<qint64>::failure(error.error());
    }
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(m_statement, 0) : 0;
    clear();
    return value;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
