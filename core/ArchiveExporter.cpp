#include "ArchiveExporter.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "AuditLog.h"
#include "CustomerOwnership.h"
#include "CsvWriter.h"
#include "CustomFieldDefinition.h"
#include "CustomerKind.h"
#include "CustomerStage.h"
#include "ImportField.h"
#include "InteractionType.h"
#include "SensitiveMask.h"
#include "SqlValue.h"
#include "XlsxTableWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <filesystem>
#include <system_error>

// Reading: the customer selection comes from CustomerRepository::listIds (so "these customers" means exactly
// what the list shows), the rows themselves from a few set-based SELECTs per page of ids. Loading each
// customer with findById() plus its contacts costs four statements per customer; on 200,000 customers that is
// most of the export time, while one query per page for customers (joined with the primary contact), tags,
// custom fields, orders or follow-ups keeps the export I/O bound.

namespace {
using Cell = XlsxTableWriter::Cell;
using Type = ImportField::ValueType;

constexpr qsizetype pageSize = 500;        // ids per IN (...) list
constexpr qint64 progressInterval = 1000;  // rows between progress calls

QString idList(const QVector<qint64>& ids, qsizetype from, qsizetype count)
{
    QStringList parts;
    parts.reserve(count);
    for (qsizetype i = from; i < from + count; ++i)
        parts.append(QString::number(ids.at(i))); // integers only: safe to inline
    return parts.join(QLatin1Char(','));
}

// Yuan with two decimals and no grouping, "1234.50" / "-0.05": what ValueCleaner::amountCents reads back.
QString amountText(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

// The cell of one value, typed by its field (text, date, time, amount).
Cell cellFor(Type type, const QVariant& value)
{
    switch (type) {
    case Type::Date: return Cell::ofDate(SqlValue::toDate(value));
    case Type::DateTime: return Cell::ofDateTime(SqlValue::toDateTime(value).toLocalTime()); // stored UTC
    case Type::Amount: return Cell::ofAmount(value.toLongLong());
    default: return Cell::ofText(value.toString());
    }
}

// CSV text of a cell: ISO dates, local "yyyy-MM-dd HH:mm:ss" times, "1234.50" amounts.
QString csvText(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text: return cell.text;
    case Cell::Kind::Date: return cell.date.isValid() ? cell.date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    case Cell::Kind::DateTime:
        return cell.dateTime.isValid() ? cell.dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case Cell::Kind::Amount: return amountText(cell.cents);
    }
    return {};
}

// SQL expression per customer field key; tags come from their own query. Aliases: c customer, u owner,
// p primary contact.
QString customerExpression(const QString& key)
{
    static const QHash<QString, QString> expressions = {
        {QStringLiteral("code"), QStringLiteral("c.code")},
        {QStringLiteral("name"), QStringLiteral("c.name")},
        {QStringLiteral("kind"), QStringLiteral("c.kind")}, // stored as the key: "company" / "individual"
        {QStringLiteral("family_name"), QStringLiteral("c.family_name")},
        {QStringLiteral("given_name"), QStringLiteral("c.given_name")},
        {QStringLiteral("company"), QStringLiteral("c.company")},
        {QStringLiteral("title"), QStringLiteral("p.title")},
        {QStringLiteral("contact_name"), QStringLiteral("p.name")},
        {QStringLiteral("mobile"), QStringLiteral("p.mobile")},
        {QStringLiteral("phone"), QStringLiteral("p.phone")},
        {QStringLiteral("email"), QStringLiteral("p.email")},
        {QStringLiteral("wechat"), QStringLiteral("p.wechat")},
        {QStringLiteral("province"), QStringLiteral("c.province")},
        {QStringLiteral("city"), QStringLiteral("c.city")},
        {QStringLiteral("address"), QStringLiteral("c.address")},
        {QStringLiteral("postcode"), QStringLiteral("c.postcode")},
        {QStringLiteral("industry"), QStringLiteral("c.industry")},
        {QStringLiteral("source"), QStringLiteral("c.source")},
        {QStringLiteral("level"), QStringLiteral("c.level")},
        {QStringLiteral("stage"), QStringLiteral("c.stage")}, // stored as the key: "lead", "customer", ...
        {QStringLiteral("owner"), QStringLiteral("coalesce(u.login, '')")},
        {QStringLiteral("notes"), QStringLiteral("c.notes")},
        {QStringLiteral("birthday"), QStringLiteral("c.birthday")},
        {QStringLiteral("id_number"), QStringLiteral("c.id_number")},
        {QStringLiteral("renewal_date"), QStringLiteral("c.renewal_date")},
    };
    // A field added to ImportFields without a source here exports empty; ArchiveExporterTest catches that.
    return expressions.value(key, QStringLiteral("NULL"));
}

// Stable keys rather than translated names where the value is an enumeration: a Chinese "潜在" in a file
// exported under the Chinese UI must import again under the English one.
QString enumKey(Type type, const QString& stored)
{
    switch (type) {
    case Type::Stage: {
        const auto stage = CustomerStages::fromText(stored);
        return stage ? CustomerStages::toKey(*stage) : stored;
    }
    case Type::CustomerKind: {
        const auto kind = CustomerKinds::fromText(stored);
        return kind ? CustomerKinds::toKey(*kind) : stored;
    }
    case Type::InteractionType: {
        const auto interaction = InteractionTypes::fromText(stored);
        return interaction ? InteractionTypes::toKey(*interaction) : stored;
    }
    default: return stored;
    }
}

using RowConsumer = std::function<Status(const QList<Cell>&)>;

Status exec(QSqlQuery& query, const QString& sql)
{
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Status::failure(SqlValue::describe(query));
    return {};
}

Status customerRows(QSqlDatabase& db, const QVector<qint64>& ids, const QList<CustomFieldDefinition>& customFields,
                    const RowConsumer& consume)
{
    const QList<ImportField>& fields = ImportFields::forTarget(ImportTarget::Customers);
    QStringList columns{QStringLiteral("c.id")};
    for (const ImportField& field : fields)
        columns.append(field.type == Type::Tags ? QStringLiteral("NULL") : customerExpression(field.key));
    // The primary contact is the one ContactRepository lists first: flagged primary, else the oldest.
    const QString select = QStringLiteral(
        "SELECT %1 FROM customers c LEFT JOIN users u ON u.id = c.owner_id"
        " LEFT JOIN contacts p ON p.id = (SELECT id FROM contacts WHERE customer_id = c.id"
        "                                 ORDER BY is_primary DESC, id LIMIT 1)"
        " WHERE c.id IN (%2)")
                               .arg(columns.join(QStringLiteral(", ")));
    QHash<qint64, int> fieldColumn; // custom field id -> column after the standard ones
    for (int i = 0; i < customFields.size(); ++i)
        fieldColumn.insert(customFields.at(i).id, int(fields.size()) + i);

    QSqlQuery query(db);
    for (qsizetype from = 0; from < ids.size(); from += pageSize) {
        const QString list = idList(ids, from, std::min(pageSize, ids.size() - from));

        QHash<qint64, QStringList> tags;
        if (Status s = exec(query, QStringLiteral("SELECT ct.customer_id, t.name FROM customer_tags ct"
                                                  " JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id IN (%1)"
                                                  " ORDER BY ct.customer_id, t.name")
                                       .arg(list));
            !s)
            return s;
        while (query.next())
            tags[query.value(0).toLongLong()].append(query.value(1).toString());

        QHash<qint64, QList<QPair<int, QString>>> values;
        if (!customFields.isEmpty()) {
            if (Status s = exec(query, QStringLiteral("SELECT customer_id, field_id, value FROM custom_field_values"
                                                      " WHERE customer_id IN (%1)")
                                           .arg(list));
                !s)
                return s;
            while (query.next())
                if (const auto it = fieldColumn.constFind(query.value(1).toLongLong()); it != fieldColumn.constEnd())
                    values[query.value(0).toLongLong()].append({*it, query.value(2).toString()});
        }

        if (Status s = exec(query, select.arg(list)); !s)
            return s;
        QHash<qint64, QList<Cell>> rows;
        rows.reserve(pageSize);
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            QList<Cell> row;
            row.reserve(fields.size() + customFields.size());
            for (int i = 0; i < fields.size(); ++i) {
                const ImportField& field = fields.at(i);
                if (field.type == Type::Tags)
                    row.append(Cell::ofText(tags.value(id).join(QStringLiteral(", "))));
                else if (field.type == Type::Stage || field.type == Type::CustomerKind)
                    row.append(Cell::ofText(enumKey(field.type, query.value(i + 1).toString())));
                else
                    row.append(cellFor(field.type, query.value(i + 1)));
            }
            // Custom field values as the text they are stored as, whatever their type: what re-import expects.
            for (int i = 0; i < customFields.size(); ++i)
                row.append(Cell::ofText(QString()));
            for (const auto& [column, value] : values.value(id))
                row[column] = Cell::ofText(value);
            rows.insert(id, std::move(row));
        }
        for (qsizetype i = from; i < from + std::min(pageSize, ids.size() - from); ++i)
            if (const auto it = rows.constFind(ids.at(i)); it != rows.constEnd())
                if (Status s = consume(*it); !s)
                    return s;
    }
    return {};
}

