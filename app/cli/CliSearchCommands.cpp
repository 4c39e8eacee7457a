// dossier-cli search, reindex, dedupe, merge and unmerge: finding customers and their duplicates, the
// CliCommands side of SearchCommand, DedupeCommand and MergeCommand.
#include "CliCommands.h"

#include "DedupeCommand.h"
#include "MergeCommand.h"
#include "SearchCommand.h"

#include <algorithm>

int CliCommands::search(const QStringList& args)
{
    QCommandLineParser parser;
    SearchCommand::addOptions(parser);
    if (!parse(parser, args, 1))
        return BadUsage;
    return runOnArchive(parser, [&](Archive& archive) {
        return SearchCommand::search(archive, ownPositionals(parser, 1).value(0), parser, m_out);
    });
}

int CliCommands::reindex(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args))
        return BadUsage;
    return runOnArchive(
        parser, [&](Archive& archive) { return SearchCommand::reindex(archive, m_out); },
        UsageErrors::AreFailures);
}

int CliCommands::dedupe(const QStringList& args)
{
    QCommandLineParser parser;
    DedupeCommand::addOptions(parser);
    if (!parse(parser, args))
        return BadUsage;
    return runOnArchive(parser, [&](Archive& archive) { return DedupeCommand::run(archive, parser, m_out); });
}

int CliCommands::merge(const QStringList& args)
{
    // Codes after the first --from value are positionals: count them as this command's own.
    QCommandLineParser probe;
    MergeCommand::addMergeOptions(probe);
    probe.addOption(dbOption());
    probe.parse(args);
    const int codes = std::max(0, int(probe.positionalArguments().size()) - (probe.isSet(dbOption()) ? 0 : 1));
    QCommandLineParser parser;
    MergeCommand::addMergeOptions(parser);
    if (!parse(parser, args, codes))
        return BadUsage;
    return runOnArchive(parser, [&](Archive& archive) {
        return MergeCommand::merge(archive, parser, ownPositionals(parser, codes), m_out, m_err);
    });
}

int CliCommands::unmerge(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, 1))
        return BadUsage;
    return runOnArchive(parser, [&](Archive& archive) {
        return MergeCommand::unmerge(archive, ownPositionals(parser, 1).value(0), m_out);
    });
}
