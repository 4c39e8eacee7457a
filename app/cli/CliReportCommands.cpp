// dossier-cli report, segment and quality: the CliCommands side (parsing, archive, exit status) of
// ReportCommand, SegmentCommand and QualityCommand.
#include "CliCommands.h"

#include "QualityCommand.h"
#include "ReportCommand.h"
#include "SegmentCommand.h"

int CliCommands::report(const QStringList& args)
{
    QCommandLineParser parser;
    ReportCommand::addOptions(parser);
    if (!parse(parser, args))
        return BadUsage;
    const auto options = ReportCommand::options(parser);
    if (!options)
        return usageError(options.error());
    return runOnArchive(
        parser, [&](Archive& archive) { return ReportCommand::run(archive, *options, m_out); },
        UsageErrors::AreFailures);
}

int CliCommands::segment(const QStringList& args)
{
    QCommandLineParser parser;
    SegmentCommand::addOptions(parser);
    if (!parse(parser, args))
        return BadUsage;
    const auto options = SegmentCommand::options(parser);
    if (!options)
        return usageError(options.error());
    return runOnArchive(
        parser, [&](Archive& archive) { return SegmentCommand::run(archive, *options, m_out); },
        UsageErrors::AreFailures);
}

int CliCommands::quality(const QStringList& args)
{
    QCommandLineParser parser;
    QualityCommand::addOptions(parser);
    if (!parse(parser, args))
        return BadUsage;
    const auto options = QualityCommand::options(parser);
    if (!options)
        return usageError(options.error());
    return runOnArchive(parser,
                        [&](Archive& archive) { return QualityCommand::run(archive, *options, m_out); });
}