// Orders or follow-ups of the given customers, customer by customer in the order of `ids`.
Status childRows(QSqlDatabase& db, ImportTarget target, const QVector<qint64>& ids, const RowConsumer& consume)
{
    const QList<ImportField>& fields = ImportFields::forTarget(target);
    QHash<QString, QString> expressions;
    QString from;
    QString order;
    if (target == ImportTarget::Orders) {
        expressions = {{QStringLiteral("order_no"), QStringLiteral("o.order_no")},
                       {QStringLiteral("customer_code"), QStringLiteral("c.code")},
                       {QStringLiteral("date"), QStringLiteral("o.order_date")},
                       {QStringLiteral("amount"), QStringLiteral("o.amount_cents")},
                       {QStringLiteral("currency"), QStringLiteral("o.currency")},
                       {QStringLiteral("product"), QStringLiteral("o.product")}};
        from = QStringLiteral("orders o JOIN customers c ON c.id = o.customer_id");
        order = QStringLiteral("o.customer_id, o.order_date, o.id");
    } else {
        expressions = {{QStringLiteral("customer_code"), QStringLiteral("c.code")},
                       {QStringLiteral("date"), QStringLiteral("i.happened_at")},
                       {QStringLiteral("type"), QStringLiteral("i.type")},
                       {QStringLiteral("content"), QStringLiteral("i.content")},
                       {QStringLiteral("author"), QStringLiteral("coalesce(u.login, '')")},
                       {QStringLiteral("next_date"), QStringLiteral("i.next_date")}};
        from = QStringLiteral("interactions i JOIN customers c ON c.id = i.customer_id"
                              " LEFT JOIN users u ON u.id = i.author_id");
        order = QStringLiteral("i.customer_id, i.happened_at, i.id");
    }
    QStringList columns{QStringLiteral("c.id")};
    for (const ImportField& field : fields)
        columns.append(expressions.value(field.key, QStringLiteral("NULL")));
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE c.id IN (%3) ORDER BY %4")
                               .arg(columns.join(QStringLiteral(", ")), from, QStringLiteral("%1"), order);

    QSqlQuery query(db);
    for (qsizetype start = 0; start < ids.size(); start += pageSize) {
        const qsizetype count = std::min(pageSize, ids.size() - start);
        if (Status s = exec(query, select.arg(idList(ids, start, count))); !s)
            return s;
        // Rows come sorted by customer id; hand them out in the order of `ids` (customer code order).
        QHash<qint64, QList<QList<Cell>>> byCustomer;
        while (query.next()) {
            QList<Cell> row;
            row.reserve(fields.size());
            for (int i = 0; i < fields.size(); ++i) {
                const ImportField& field = fields.at(i);
                if (field.type == Type::InteractionType)
                    row.append(Cell::ofText(enumKey(field.type, query.value(i + 1).toString())));
                else
                    row.append(cellFor(field.type, query.value(i + 1)));
            }
            byCustomer[query.value(0).toLongLong()].append(std::move(row));
        }
        for (qsizetype i = start; i < start + count; ++i)
            for (const QList<Cell>& row : byCustomer.value(ids.at(i)))
                if (Status s = consume(row); !s)
                    return s;
    }
    return {};
}

