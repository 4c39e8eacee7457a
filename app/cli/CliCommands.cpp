#include "CliCommands.h"

#include "AccessPolicy.h"
#include "AccountRepository.h"
#include "Authenticator.h"
#include "PasswordPrompt.h"

#include <QFileInfo>
#include <QHash>
#include <optional>

namespace {
// Takes every command's --user NAME (or --user=NAME) out of `args`: it says who signs in. `due`, `task add` and
// `pool claim` keep it too, as before accounts: their own --user (whose due list, whom to assign, who claims) is
// then the signed-in user.
QString takeSignInUser(QStringList& args)
{
    const bool ownOption = args.value(0) == u"due" || (args.value(0) == u"task" && args.value(1) == u"add") ||
                           args.value(0) == u"pool";
    QString login;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        int taken = 0;
        if ((a == u"--user" || a == u"-user") && i + 1 < args.size()) {
            login = args.at(i + 1);
            taken = 2;
        } else if (a.startsWith(QLatin1String("--user="))) {
            login = a.mid(7);
            taken = 1;
        }
        if (taken > 0 && !ownOption) {
            args.remove(i, taken);
            --i;
        } else if (taken > 0) {
            i += taken - 1;
        }
    }
    return login.trimmed();
}

// What a role must be allowed to run a command (customer-level rules are checked again where they apply).
// Commands not listed decide for themselves in core (user, and the commands of the other parts of issue 11).
std::optional<Permission> commandPermission(const QString& command)
{
    static const QHash<QString, Permission> permissions = {
        {QStringLiteral("demo"), Permission::Import},         {QStringLiteral("add"), Permission::Create},
        {QStringLiteral("list"), Permission::View},           {QStringLiteral("update"), Permission::Edit},
        {QStringLiteral("show"), Permission::View},           {QStringLiteral("stats"), Permission::View},
        {QStringLiteral("import"), Permission::Import},       {QStringLiteral("import-undo"), Permission::Import},
        {QStringLiteral("export"), Permission::Export},       {QStringLiteral("segment"), Permission::ViewReports},
        {QStringLiteral("due"), Permission::View},            {QStringLiteral("task"), Permission::Edit},
        {QStringLiteral("quality"), Permission::ViewReports}, {QStringLiteral("report"), Permission::ViewReports},
        {QStringLiteral("search"), Permission::View},         {QStringLiteral("reindex"), Permission::View},
    };
    const auto it = permissions.constFind(command);
    return it == permissions.constEnd() ? std::nullopt : std::optional<Permission>(*it);
}
} // namespace

CliCommands::CliCommands() : m_out(stdout), m_err(stderr) {}

int CliCommands::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    QStringList args = arguments.mid(1);
    m_command = command;
    m_signInLogin = takeSignInUser(args);
    if (command == QStringLiteral("--version") || command == QStringLiteral("-v")) {
        m_out << QCoreApplication::applicationName() << "-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        printUsage();
        return Ok;
    }
    using Command = int (CliCommands::*)(const QStringList&);
    static const QHash<QString, Command> commands = {
        {QStringLiteral("init"), &CliCommands::init},     {QStringLiteral("demo"), &CliCommands::demo},
        {QStringLiteral("add"), &CliCommands::add},       {QStringLiteral("list"), &CliCommands::list},
        {QStringLiteral("update"), &CliCommands::update}, {QStringLiteral("show"), &CliCommands::show},
        {QStringLiteral("stats"), &CliCommands::stats},
        {QStringLiteral("import"), &CliCommands::importFile}, {QStringLiteral("import-undo"), &CliCommands::importUndo},
        {QStringLiteral("export"), &CliCommands::exportFile}, {QStringLiteral("segment"), &CliCommands::segment},
        {QStringLiteral("due"), &CliCommands::due},       {QStringLiteral("task"), &CliCommands::task},
        {QStringLiteral("quality"), &CliCommands::quality},
        {QStringLiteral("report"), &CliCommands::report},
        {QStringLiteral("search"), &CliCommands::search}, {QStringLiteral("reindex"), &CliCommands::reindex},
        {QStringLiteral("delete"), &CliCommands::deleteCustomer}, {QStringLiteral("audit"), &CliCommands::audit},
        {QStringLiteral("history"), &CliCommands::history}, {QStringLiteral("trash"), &CliCommands::trash},
        {QStringLiteral("dedupe"), &CliCommands::dedupe},
        {QStringLiteral("merge"), &CliCommands::merge},   {QStringLiteral("unmerge"), &CliCommands::unmerge},
        {QStringLiteral("backup"), &CliCommands::backup}, {QStringLiteral("restore"), &CliCommands::restore},
        {QStringLiteral("check"), &CliCommands::check},   {QStringLiteral("handover"), &CliCommands::handover},
        {QStringLiteral("pool"), &CliCommands::pool},
        {QStringLiteral("user"), &CliCommands::user},
    };
    if (const Command handler = commands.value(command))
        return (this->*handler)(args);
    return usageError(command.isEmpty() ? tr("No command given.") : tr("Unknown command: %1").arg(command));
}

