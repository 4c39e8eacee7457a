#include "Importer.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "AuditLog.h"
#include "CsvWriter.h"
#include "ImportBatchRepository.h"
#include "ImportDuplicateNotes.h"
#include "ImportField.h"
#include "ImportPipeline.h"
#include "ImportRecordWriter.h"
#include "ImportRowConverter.h"
#include "IndexDeferral.h"
#include "LargeCacheScope.h"
#include "PhaseTrace.h"
#include "Transaction.h"

#include <QFileInfo>
#include <algorithm>
#include <optional>
#include <QSaveFile>

namespace {
constexpr int headerSearchRows = 30;
constexpr int maxWarnings = 100000; // rejected rows are always all reported; warnings beyond this are counted

const QString customPrefix = QStringLiteral("custom:");

QStringList customFieldNames(Archive& archive, QList<CustomFieldDefinition>* definitions)
{
    QStringList names;
    if (auto defs = archive.customFields().definitions()) {
        *definitions = *defs;
        for (const CustomFieldDefinition& d : *defs)
            names << d.name;
    }
    return names;
}

// The sheet's header row and the rows already read after it.
struct Header {
    qint64 row = 0;
    QStringList headers;
    QList<SourceRow> pending;
};

// The header is the given row, or the row among the first ones whose cells name the most fields
// (sheets often start with a title, a date or blank lines above the real header).
Result<Header> findHeader(TabularSource& source, const ImportOptions& options, const ColumnMapping& mapping,
                          const QStringList& customNames)
{
    QList<SourceRow> rows;
    while (rows.size() < headerSearchRows) {
        auto row = source.nextRow();
        if (!row)
            break;
        rows.append(std::move(*row));
        if (options.headerRow > 0 && rows.last().number >= options.headerRow)
            break;
    }
    if (!source.error().isEmpty())
        return Result<Header>::failure(source.error());
    if (rows.isEmpty())
        return Result<Header>::failure(Importer::tr("The sheet is empty."));

    int best = -1;
    if (options.headerRow > 0) {
        for (int i = 0; i < rows.size() && best < 0; ++i)
            if (rows[i].number == options.headerRow)
                best = i;
        if (best < 0)
            return Result<Header>::failure(Importer::tr("Row %1 is empty or beyond the end of the sheet.").arg(options.headerRow));
    } else if (!mapping.isEmpty()) {
        for (int i = 0; i < rows.size() && best < 0; ++i)
            if (mapping.resolve(rows[i].cells, customNames))
                best = i;
        if (best < 0) // report why the first row does not fit
            return Result<Header>::failure(mapping.resolve(rows.first().cells, customNames).error());
    } else {
        int bestCount = 0;
        for (int i = 0; i < rows.size(); ++i)
            if (const int count = ColumnMapping::matchCount(options.target, rows[i].cells, customNames); count > bestCount) {
                best = i;
                bestCount = count;
            }
        if (best < 0)
            return Result<Header>::failure(
                Importer::tr("No column header of the file names a known field. Map the columns by hand (a mapping file "
                             "with --mapping, or the mapping page of the import wizard)."));
    }
    Header header;
    header.row = rows[best].number;
    header.headers = rows[best].cells;
    header.pending = rows.mid(best + 1);
    return header;
}

QStringList missingRequiredFields(ImportTarget target, const QMap<QString, QList<int>>& columns)
{
    QStringList missing;
    auto need = [&](const QString& key) {
        if (!columns.contains(key))
            missing << ImportFields::find(target, key)->header();
    };
    switch (target) {
    case ImportTarget::Customers:
        if (!columns.contains(QStringLiteral("name")) && !columns.contains(QStringLiteral("family_name")) &&
            !columns.contains(QStringLiteral("given_name")))
            need(QStringLiteral("name"));
        break;
    case ImportTarget::Orders:
        for (const char* key : {"order_no", "customer_code", "date", "amount"})
            need(QString::fromLatin1(key));
        break;
    case ImportTarget::Interactions:
        for (const char* key : {"customer_code", "date"})
            need(QString::fromLatin1(key));
        break;
    }
    return missing;
}

// Reads the rows after the header: first those read while looking for it, then the rest of the sheet.
class RowStream {
public:
    RowStream(TabularSource& source, QList<SourceRow> pending) : m_source(source), m_pending(std::move(pending)) {}
    std::optional<SourceRow> next()
    {
        if (m_index < m_pending.size())
            return std::move(m_pending[m_index++]);
        return m_source.nextRow();
    }

private:
    TabularSource& m_source;
    QList<SourceRow> m_pending;
    qsizetype m_index = 0;
};

// Everything preview and run share: the sheet, its header, the mapping and the converter.
struct Prepared {
    Header header;
    ColumnMapping mapping;
    std::unique_ptr<ImportRowConverter> converter;
};

Result<Prepared> prepare(Archive& archive, TabularSource& source, const ImportOptions& options)
{
    if (Status s = source.selectSheet(options.sheet); !s)
        return Result<Prepared>::failure(s.error());
    QList<CustomFieldDefinition> definitions;
    const QStringList customNames = customFieldNames(archive, &definitions);
    ColumnMapping mapping = options.mapping;
    mapping.target = options.target;
    auto header = findHeader(source, options, mapping, customNames);
    if (!header)
        return Result<Prepared>::failure(header.error());
    if (mapping.isEmpty())
        mapping = ColumnMapping::automatic(options.target, header->headers, customNames);
    const auto columns = mapping.resolve(header->headers, customNames);
    if (!columns)
        return Result<Prepared>::failure(columns.error());
    if (const QStringList missing = missingRequiredFields(options.target, *columns); !missing.isEmpty())
        return Result<Prepared>::failure(Importer::tr("No column is mapped to %1, which every row needs.")
                                             .arg(missing.join(QStringLiteral(", "))));
    Prepared prepared;
    prepared.converter = std::make_unique<ImportRowConverter>(options.target, header->headers, *columns, definitions,
                                                              options.dateOrder);
    prepared.header = std::move(*header);
    prepared.mapping = mapping;
    return prepared;
}

// The tables a bulk load of the target writes, the one it adds rows to first.
QStringList tablesOf(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Customers:
        return {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("customer_tags")};
    case ImportTarget::Orders: return {QStringLiteral("orders")};
    case ImportTarget::Interactions: return {QStringLiteral("interactions")};
    }
    return {};
}

