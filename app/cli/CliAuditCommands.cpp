// The CliCommands handlers of issue 11's audit part (delete, audit, history, trash), kept beside the dispatch
// table's file so that each helper's commands merge without touching each other's lines.
#include "CliCommands.h"

#include "AuditCommand.h"
#include "TrashCommand.h"

#include <algorithm>

int CliCommands::deleteCustomer(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, 1))
        return BadUsage;
    return runOnArchive(
        parser,
        [&](Archive& archive) {
            return TrashCommand::remove(archive, ownPositionals(parser, 1).value(0), m_out);
        },
        UsageErrors::AreFailures);
}

int CliCommands::audit(const QStringList& args)
{
    QCommandLineParser parser;
    AuditCommand::addAuditOptions(parser);
    if (!parse(parser, args))
        return BadUsage;
    return runOnArchive(parser,
                        [&](Archive& archive) { return AuditCommand::audit(archive, parser, m_out); });
}

int CliCommands::history(const QStringList& args)
{
    QCommandLineParser parser;
    AuditCommand::addHistoryOptions(parser);
    if (!parse(parser, args, 1))
        return BadUsage;
    return runOnArchive(
        parser,
        [&](Archive& archive) {
            return AuditCommand::history(archive, ownPositionals(parser, 1).value(0), parser, m_out);
        },
        UsageErrors::AreFailures);
}

int CliCommands::trash(const QStringList& args)
{
    // "trash DB list" / "trash DB restore CODE" / "trash DB purge CODE": the sub-command follows DB.
    static const QStringList subs = {QStringLiteral("list"), QStringLiteral("restore"), QStringLiteral("purge")};
    const auto found = std::find_if(args.begin() + 1, args.end(), [](const QString& a) { return subs.contains(a); });
    if (found == args.end())
        return usageError(tr("trash needs list, restore CODE or purge CODE."));
    const QString sub = *found;
    const int own = sub == QLatin1String("list") ? 1 : 2;
    QCommandLineParser parser;
    if (!parse(parser, args, own))
        return BadUsage;
    const QStringList positionals = ownPositionals(parser, own);
    if (positionals.value(0) != sub)
        return usageError(tr("trash needs list, restore CODE or purge CODE."));
    return runOnArchive(
        parser,
        [&](Archive& archive) {
            return sub == QLatin1String("list") ? TrashCommand::list(archive, m_out)
                   : sub == QLatin1String("restore")
                       ? TrashCommand::restore(archive, positionals.value(1), m_out)
                       : TrashCommand::purge(archive, positionals.value(1), m_out);
        },
        UsageErrors::AreFailures);
}