void CliCommands::printUsage()
{
    m_out << tr("Usage: dossier-cli COMMAND [DB] [options]\n"
                "  --version\n"
                "  init DB\n"
                "  demo DB [--customers N] [--seed S]\n"
                "  add DB --name NAME [--code C] [--phone P] [--email E] [--company C] [--stage S] [--owner U]\n"
                "         [--no-duplicate-check]   (likely duplicates are warned about on stderr; added anyway)\n"
                "  list DB [--query Q] [--limit N] [--json]\n"
                "  update DB CODE [--name N] [--phone P] [--email E] [--company C] [--stage S] [--owner U] [--notes T]\n"
                "         [--expect-version N]   (exit status 3: changed by someone else, nothing saved)\n"
                "  show DB CODE [--json]\n"
                "  stats DB [--json]\n"
                "  import DB FILE [--as customers|orders|interactions] [--sheet NAME|INDEX] [--mapping auto|FILE.json]\n"
                "         [--encoding auto|utf-8|gb18030|utf-16] [--on-existing update|skip] [--dry-run] [--errors OUT.csv] [--json]\n"
                "  import-undo DB BATCH\n"
                "  export DB --out FILE.csv|FILE.xlsx [--as customers|orders|interactions] [--query Q]\n"
                "  segment DB [--as-of YYYY-MM-DD] [--model rfm5|rfm8|abc] [--out FILE.csv] [--json] [--snapshot]\n"
                "  due DB [--user NAME] [--today YYYY-MM-DD] [--json]\n"
                "  task add DB CODE --title T --due YYYY-MM-DD [--user NAME]\n"
                "  task done DB ID [--note TEXT] [--type call|visit|email|wechat|meeting|other] [--by NAME]\n"
                "  quality DB [--json] [--worst N] [--stale-months N] [--company-fields LIST] [--individual-fields LIST] [--save-rules]\n"
                "  search DB QUERY [--limit N] [--json]\n"
                "  reindex DB\n"
                "  delete DB CODE\n"
                "  audit DB [--since YYYY-MM-DD] [--json]\n"
                "  history DB CODE [--json]\n"
                "  trash DB list|restore CODE|purge CODE\n"
                "  dedupe DB [--threshold T] [--pairs OUT.csv] [--json]\n"
                "  merge DB --keep CODE --from CODE [CODE…]\n"
                "  unmerge DB MERGE_ID\n"
                "  backup DB OUT [--keep N]\n"
                "  restore BACKUP DB\n"
                "  check DB\n"
                "  handover DB --from NAME --to NAME|pool [--keep-active]\n"
                "  pool DB list|claim CODE --user NAME|release|settings [--days N] [--cap N] [--today YYYY-MM-DD]\n"
                "  user add DB NAME --role admin|manager|sales|viewer [--name TEXT]   (password: DOSSIER_NEW_PASSWORD or a prompt)\n"
                "  user disable|enable DB NAME    user password DB NAME    user role DB NAME --role ROLE    user list DB [--json]\n"
                "DB may also be given as --db FILE; without it the default archive is used.\n"
                "Every command takes --user NAME: an archive with users needs it (password: DOSSIER_PASSWORD or a prompt).\n");
    m_out << tr("Segment reports and segment member lists:\n"
                "  report DB --out FILE.pdf [--as-of YYYY-MM-DD] [--model rfm5|rfm8|abc]\n"
                "  export DB --out FILE.csv|FILE.xlsx --segment NAME [--model rfm5|rfm8|abc] [--as-of YYYY-MM-DD] [--query Q]\n");
    m_out.flush();
}

