// dossier-cli commands for an archive a team shares: backup, restore, check, handover, pool and user. They
// are CliCommands members (defined here, dispatched from CliCommands.cpp) so they share its parsing and exit
// codes.
#include "CliCommands.h"

#include "ArchiveCheck.h"
#include "BackupManager.h"
#include "Handover.h"
#include "PublicPool.h"
#include "UserCommand.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Plain positionals for commands whose DB is not the first argument (restore BACKUP DB).
bool parsePlain(QCommandLineParser& parser, const QStringList& args, QString* error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}
} // namespace

int CliCommands::backup(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("keep", tr("How many automatic backups to keep (stored in the archive)."), "N"));
    QString error;
    if (!parsePlain(parser, args, &error))
        return usageError(error);
    const QStringList positionals = parser.positionalArguments();
    const bool keep = parser.isSet(QStringLiteral("keep"));
    if (positionals.size() != 2 && !(keep && positionals.size() == 1))
        return usageError(tr("backup needs the archive and the backup file: backup DB OUT"));
    const QString db = positionals.at(0);
    if (!QFileInfo::exists(db))
        return failure(tr("There is no archive at %1.").arg(db));
    auto opened = Archive::open(db, Database::OpenMode::MustExist);
    if (!opened)
        return failure(opened.error());
    BackupManager backups((*opened)->database());
    if (keep) {
        bool ok = false;
        const int count = parser.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || count < 1)
            return usageError(tr("--keep needs a whole number of 1 or more."));
        if (Status s = backups.setKeepCount(count); !s)
            return failure(s.error());
        m_out << tr("Keeping the newest %1 automatic backups in %2").arg(count).arg(backups.folder()) << Qt::endl;
    }
    if (positionals.size() == 2) {
        const QString out = positionals.at(1);
        if (QFileInfo::exists(out))
            return failure(tr("%1 exists already; choose a new file name for the backup.").arg(out));
        if (Status s = backups.backupTo(out); !s)
            return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
        m_out << tr("Backup written: %1").arg(QFileInfo(out).absoluteFilePath()) << Qt::endl;
    }
    return Ok;
}

int CliCommands::restore(const QStringList& args)
{
    QCommandLineParser parser;
    QString error;
    if (!parsePlain(parser, args, &error))
        return usageError(error);
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() != 2)
        return usageError(tr("restore needs the backup and the archive: restore BACKUP DB"));
    QString keptAs;
    if (Status s = BackupManager::restore(positionals.at(0), positionals.at(1), &keptAs); !s)
        return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
    if (!keptAs.isEmpty())
        m_out << tr("The archive as it was is kept in %1").arg(keptAs) << Qt::endl;
    // Opening upgrades a backup written by an older Dossier, so the file is ready for use.
    auto opened = Archive::open(positionals.at(1), Database::OpenMode::MustExist);
    if (!opened)
        return failure(opened.error());
    m_out << tr("Restored %1 from %2").arg(QFileInfo(positionals.at(1)).absoluteFilePath(), positionals.at(0))
          << Qt::endl;
    return Ok;
}

int CliCommands::check(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args))
        return BadUsage;
    const QString path = archivePath(parser);
    const QStringList problems = ArchiveCheck::run(path);
    if (problems.isEmpty()) {
        m_out << tr("%1: no problems found (integrity, references, format).").arg(path) << Qt::endl;
        return Ok;
    }
    m_out << tr("%1: %n problem(s) found:", "", int(problems.size())).arg(path) << Qt::endl;
    for (const QString& problem : problems)
        m_out << "  " << problem << Qt::endl;
    return Failed;
}

int CliCommands::handover(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("from", tr("The user whose customers and tasks move."), "NAME"));
    parser.addOption(valueOption("to", tr("The user who takes them over, or 'pool'."), "NAME"));
    parser.addOption(QCommandLineOption(QStringLiteral("keep-active"),
                                        tr("Do not disable the user handing over (e.g. a move between teams).")));
    if (!parse(parser, args))
        return BadUsage;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return usageError(tr("handover needs --from NAME and --to NAME (or --to pool)."));
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    const auto departing = parser.isSet(QStringLiteral("keep-active")) ? Handover::Departing::KeepActive
                                                                       : Handover::Departing::Disable;
    return runOnArchive(parser, [&](Archive& archive) {
        const auto outcome = Handover(archive).run(from, to == u"pool" ? QString() : to, departing);
        if (!outcome)
            return Status::failure(outcome.error(), outcome.errorKind());
        const QString target = to == u"pool" ? tr("the public pool") : to;
        m_out << tr("Moved %1 customers, %2 open tasks and %3 planned follow-ups from %4 to %5.")
                     .arg(outcome->customers)
                     .arg(outcome->tasks)
                     .arg(outcome->plannedFollowUps)
                     .arg(from, target)
              << Qt::endl;
        if (outcome->disabled)
            m_out << tr("%1 is disabled and can no longer sign in.").arg(from) << Qt::endl;
        return Status();
    });
}

