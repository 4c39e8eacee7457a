// dossier-cli due and task add/done: follow-up reminders, the CliCommands side of DueCommand and TaskCommand.
#include "CliCommands.h"

#include "AccessPolicy.h"
#include "DueCommand.h"
#include "TaskCommand.h"

int CliCommands::due(const QStringList& args)
{
    QCommandLineParser parser;
    DueCommand::addOptions(parser);
    if (!parse(parser, args))
        return BadUsage;
    auto options = DueCommand::options(parser);
    if (!options)
        return usageError(options.error());
    return runOnArchive(
        parser,
        [&](Archive& archive) {
            // A user who sees only their own customers sees only their own due list.
            if (AccessPolicy(archive.database().actingUser()).scope(Permission::View) != CustomerScope::All)
                (*options).user = archive.database().actingUser().login;
            return DueCommand::run(archive, *options, m_out);
        },
        UsageErrors::AreFailures);
}

int CliCommands::task(const QStringList& args)
{
    // "task add ..." / "task done ...": the sub-command takes the place of the command name.
    const QString sub = args.value(1);
    const bool adding = sub == QLatin1String("add");
    if (!adding && sub != QLatin1String("done"))
        return usageError(sub.isEmpty() ? tr("task needs add or done.") : tr("Unknown task command: %1").arg(sub));
    QCommandLineParser parser;
    if (adding)
        TaskCommand::addAddOptions(parser);
    else
        TaskCommand::addDoneOptions(parser);
    if (!parse(parser, args.mid(1), 1))
        return BadUsage;
    if (adding && (!parser.isSet(QStringLiteral("title")) || !parser.isSet(QStringLiteral("due"))))
        return usageError(tr("task add needs --title and --due."));
    const QString own = ownPositionals(parser, 1).value(0);
    return runOnArchive(parser, [&](Archive& archive) {
        return adding ? TaskCommand::add(archive, parser, own, m_out)
                      : TaskCommand::done(archive, parser, own, m_out);
    });
}
