#include "ImportDuplicateNotes.h"

#include "ImportField.h"
#include "SqlValue.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace {
// The column of a customer field as the import's header names it.
QString columnOf(const QString& fieldKey)
{
    const ImportField* field = ImportFields::find(ImportTarget::Customers, fieldKey);
    return field ? field->header() : fieldKey;
}
} // namespace

Result<ImportDuplicateNotes> ImportDuplicateNotes::prepare(QSqlDatabase& db, ImportTarget target)
{
    ImportDuplicateNotes notes;
    if (target != ImportTarget::Customers)
        return notes;
    notes.m_customers = true;
    QSqlQuery any(db);
    if (!any.exec(QStringLiteral("SELECT 1 FROM customers LIMIT 1")) || !any.next())
        return notes; // an empty archive: nothing to be a duplicate of
    auto existing = ExistingIdentifiers::load(db);
    if (!existing)
        return Result<ImportDuplicateNotes>::failure(existing.error());
    notes.m_existing = std::move(existing).value();
    return notes;
}

void ImportDuplicateNotes::check(qint64 row, const ImportedCustomer& imported)
{
    if (!m_customers)
        return;
    bool flagged = false; // one note per row: an existing customer first, else the earliest row of the file
    if (m_existing)
        if (auto match = m_existing->find(imported.customer, imported.contact)) {
            m_found.append({row, *match});
            flagged = true;
        }
    for (ExistingIdentifiers::Identifier& identifier : ExistingIdentifiers::identifiersOf(imported.customer, imported.contact)) {
        const auto earlier = m_firstRowOf.constFind(identifier.key);
        if (earlier == m_firstRowOf.constEnd()) {
            m_firstRowOf.insert(identifier.key, row);
        } else if (!flagged && *earlier != row) {
            m_repeats.append({row, *earlier, std::move(identifier)});
            flagged = true;
        }
    }
}

Result<QList<ImportProblem>> ImportDuplicateNotes::problems(QSqlDatabase& db) const
{
    QList<ImportProblem> result;
    for (const Repeat& r : m_repeats) {
        const QString column = columnOf(r.identifier.field);
        result.append({r.row, column, r.identifier.value,
                       tr("Likely the same customer as row %1 of this file (same %2). Both imported; compare and "
                          "merge them in Tools > Find Duplicates.")
                           .arg(QString::number(r.earlierRow), column),
                       ImportProblem::Severity::Warning});
    }
    if (m_found.isEmpty())
        return result;
    // Code and name of every existing customer named, in one query.
    QStringList ids;
    for (const Found& f : m_found)
        ids.append(QString::number(f.match.customerId)); // integers only: safe to inline
    ids.removeDuplicates();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString error;
    q.prepare(QStringLiteral("SELECT id, code, name FROM customers WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))));
    if (!SqlValue::exec(q, &error))
        return Result<QList<ImportProblem>>::failure(error);
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString());
    for (const Found& f : m_found) {
        const QString column = columnOf(f.match.field);
        result.append({f.row, column, f.match.value,
                       tr("Likely the same customer as %1, already in the archive (same %2). Imported; compare and "
                          "merge them in Tools > Find Duplicates.")
                           .arg(names.value(f.match.customerId), column),
                       ImportProblem::Severity::Warning});
    }
    return result;
}