int CliCommands::usageError(const QString& message)
{
    m_err << "dossier-cli: " << message << '\n' << tr("Run 'dossier-cli --help' for usage.") << Qt::endl;
    return BadUsage;
}

int CliCommands::failure(const QString& message)
{
    m_err << "dossier-cli: " << message << Qt::endl;
    return Failed;
}

bool CliCommands::parse(QCommandLineParser& parser, const QStringList& args, int extraPositionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dbOption());
    if (!parser.parse(args)) {
        usageError(parser.errorText());
        return false;
    }
    // Positionals: [DB] then the command's own (e.g. CODE). DB may come from --db instead.
    m_ownPositionals = extraPositionals;
    const int dbGiven = parser.isSet(dbOption()) ? 0 : 1;
    const int count = int(parser.positionalArguments().size());
    if (count > dbGiven + extraPositionals || count < extraPositionals) {
        usageError(tr("Wrong number of arguments for %1.").arg(args.value(0)));
        return false;
    }
    return true;
}

QString CliCommands::archivePath(const QCommandLineParser& parser) const
{
    if (parser.isSet(dbOption()))
        return parser.value(dbOption());
    const QStringList positionals = parser.positionalArguments();
    // With --db absent the first positional is DB, unless only the command's own arguments were given.
    return positionals.size() > m_ownPositionals ? positionals.first() : Archive::defaultPath();
}

std::unique_ptr<Archive> CliCommands::openArchive(const QCommandLineParser& parser, Database::OpenMode mode)
{
    const QString path = archivePath(parser);
    if (mode == Database::OpenMode::MustExist && !QFileInfo::exists(path)) {
        failure(tr("There is no archive at %1. Create one with 'dossier-cli init %1'.").arg(path));
        return nullptr;
    }
    auto opened = Archive::open(path, mode);
    if (!opened) {
        failure(opened.error());
        return nullptr;
    }
    if (!signIn(**opened))
        return nullptr;
    return std::move(opened.value());
}

bool CliCommands::signIn(Archive& archive)
{
    const auto accounts = AccountRepository(archive.database().connection()).hasAccounts();
    if (!accounts) {
        failure(accounts.error());
        return false;
    }
    if (!*accounts)
        return true; // a personal archive: nobody signs in, everything is allowed
    if (m_signInLogin.isEmpty()) {
        failure(tr("%1 has users: sign in with --user NAME (the password comes from DOSSIER_PASSWORD or a prompt).")
                    .arg(archive.path()));
        return false;
    }
    bool ok = true;
    const QString password =
        PasswordPrompt::read("DOSSIER_PASSWORD", tr("Password for %1: ").arg(m_signInLogin), false, &ok);
    const auto user = Authenticator(archive.database().connection()).signIn(m_signInLogin, password);
    if (!user) {
        failure(user.error());
        return false;
    }
    archive.database().setActingUser(*user);
    if (const auto needed = commandPermission(m_command))
        if (Status allowed = AccessPolicy(*user).check(*needed); !allowed) {
            failure(allowed.error());
            return false;
        }
    return true;
}

int CliCommands::runOnArchive(const QCommandLineParser& parser, const std::function<Status(Archive&)>& body,
                              UsageErrors usage)
{
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    const Status s = body(*archive);
    if (s)
        return Ok;
    return usage == UsageErrors::AreBadUsage && s.errorKind() == ErrorKind::Usage ? usageError(s.error())
                                                                                 : failure(s.error());
}

QCommandLineOption CliCommands::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QStringLiteral("Archive file."), QStringLiteral("FILE"));
}

QCommandLineOption CliCommands::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
}

QCommandLineOption CliCommands::valueOption(const char* name, const QString& description,
                                            const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

QStringList CliCommands::ownPositionals(const QCommandLineParser& parser, int expected)
{
    const QStringList all = parser.positionalArguments();
    return all.mid(int(all.size()) - expected);
}
