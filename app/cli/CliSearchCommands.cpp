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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    if (Status s = SearchCommand::search(*archive, ownPositionals(parser, 1).value(0), parser, m_out); !s)
        return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
    return Ok;
}

int CliCommands::reindex(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args))
        return BadUsage;
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    if (Status s = SearchCommand::reindex(*archive, m_out); !s)
        return failure(s.error());
    return Ok;
}

int CliCommands::dedupe(const QStringList& args)
{
    QCommandLineParser parser;
    DedupeCommand::addOptions(parser);
    if (!parse(parser, args))
        return BadUsage;
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    if (Status s = DedupeCommand::run(*archive, parser, m_out); !s)
        return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
    return Ok;
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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    if (Status s = MergeCommand::merge(*archive, parser, ownPositionals(parser, codes), m_out, m_err); !s)
        return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
    return Ok;
}

int CliCommands::unmerge(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, 1))
        return BadUsage;
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    if (Status s = MergeCommand::unmerge(*archive, ownPositionals(parser, 1).value(0), m_out); !s)
        return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
    return Ok;
}
