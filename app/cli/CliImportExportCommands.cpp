// dossier-cli import, import-undo and export (also export --segment: a segment's members).
#include "CliCommands.h"

#include "AccessPolicy.h"
#include "ArchiveExporter.h"
#include "BackupManager.h"
#include "ImportUndo.h"
#include "Importer.h"
#include "ReportCommand.h"
#include "SegmentMemberExporter.h"
#include "SegmentReportBuilder.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

// Parses --as; false (with the usage error printed) for an unknown target.
static std::optional<ImportTarget> targetOption(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("as")))
        return ImportTarget::Customers;
    return ImportTargets::fromKey(parser.value(QStringLiteral("as")));
}

int CliCommands::importFile(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("as", tr("What the rows are: customers, orders or interactions."), "TARGET"));
    parser.addOption(valueOption("sheet", tr("Sheet name or 1-based index (XLSX)."), "SHEET"));
    parser.addOption(valueOption("mapping", tr("auto, or a JSON mapping file."), "FILE"));
    parser.addOption(valueOption("encoding", tr("CSV encoding: auto, utf-8, gb18030, utf-16."), "ENCODING"));
    parser.addOption(valueOption("on-existing", tr("Rows whose code exists: update or skip."), "ACTION"));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Check everything, store nothing.")));
    parser.addOption(valueOption("errors", tr("Write rejected rows and warnings to this CSV file."), "OUT.csv"));
    parser.addOption(valueOption("header-row", tr("1-based row of the column headers (default: detected)."), "N"));
    parser.addOption(QCommandLineOption(QStringLiteral("month-first"), tr("Read 03/05/2024 as March 5 (default: 3 May).")));
    parser.addOption(jsonOption());
    if (!parse(parser, args, 1))
        return BadUsage;
    const QString file = ownPositionals(parser, 1).value(0);

    ImportOptions options;
    const auto target = targetOption(parser);
    if (!target)
        return usageError(tr("--as must be customers, orders or interactions."));
    options.target = *target;
    const QString onExisting = parser.value(QStringLiteral("on-existing"));
    if (onExisting == QLatin1String("skip"))
        options.onExisting = ImportOptions::OnExisting::Skip;
    else if (!onExisting.isEmpty() && onExisting != QLatin1String("update"))
        return usageError(tr("--on-existing must be update or skip."));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.fileName = QFileInfo(file).fileName();
    if (parser.isSet(QStringLiteral("month-first")))
        options.dateOrder = ValueCleaner::DateOrder::MonthFirst;
    if (parser.isSet(QStringLiteral("header-row"))) {
        bool ok = false;
        options.headerRow = parser.value(QStringLiteral("header-row")).toLongLong(&ok);
        if (!ok || options.headerRow < 1)
            return usageError(tr("--header-row needs a row number of 1 or more."));
    }
    const QString mappingValue = parser.value(QStringLiteral("mapping"));
    if (!mappingValue.isEmpty() && mappingValue != QLatin1String("auto")) {
        auto mapping = ColumnMapping::fromFile(mappingValue);
        if (!mapping)
            return failure(mapping.error());
        if (parser.isSet(QStringLiteral("as")) && mapping->target != options.target)
            return failure(tr("The mapping file is for %1, not %2.")
                               .arg(ImportTargets::toKey(mapping->target), ImportTargets::toKey(options.target)));
        options.mapping = *mapping;
        options.target = mapping->target;
    }

    TabularOptions tabular;
    if (parser.isSet(QStringLiteral("encoding")))
        tabular.encoding = parser.value(QStringLiteral("encoding"));
    auto source = TabularSource::open(file, tabular);
    if (!source)
        return failure(source.error());
    if (parser.isSet(QStringLiteral("sheet"))) {
        const QString sheet = parser.value(QStringLiteral("sheet"));
        const QStringList names = (*source)->sheetNames();
        bool isNumber = false;
        const int index = sheet.toInt(&isNumber);
        options.sheet = names.indexOf(sheet);
        if (options.sheet < 0 && isNumber && index >= 1 && index <= names.size())
            options.sheet = index - 1;
        if (options.sheet < 0)
            return failure(tr("There is no sheet %1; the file has: %2.").arg(sheet, names.join(QStringLiteral(", "))));
    }

    return runOnArchive(parser, [&](Archive& archive) {
        const bool json = parser.isSet(jsonOption());
        if (const auto backup =
                options.dryRun ? Result<QString>(QString()) : BackupManager::beforeImport(archive.database());
            !backup)
            return Status::failure(backup.error());
        const auto report = Importer(archive).run(**source, options);
        if (!report)
            return Status::failure(report.error());
        if (parser.isSet(QStringLiteral("errors")))
            if (Status s = Importer::writeProblems(*report, parser.value(QStringLiteral("errors"))); !s)
                return Status::failure(s.error());
        if (!json) {
            // Rejected rows are listed, warnings only counted: --errors has them all.
            for (const ImportProblem& p : report->problems)
                if (p.severity == ImportProblem::Severity::Rejected)
                    m_err << tr("row %1, %2 \"%3\": %4").arg(p.row).arg(p.column, p.value, p.reason) << '\n';
            m_err.flush();
        }
        const QString summary = tr("%1 rows: %2 imported, %3 updated, %4 skipped, %5 rejected%6")
                                    .arg(report->rows)
                                    .arg(report->imported)
                                    .arg(report->updated)
                                    .arg(report->skipped)
                                    .arg(report->rejected)
                                    .arg(options.dryRun ? tr(" (dry run: nothing stored)")
                                                        : tr("; undo with: dossier-cli import-undo %1 %2")
                                                              .arg(archive.path())
                                                              .arg(report->batch));
        if (json) {
            m_err << summary << Qt::endl;
            const QJsonObject object{{QStringLiteral("rows"), report->rows},
                                     {QStringLiteral("imported"), report->imported},
                                     {QStringLiteral("updated"), report->updated},
                                     {QStringLiteral("skipped"), report->skipped},
                                     {QStringLiteral("rejected"), report->rejected},
                                     {QStringLiteral("batch"), report->batch}};
            m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            m_out << summary << Qt::endl;
        }
        return Status();
    });
}

