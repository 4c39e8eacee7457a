#include "DuplicateCandidateLookup.h"

#include "MatchKeys.h"
#include "SearchText.h"
#include "SqlValue.h"

#include <QSqlQuery>
#include <QStringList>

namespace {
// One FTS5 token as a query string: quoted, so that no character of it is read as query syntax.
QString token(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Distinct non-empty forms, in order.
QVariantList forms(std::initializer_list<QString> values)
{
    QVariantList out;
    for (const QString& v : values)
        if (!v.isEmpty() && !out.contains(v))
            out.append(v);
    return out;
}

// Company keys longer than this are looked up by their first bigrams only: as selective, and each token
// costs a doclist read.
constexpr int MaxBigrams = 8;
} // namespace

Result<QSet<qint64>> DuplicateCandidateLookup::find(const Customer& customer, const Contact& primary,
                                                    const QString& companyKey)
{
    QSet<qint64> found;
    const QString limit = QStringLiteral(" LIMIT %1").arg(Limit);
    auto fail = [](const Status& s) { return Result<QSet<qint64>>::failure(s.error()); };

    const QString termsSql = QStringLiteral("SELECT rowid FROM search_terms WHERE search_terms MATCH ?") + limit;
    for (const QString& typed : {primary.mobile, primary.phone})
        if (const QString digits = MatchKeys::phone(typed); !digits.isEmpty()) // the index holds E.164 digits
            if (Status s = collect(termsSql, {token(QLatin1Char('p') + digits)}, customer.id, found); !s)
                return fail(s);

    // The WHERE terms of the partial indexes are repeated so that SQLite uses them.
    const QString emailSql = QStringLiteral("SELECT customer_id FROM contacts WHERE lower(email) = ? AND email <> ''") + limit;
    for (const QVariant& email : forms({primary.email.trimmed().toLower(), MatchKeys::email(primary.email)}))
        if (Status s = collect(emailSql, {email}, customer.id, found); !s)
            return fail(s);
    const QString idSql = QStringLiteral("SELECT id FROM customers WHERE id_number = ? AND id_number <> ''") + limit;
    const QString id = customer.idNumber.trimmed();
    for (const QVariant& form : forms({id, id.toUpper()}))
        if (Status s = collect(idSql, {form}, customer.id, found); !s)
            return fail(s);

    if (customer.kind == CustomerKind::Individual) {
        // Folded name and full pinyin as whole tokens: 张伟, 張偉 and "Zhang Wei" meet. A common name has a few
        // hundred holders in a million; the ones in the same city and province come first.
        const QString folded = MatchKeys::compact(customer.name);
        if (!folded.isEmpty()) {
            const QString pinyin = SearchText::pinyin(SearchText::fold(customer.name.trimmed()), true).full;
            QStringList tokens;
            for (const QVariant& t : forms({folded, pinyin}))
                tokens << token(t.toString());
            const QString nameSql = QStringLiteral("SELECT id FROM customers WHERE id IN (SELECT rowid FROM search_names"
                                                   " WHERE search_names MATCH ?) ORDER BY city = ? DESC, province = ? DESC") +
                                    limit;
            if (Status s = collect(nameSql, {tokens.join(QStringLiteral(" OR ")), customer.city.trimmed(),
                                             customer.province.trimmed()},
                                   customer.id, found);
                !s)
                return fail(s);
        }
    } else if (!companyKey.isEmpty()) {
        // The index holds every two adjacent characters of a company's name (for 1–2 character searches):
        // all of the key's pairs in one name find it however the legal form and region are written.
        const QList<uint> characters = companyKey.toUcs4(); // pairs of characters, not of UTF-16 units
        QStringList pairs;
        for (qsizetype i = 0; i + 1 < characters.size() && pairs.size() < MaxBigrams; ++i)
            pairs << token(QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData() + i), 2));
        if (pairs.isEmpty())
            pairs << token(companyKey);
        if (Status s = collect(termsSql, {pairs.join(QStringLiteral(" AND "))}, customer.id, found); !s)
            return fail(s);
    }
    return found;
}

Status DuplicateCandidateLookup::collect(const QString& sql, const QVariantList& values, qint64 self, QSet<qint64>& found)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Status::failure(tr("The duplicate check failed: %1").arg(error));
    while (q.next())
        if (const qint64 id = q.value(0).toLongLong(); id != self)
            found.insert(id);
    return {};
}