int CliCommands::pool(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("user", tr("Who claims the customer."), "NAME"));
    parser.addOption(valueOption("days", tr("Days without a follow-up by the owner before a customer returns."), "N"));
    parser.addOption(valueOption("cap", tr("Most customers a rep may own when claiming (0: no cap)."), "N"));
    parser.addOption(valueOption("today", tr("The date to compute with (default: today)."), "YYYY-MM-DD"));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
    QString error;
    if (!parsePlain(parser, args, &error))
        return usageError(error);
    // pool DB ACTION [CODE]
    const QStringList positionals = parser.positionalArguments();
    const QString action = positionals.value(1);
    static const QStringList actions = {QStringLiteral("list"), QStringLiteral("claim"), QStringLiteral("release"),
                                        QStringLiteral("settings")};
    if (positionals.size() < 2 || !actions.contains(action) || positionals.size() != (action == u"claim" ? 3 : 2))
        return usageError(tr("Use: pool DB list|claim CODE --user NAME|release|settings [--days N] [--cap N]"));
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return usageError(tr("--today needs a date as YYYY-MM-DD."));
    }
    if (!QFileInfo::exists(positionals.at(0)))
        return failure(tr("There is no archive at %1.").arg(positionals.at(0)));
    auto opened = Archive::open(positionals.at(0), Database::OpenMode::MustExist);
    if (!opened)
        return failure(opened.error());
    PublicPool pool(**opened);

    if (action == u"list") {
        const auto members = pool.members();
        if (!members)
            return failure(members.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const CustomerListRow& row : *members)
                array.append(QJsonObject{{QStringLiteral("code"), row.code}, {QStringLiteral("name"), row.name},
                                         {QStringLiteral("city"), row.city}});
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            for (const CustomerListRow& row : *members)
                m_out << row.code << '\t' << row.name << '\t' << row.city << Qt::endl;
            m_out << tr("%n customer(s) in the public pool.", "", int(members->size())) << Qt::endl;
        }
        return Ok;
    }
    if (action == u"claim") {
        const auto claimed = pool.claim(positionals.at(2), parser.value(QStringLiteral("user")));
        if (!claimed)
            return claimed.errorKind() == ErrorKind::Usage && !parser.isSet(QStringLiteral("user"))
                       ? usageError(claimed.error())
                       : failure(claimed.error());
        m_out << tr("%1 now belongs to %2 (version %3).").arg(claimed->code, claimed->owner).arg(claimed->version)
              << Qt::endl;
        return Ok;
    }
    if (action == u"release") {
        const auto released = pool.releaseStale(today);
        if (!released)
            return failure(released.error());
        m_out << tr("%n customer(s) returned to the public pool.", "", *released) << Qt::endl;
        return Ok;
    }
    // settings
    auto current = pool.settings();
    if (!current)
        return failure(current.error());
    PublicPool::Settings settings = *current;
    for (const auto& [name, target] : {std::pair{QStringLiteral("days"), &settings.staleDays},
                                       std::pair{QStringLiteral("cap"), &settings.claimCap}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *target = parser.value(name).toInt(&ok);
        if (!ok || *target < 0)
            return usageError(tr("--%1 needs a whole number of 0 or more.").arg(name));
    }
    if (parser.isSet(QStringLiteral("days")) || parser.isSet(QStringLiteral("cap")))
        if (Status s = pool.setSettings(settings); !s)
            return failure(s.error());
    m_out << tr("Customers return to the pool after %1 days without a follow-up by their owner (0: never); "
                "a rep may own at most %2 customers when claiming (0: no cap).")
                 .arg(settings.staleDays)
                 .arg(settings.claimCap)
          << Qt::endl;
    return Ok;
}

int CliCommands::user(const QStringList& args)
{
    // "user add ..." etc.: the sub-command takes the place of the command name.
    const QString sub = args.value(1);
    const int own = UserCommand::positionals(sub);
    if (own < 0)
        return usageError(sub.isEmpty() ? tr("user needs add, disable, enable, list, password or role.")
                                        : tr("Unknown user command: %1").arg(sub));
    QCommandLineParser parser;
    UserCommand::addOptions(parser, sub);
    if (!parse(parser, args.mid(1), own))
        return BadUsage;
    const QString name = own > 0 ? ownPositionals(parser, 1).value(0) : QString();
    return runOnArchive(
        parser, [&](Archive& archive) { return UserCommand::run(archive, sub, name, parser, m_out); });
}