// Rows written before the size of the file is judged: enough for the reading position to tell.

bool hasRejection(const QList<ImportProblem>& problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const ImportProblem& p) { return p.severity == ImportProblem::Severity::Rejected; });
}
} // namespace

Result<ImportPreview> Importer::preview(TabularSource& source, const ImportOptions& options, int rowCount)
{
    auto prepared = prepare(m_archive, source, options);
    if (!prepared)
        return Result<ImportPreview>::failure(prepared.error());
    ImportPreview preview;
    preview.headerRow = prepared->header.row;
    preview.headers = prepared->header.headers;
    preview.mapping = prepared->mapping;
    RowStream rows(source, prepared->header.pending);
    while (preview.rows.size() < rowCount) {
        auto row = rows.next();
        if (!row)
            break;
        preview.problems += prepared->converter->convert(*row).problems;
        preview.rows.append(std::move(*row));
    }
    if (!source.error().isEmpty())
        return Result<ImportPreview>::failure(source.error());
    return preview;
}

Result<ImportReport> Importer::run(TabularSource& source, const ImportOptions& options, const Progress& progress)
{
    if (Status allowed = AccessPolicy(m_archive.database().actingUser()).check(Permission::Import); !allowed)
        return Result<ImportReport>::failure(allowed.error(), allowed.errorKind());
    auto prepared = prepare(m_archive, source, options);
    if (!prepared)
        return Result<ImportReport>::failure(prepared.error());

    const PhaseTrace trace("import", "DOSSIER_IMPORT_TRACE");
    QSqlDatabase& db = m_archive.database().connection();
    LargeCacheScope cache(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Result<ImportReport>::failure(tr("The archive is busy or read-only; nothing was imported."));
    ImportBatchRepository batches(db);
    const auto batch = batches.create(options.fileName, options.target);
    if (!batch)
        return Result<ImportReport>::failure(batch.error());
    ImportRecordWriter writer(m_archive, *batch, options.onExisting);
    if (Status s = writer.prepare(); !s)
        return Result<ImportReport>::failure(s.error());
    IndexDeferral indexes(db, tablesOf(options.target), options.deferIndexesFromRows);
    if (Status s = indexes.prepare(); !s)
        return Result<ImportReport>::failure(s.error());

    auto duplicateCheck = ImportDuplicateNotes::prepare(db, options.target);
    if (!duplicateCheck)
        return Result<ImportReport>::failure(duplicateCheck.error());
    // Optional: both hold per-row memory (a million-row file: about 100 MB) that is given back before the
    // indexes are built, the part of an import that needs the most memory besides.
    std::optional<ImportDuplicateNotes> duplicates(std::move(duplicateCheck).value());

    ImportReport report;
    report.headerRow = prepared->header.row;
    qint64 droppedWarnings = 0;
    RowStream rows(source, prepared->header.pending);
    std::optional<ImportPipeline> pipeline;
    pipeline.emplace([&rows] { return rows.next(); }, source, *prepared->converter);
    for (QList<ConvertedRow> batchRows = pipeline->next(); !batchRows.isEmpty(); batchRows = pipeline->next()) {
        for (ConvertedRow& converted : batchRows) {
            ++report.rows;
            if (progress && report.rows % 256 == 0 && !progress(pipeline->progress(), report.rows))
                return Result<ImportReport>::failure(tr("The import was cancelled; nothing was changed."), ErrorKind::Cancelled);
            QList<ImportProblem>& problems = converted.problems;
            Result<ImportRecordWriter::Outcome> outcome = ImportRecordWriter::Outcome::Skipped;
            if (converted.accepted)
                outcome = std::visit([&writer](const auto& record) { return writer.write(record); }, converted.record);
            if (!outcome && outcome.errorKind() == ErrorKind::NotFound) {
                problems.append({converted.number,
                                 ImportFields::find(options.target, QStringLiteral("customer_code"))->header(), QString(),
                                 outcome.error(), ImportProblem::Severity::Rejected});
            } else if (!outcome) {
                return Result<ImportReport>::failure(
                    tr("Row %1 could not be stored: %2 Nothing was imported.").arg(converted.number).arg(outcome.error()));
            }
            if (hasRejection(problems)) {
                ++report.rejected;
            } else {
                switch (*outcome) {
                case ImportRecordWriter::Outcome::Inserted:
                    ++report.imported;
                    if (const auto* customer = std::get_if<ImportedCustomer>(&converted.record))
                        duplicates->check(converted.number, *customer);
                    break;
                case ImportRecordWriter::Outcome::Updated: ++report.updated; break;
                case ImportRecordWriter::Outcome::Skipped: ++report.skipped; break;
                }
            }
            for (ImportProblem& p : problems) {
                if (p.severity == ImportProblem::Severity::Warning && report.problems.size() >= maxWarnings) {
                    ++droppedWarnings;
                    continue;
                }
                report.problems.append(std::move(p));
            }
        }
        pipeline->recycle(std::move(batchRows));
        if (report.rows >= options.judgeIndexesAfterRows)
            if (Status s = indexes.consider(pipeline->estimatedRows() - report.rows); !s)
                return Result<ImportReport>::failure(s.error());
    }
    if (const QString error = pipeline->readError(); !error.isEmpty())
        return Result<ImportReport>::failure(
            tr("Reading the file failed after row %1: %2 Nothing was imported.").arg(report.rows).arg(error));
    pipeline.reset();
    trace.phase("rows");
    const auto likelySame = duplicates->problems(db);
    duplicates.reset();
    if (!likelySame)
        return Result<ImportReport>::failure(likelySame.error());
    if (!likelySame->isEmpty()) { // merged into the row order the report promises
        for (const ImportProblem& p : *likelySame)
            if (report.problems.size() < maxWarnings)
                report.problems.append(p);
            else
                ++droppedWarnings;
        std::stable_sort(report.problems.begin(), report.problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
    }
    if (droppedWarnings > 0)
        report.problems.append({0, QString(), QString(),
                                tr("%1 more values were flagged; only the first %2 warnings are listed.")
                                    .arg(droppedWarnings)
                                    .arg(maxWarnings),
                                ImportProblem::Severity::Warning});
    if (!options.dryRun) { // a dry run's rollback brings the dropped indexes back and drops what it wrote
        // The file is done; Cancel still works between two indexes.
        const auto carryOn = [&] { return !progress || progress(1.0, report.rows); };
        const auto failed = [](const Status& s) {
            return s.errorKind() == ErrorKind::Cancelled
                       ? Result<ImportReport>::failure(tr("The import was cancelled; nothing was changed."), ErrorKind::Cancelled)
                       : Result<ImportReport>::failure(s.error());
        };
        // The deferred indexes are built while the search index merges on its own threads (1,000,000 rows:
        // 10-15 s each), or before the new customers are read one by one for it: that reads their
        // contacts through contacts(customer_id), one of the deferred indexes.
        if (Status s = writer.finish(carryOn, [&] { return indexes.restore(carryOn); }); !s)
            return failed(s);
        trace.phase("indexes and search");
    }
    if (Status s = batches.finish(*batch, report); !s)
        return Result<ImportReport>::failure(s.error());
    // One audit row per batch (the inserted records are listed by the batch itself; updates have field rows).
    if (Status s = AuditLog(db).record(AuditActions::import, QStringLiteral("import"), *batch, options.fileName,
                                       QStringLiteral("%1: %2 imported, %3 updated, %4 skipped, %5 rejected")
                                           .arg(ImportTargets::toKey(options.target))
                                           .arg(report.imported)
                                           .arg(report.updated)
                                           .arg(report.skipped)
                                           .arg(report.rejected));
        !s)
        return Result<ImportReport>::failure(s.error());
    if (progress && !progress(1.0, report.rows))
        return Result<ImportReport>::failure(tr("The import was cancelled; nothing was changed."), ErrorKind::Cancelled);
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
    if (!transaction.commit())
        return Result<ImportReport>::failure(tr("The archive refused the import; nothing was imported."));
    trace.phase("committed");
    report.batch = *batch;
    return report;
}

Status Importer::writeProblems(const ImportReport& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    bool ok = csv.writeRow({QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("reason"),
                            QStringLiteral("severity")});
    for (const ImportProblem& p : report.problems)
        ok = ok && csv.writeRow({QString::number(p.row), p.column, p.value, p.reason,
                                 p.severity == ImportProblem::Severity::Rejected ? QStringLiteral("rejected")
                                                                                 : QStringLiteral("warning")});
    if (!ok || !csv.flush() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, csv.errorString().isEmpty() ? file.errorString() : csv.errorString()));
    return {};
}