int CliCommands::importUndo(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, 1))
        return BadUsage;
    bool ok = false;
    const qint64 batch = ownPositionals(parser, 1).value(0).toLongLong(&ok);
    if (!ok || batch <= 0)
        return usageError(tr("BATCH must be the number an import printed."));
    return runOnArchive(parser, [&](Archive& archive) {
        const auto undone = ImportUndo::undo(archive, batch);
        if (!undone)
            return Status::failure(undone.error());
        m_out << tr("Import %1 (%2) undone: %3 records removed, %4 restored.")
                     .arg(batch)
                     .arg(undone->fileName)
                     .arg(undone->imported)
                     .arg(undone->updated)
              << Qt::endl;
        return Status();
    });
}

int CliCommands::exportFile(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("out", tr("The file to write: .csv or .xlsx."), "FILE"));
    parser.addOption(valueOption("as", tr("What to export: customers, orders or interactions."), "TARGET"));
    parser.addOption(valueOption("query", tr("Only customers matching this quick search."), "Q"));
    parser.addOption(valueOption("encoding", tr("CSV encoding: utf-8 (default, for Excel) or gb18030."), "ENCODING"));
    parser.addOption(valueOption("segment", tr("Export the members of this segment (name or key) instead."), "NAME"));
    parser.addOption(valueOption("model", tr("With --segment: rfm5 (default), rfm8 or abc."), "MODEL"));
    parser.addOption(valueOption("as-of", tr("With --segment: segment as of this date (default today)."), "YYYY-MM-DD"));
    if (!parse(parser, args))
        return BadUsage;
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(tr("export needs --out FILE.csv or --out FILE.xlsx."));
    if (parser.isSet(QStringLiteral("segment")))
        return exportSegment(parser);
    if (parser.isSet(QStringLiteral("model")) || parser.isSet(QStringLiteral("as-of")))
        return usageError(tr("--model and --as-of only go with --segment."));
    const auto target = targetOption(parser);
    if (!target)
        return usageError(tr("--as must be customers, orders or interactions."));
    ExportOptions options;
    options.target = *target;
    options.filter.quickSearch = parser.value(QStringLiteral("query"));
    if (parser.isSet(QStringLiteral("encoding")))
        options.csvEncoding = parser.value(QStringLiteral("encoding"));
    return runOnArchive(parser, [&](Archive& archive) {
        const QString out = parser.value(QStringLiteral("out"));
        const auto written = ArchiveExporter::exportTo(archive, out, options);
        if (!written)
            return Status::failure(written.error());
        m_out << tr("Exported %1 rows to %2").arg(*written).arg(out) << Qt::endl;
        return Status();
    });
}

int CliCommands::exportSegment(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("as")) && parser.value(QStringLiteral("as")) != QLatin1String("customers"))
        return usageError(tr("--segment exports customers; it cannot be combined with --as %1.")
                              .arg(parser.value(QStringLiteral("as"))));
    SegmentReportBuilder::Options options;
    const auto asOf = ReportCommand::asOf(parser);
    if (!asOf)
        return usageError(asOf.error());
    const auto model = ReportCommand::model(parser);
    if (!model)
        return usageError(model.error());
    options.asOf = *asOf;
    options.model = *model;
    options.segment = parser.value(QStringLiteral("segment"));
    options.filter.quickSearch = parser.value(QStringLiteral("query"));
    options.printedBy = ReportCommand::osUser();
    if (!SegmentReportBuilder::findSegment(options.model, options.segment)) {
        QStringList known;
        for (const SegmentName& name : SegmentReportBuilder::segmentNames(options.model))
            known.append(SegmentReportBuilder::segmentText(options.model, name));
        return usageError(tr("The model %1 has no segment '%2'. Its segments: %3.")
                              .arg(SegmentReportBuilder::modelKey(options.model), options.segment,
                                   known.join(QStringLiteral(", "))));
    }
    return runOnArchive(parser, [&](Archive& archive) {
        // Segments cover the whole team's customers: a report right, beyond exporting one's own.
        if (Status allowed = AccessPolicy(archive.database().actingUser()).check(Permission::ViewReports);
            !allowed)
            return Status::failure(allowed.error());
        const auto report = SegmentReportBuilder::build(archive, options);
        if (!report)
            return Status::failure(report.error());
        const QString out = parser.value(QStringLiteral("out"));
        const auto written = SegmentMemberExporter::exportTo(*report, out,
                                                             parser.isSet(QStringLiteral("encoding"))
                                                                 ? parser.value(QStringLiteral("encoding"))
                                                                 : QStringLiteral("utf-8"));
        if (!written)
            return Status::failure(written.error(), written.errorKind());
        m_out << tr("Exported %1 rows to %2").arg(*written).arg(out) << Qt::endl;
        return Status();
    });
}
