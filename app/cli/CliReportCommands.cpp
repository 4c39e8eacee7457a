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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    if (Status s = ReportCommand::run(*archive, *options, m_out); !s)
        return failure(s.error());
    return Ok;
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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    if (Status s = SegmentCommand::run(*archive, *options, m_out); !s)
        return failure(s.error());
    return Ok;
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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    if (Status s = QualityCommand::run(*archive, *options, m_out); !s)
        return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
    return Ok;
}