Result<qint64> countChildRows(QSqlDatabase& db, ImportTarget target, const QVector<qint64>& ids, bool everyone)
{
    const QString table = target == ImportTarget::Orders ? QStringLiteral("orders") : QStringLiteral("interactions");
    QSqlQuery query(db);
    if (everyone) {
        if (Status s = exec(query, QStringLiteral("SELECT count(*) FROM %1").arg(table)); !s || !query.next())
            return Result<qint64>::failure(s ? SqlValue::describe(query) : s.error());
        return query.value(0).toLongLong();
    }
    qint64 total = 0;
    for (qsizetype start = 0; start < ids.size(); start += pageSize) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id IN (%2)")
                                .arg(table, idList(ids, start, std::min(pageSize, ids.size() - start)));
        if (Status s = exec(query, sql); !s || !query.next())
            return Result<qint64>::failure(s ? SqlValue::describe(query) : s.error());
        total += query.value(0).toLongLong();
    }
    return total;
}

QString sheetName(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Customers: return ArchiveExporter::tr("Customers");
    case ImportTarget::Orders: return ArchiveExporter::tr("Orders");
    case ImportTarget::Interactions: return ArchiveExporter::tr("Follow-ups");
    }
    return {};
}

// Columns of `target` to mask for this user: all sensitive ones unless the user sees sensitive fields of
// every customer they may export (true of every role today: their ViewSensitive scope covers their Export
// scope; kept so that a change of the table can never leak unmasked data into files).
QList<int> sensitiveColumns(ImportTarget target, const AccessPolicy& policy)
{
    const CustomerScope exported = policy.scope(Permission::Export);
    const CustomerScope visible = policy.scope(Permission::ViewSensitive);
    const bool covered = visible == CustomerScope::All || visible == exported ||
                         (visible == CustomerScope::OwnAndPool &&
                          (exported == CustomerScope::Own || exported == CustomerScope::Pool));
    QList<int> columns;
    if (covered)
        return columns;
    const QList<ImportField>& fields = ImportFields::forTarget(target);
    for (int i = 0; i < fields.size(); ++i) {
        const QString& key = fields.at(i).key;
        if (fields.at(i).type == Type::Amount || key == QLatin1String("mobile") || key == QLatin1String("phone") ||
            key == QLatin1String("email") || key == QLatin1String("id_number"))
            columns.append(i);
    }
    return columns;
}

QList<Cell> maskCells(QList<Cell> row, ImportTarget target, const QList<int>& columns)
{
    const QList<ImportField>& fields = ImportFields::forTarget(target);
    for (int i : columns) {
        if (i >= row.size())
            continue;
        const QString& key = fields.at(i).key;
        if (fields.at(i).type == Type::Amount)
            row[i] = Cell::ofText(SensitiveMask::amount());
        else if (key == QLatin1String("email"))
            row[i] = Cell::ofText(SensitiveMask::email(row.at(i).text));
        else if (key == QLatin1String("id_number"))
            row[i] = Cell::ofText(SensitiveMask::idNumber(row.at(i).text));
        else
            row[i] = Cell::ofText(SensitiveMask::phone(row.at(i).text));
    }
    return row;
}

// Replaces `to` with `from` in one step (rename(2) / MoveFileEx), so an existing file is never gone
// before the new one is complete.
bool replaceFile(const QString& from, const QString& to, QString* error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            code);
    if (code && error)
        *error = QString::fromLocal8Bit(code.message());
    return !code;
}
} // namespace

Result<qint64> ArchiveExporter::exportTo(Archive& archive, const QString& path, const ExportOptions& options,
                                         const Progress& progress)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool xlsx = suffix == QLatin1String("xlsx");
    if (!xlsx && suffix != QLatin1String("csv"))
        return Result<qint64>::failure(
            tr("Cannot export to %1: the file name must end in .csv or .xlsx.").arg(QDir::toNativeSeparators(path)),
            ErrorKind::Usage);
    const auto encoding = CsvWriter::encodingFromName(options.csvEncoding);
    if (!xlsx && !encoding)
        return Result<qint64>::failure(
            tr("Unknown CSV encoding %1: use utf-8 or gb18030.").arg(options.csvEncoding), ErrorKind::Usage);

    // Only what the signed-in user may export, masked where they may not see sensitive fields.
    const AccessPolicy policy(archive.database().actingUser());
    if (Status allowed = policy.check(Permission::Export); !allowed)
        return Result<qint64>::failure(allowed.error(), allowed.errorKind());
    const QList<int> masked = sensitiveColumns(options.target, policy);

    QSqlDatabase& db = archive.database().connection();
    const auto listed = archive.customers().listIds(options.filter, CustomerSortKey::Code);
    if (!listed)
        return Result<qint64>::failure(listed.error());
    const auto ids = CustomerOwnership(db).keepAllowed(*listed, policy, Permission::Export);
    if (!ids)
        return Result<qint64>::failure(ids.error());
    const bool everyone = options.filter.isEmpty() && policy.scope(Permission::Export) == CustomerScope::All;

    QStringList headers;
    for (const ImportField& field : ImportFields::forTarget(options.target))
        headers.append(field.header());
    QList<CustomFieldDefinition> customFields;
    if (options.target == ImportTarget::Customers) {
        const auto definitions = archive.customFields().definitions();
        if (!definitions)
            return Result<qint64>::failure(definitions.error());
        customFields = *definitions;
        for (const CustomFieldDefinition& definition : customFields)
            headers.append(definition.name);
    }

    qint64 total = ids->size();
    if (options.target != ImportTarget::Customers) {
        const auto counted = countChildRows(db, options.target, *ids, everyone);
        if (!counted)
            return Result<qint64>::failure(counted.error());
        total = *counted;
    }
    if (xlsx && total > XlsxTableWriter::maxDataRows)
        return Result<qint64>::failure(
            tr("%1 rows do not fit on one Excel sheet (at most 1,048,575). Export to CSV instead.")
                .arg(QLocale().toString(total)),
            ErrorKind::Usage);

    const auto cancelled = [] {
        return Result<qint64>::failure(tr("The export was cancelled; no file was written."), ErrorKind::Cancelled);
    };
    if (progress && !progress(0, total))
        return cancelled();

    qint64 written = 0;
    bool stopped = false;
    std::function<Status(const QList<Cell>&)> writeRow;
    const RowConsumer consume = [&](const QList<Cell>& row) -> Status {
        if (Status s = writeRow(masked.isEmpty() ? row : maskCells(row, options.target, masked)); !s)
            return s;
        if (++written % progressInterval == 0 && progress && !progress(written, total)) {
            stopped = true;
            return Status::failure(QString());
        }
        return {};
    };
    const auto produce = [&] {
        return options.target == ImportTarget::Customers ? customerRows(db, *ids, customFields, consume)
                                                         : childRows(db, options.target, *ids, consume);
    };

    if (!xlsx) {
        // QSaveFile writes beside the target and renames on commit(): the old file stays until then.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Result<qint64>::failure(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        CsvWriter csv(file, *encoding);
        writeRow = [&](const QList<Cell>& row) -> Status {
            QStringList fields;
            fields.reserve(row.size());
            for (const Cell& cell : row)
                fields.append(csvText(cell));
            if (!csv.writeRow(fields))
                return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), csv.errorString()));
            return {};
        };
        Status status = writeRow([&] {
            QList<Cell> header;
            for (const QString& h : headers)
                header.append(Cell::ofText(h));
            return header;
        }());
        if (status)
            status = produce();
        if (stopped) {
            file.cancelWriting();
            return cancelled();
        }
        if (status && !csv.flush())
            status = Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), csv.errorString()));
        if (!status) {
            file.cancelWriting();
            return Result<qint64>::failure(status.error(), status.errorKind());
        }
        if (!file.commit())
            return Result<qint64>::failure(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } else {
        // The package is built under a unique name beside the target and renamed over it once complete.
        QTemporaryFile part(path + QStringLiteral(".XXXXXX.part"));
        if (!part.open())
            return Result<qint64>::failure(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), part.errorString()));
        part.close();
        XlsxTableWriter sheet(part.fileName(), sheetName(options.target));
        writeRow = [&](const QList<Cell>& row) { return sheet.writeRow(row); };
        Status status = sheet.open(headers, total);
        if (status)
            status = produce();
        if (stopped) {
            sheet.discard();
            return cancelled();
        }
        if (status)
            status = sheet.close();
        if (!status) {
            sheet.discard();
            return Result<qint64>::failure(status.error(), status.errorKind());
        }
        // QTemporaryFile made the file private (0600); give it the permissions an ordinary new file (or the
        // file it replaces) has.
        QFile::setPermissions(part.fileName(),
                              QFile::exists(path) ? QFile::permissions(path)
                                                  : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                                                        | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
        QString error;
        if (!replaceFile(part.fileName(), path, &error))
            return Result<qint64>::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        part.setAutoRemove(false); // renamed away: nothing left to remove
    }
    if (progress)
        progress(written, total);
    if (Status s = AuditLog(db).record(AuditActions::exportData, QStringLiteral("archive"), 0,
                                       QFileInfo(path).fileName(),
                                       QStringLiteral("%1: %2 rows").arg(ImportTargets::toKey(options.target)).arg(written));
        !s)
        return Result<qint64>::failure(tr("%1 was written, but the export could not be recorded in the audit log: %2")
                                           .arg(QDir::toNativeSeparators(path), s.error()));
    return written;
}
