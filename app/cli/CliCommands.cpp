#include "CliCommands.h"

#include "AccessPolicy.h"
#include "AccountRepository.h"
#include "ArchiveExporter.h"
#include "BackupManager.h"
#include "Authenticator.h"
#include "CustomerJson.h"
#include "CustomerOwnership.h"
#include "ImportUndo.h"
#include "MergeCommand.h"
#include "Importer.h"
#include "CustomerStage.h"
#include "CustomerValidator.h"
#include "DemoGenerator.h"
#include "DuplicateFinder.h"
#include "DueCommand.h"
#include "PasswordPrompt.h"
#include "PhoneNumber.h"
#include "QualityCommand.h"
#include "ReportCommand.h"
#include "DedupeCommand.h"
#include "SearchCommand.h"
#include "SegmentCommand.h"
#include "SegmentMemberExporter.h"
#include "SegmentReportBuilder.h"
#include "SensitiveMask.h"
#include "SensitiveViewLog.h"
#include "TaskCommand.h"
#include "UserCommand.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace {
const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Archive file."), QStringLiteral("FILE"));
const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

QCommandLineOption valueOption(const char* name, const QString& description, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

// The editable fields add and update share: option name -> what it changes.
const QStringList customerFieldOptions = {QStringLiteral("name"),  QStringLiteral("phone"), QStringLiteral("email"),
                                          QStringLiteral("company"), QStringLiteral("stage"), QStringLiteral("owner"),
                                          QStringLiteral("notes")};

void addFieldOptions(QCommandLineParser& parser, bool withCode)
{
    for (const QString& name : customerFieldOptions)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("VALUE")));
    if (withCode)
        parser.addOption(QCommandLineOption(QStringLiteral("code"), QStringLiteral("code"), QStringLiteral("CODE")));
}

// The contact that --phone and --email change: the primary one, created when there is none.
Contact& primaryContact(QList<Contact>& contacts, const QString& customerName)
{
    for (Contact& c : contacts)
        if (c.isPrimary)
            return c;
    if (contacts.isEmpty()) {
        Contact created;
        created.name = customerName;
        contacts.append(created);
    }
    contacts.first().isPrimary = true;
    return contacts.first();
}

QString json(const QJsonDocument& doc) { return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)); }

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
    parser.addOption(dbOption);
    if (!parser.parse(args)) {
        usageError(parser.errorText());
        return false;
    }
    // Positionals: [DB] then the command's own (e.g. CODE). DB may come from --db instead.
    m_ownPositionals = extraPositionals;
    const int dbGiven = parser.isSet(dbOption) ? 0 : 1;
    const int count = int(parser.positionalArguments().size());
    if (count > dbGiven + extraPositionals || count < extraPositionals) {
        usageError(tr("Wrong number of arguments for %1.").arg(args.value(0)));
        return false;
    }
    return true;
}

QString CliCommands::archivePath(const QCommandLineParser& parser) const
{
    if (parser.isSet(dbOption))
        return parser.value(dbOption);
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

// The command's own positionals, after DB when DB was given positionally.
static QStringList ownPositionals(const QCommandLineParser& parser, int expected)
{
    const QStringList all = parser.positionalArguments();
    return all.mid(int(all.size()) - expected);
}

int CliCommands::init(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args))
        return BadUsage;
    auto archive = openArchive(parser, Database::OpenMode::CreateIfMissing);
    if (!archive)
        return Failed;
    m_out << tr("Archive ready: %1").arg(archive->path()) << Qt::endl;
    return Ok;
}

int CliCommands::demo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("customers", tr("Number of customers (default 500)."), "N"));
    parser.addOption(valueOption("seed", tr("Random seed (default 1)."), "S"));
    if (!parse(parser, args))
        return BadUsage;
    DemoGenerator::Options options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("customers")))
        options.customers = parser.value(QStringLiteral("customers")).toLongLong(&ok);
    if (!ok || options.customers < 0)
        return usageError(tr("--customers needs a whole number of 0 or more."));
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed needs a whole number."));

    auto archive = openArchive(parser, Database::OpenMode::CreateIfMissing);
    if (!archive)
        return Failed;
    // Demo data goes only into an empty archive, so it never mixes with real customers.
    if (const qint64 existing = archive->customers().count(); existing > 0)
        return failure(tr("%1 already holds %n customer(s); demo data goes only into an empty archive.", "", int(existing))
                           .arg(archive->path()));
    QElapsedTimer timer;
    timer.start();
    const bool interactive = options.customers >= 20000;
    const auto generated = DemoGenerator::generate(*archive, options, [&](qint64 done, qint64 total) {
        if (interactive && done % 50000 == 0) {
            m_err << tr("%1 / %2 customers").arg(done).arg(total) << '\r';
            m_err.flush();
        }
        return true;
    });
    if (interactive)
        m_err << Qt::endl;
    if (!generated)
        return failure(generated.error());
    m_out << tr("Created %1 customers, %2 contacts, %3 follow-ups and %4 orders in %5 s: %6")
                 .arg(generated->customers)
                 .arg(generated->contacts)
                 .arg(generated->interactions)
                 .arg(generated->orders)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(archive->path())
          << Qt::endl;
    return Ok;
}

// Applies --name/--phone/--email/--company/--stage/--owner/--notes; false (with the message printed) when a
// value cannot be used at all. Questionable but usable values are kept and warned about by the caller.
static bool applyFieldOptions(const QCommandLineParser& parser, Customer& customer, QList<Contact>& contacts,
                              QString* error)
{
    auto given = [&](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)).trimmed(); };
    if (given("name")) {
        if (value("name").isEmpty()) {
            *error = CliCommands::tr("The name cannot be empty.");
            return false;
        }
        customer.name = value("name");
    }
    if (given("stage")) {
        const auto stage = CustomerStages::fromText(value("stage"));
        if (!stage) {
            *error = CliCommands::tr("Unknown stage %1; use lead, customer, active or lost.").arg(value("stage"));
            return false;
        }
        customer.stage = *stage;
    }
    if (given("company"))
        customer.company = value("company");
    if (given("owner"))
        customer.owner = value("owner");
    if (given("notes"))
        customer.notes = parser.value(QStringLiteral("notes"));
    if (given("phone")) {
        Contact& primary = primaryContact(contacts, customer.name);
        const QString phone = value("phone");
        if (PhoneNumber::parse(phone).isMobile())
            primary.mobile = phone;
        else
            primary.phone = phone;
    }
    if (given("email"))
        primaryContact(contacts, customer.name).email = value("email");
    return true;
}

static void warnAboutIssues(QTextStream& err, const Customer& customer, const QList<Contact>& contacts)
{
    FieldIssues issues = CustomerValidator::validateCustomer(customer);
    for (int i = 0; i < contacts.size(); ++i)
        issues += CustomerValidator::validateContact(contacts[i], QStringLiteral("contacts[%1].").arg(i));
    for (const FieldIssue& issue : issues)
        err << CliCommands::tr("warning: %1: %2").arg(issue.field, issue.message) << Qt::endl;
}

// The check on entry (DuplicateFinder::findFor): one warning per likely duplicate. Advice only: the customer
// is added all the same, and a check that cannot run says so without stopping the add.
static void warnAboutDuplicates(QTextStream& err, Archive& archive, const Customer& customer, const Contact& primary)
{
    const auto likely = DuplicateFinder(archive.database().connection()).findFor(customer, primary);
    if (!likely) {
        err << CliCommands::tr("warning: the duplicate check failed: %1").arg(likely.error()) << Qt::endl;
        return;
    }
    for (const DuplicatePair& pair : *likely)
        if (const auto existing = archive.customers().findById(pair.rightId))
            err << CliCommands::tr("warning: likely duplicate of %1 %2 (score %3)")
                       .arg(existing->code, existing->name, QString::number(pair.probability, 'f', 2))
                << Qt::endl;
}

int CliCommands::add(const QStringList& args)
{
    QCommandLineParser parser;
    addFieldOptions(parser, true);
    parser.addOption(QCommandLineOption(QStringLiteral("no-duplicate-check"), tr("Do not look for likely duplicates.")));
    if (!parse(parser, args))
        return BadUsage;
    if (!parser.isSet(QStringLiteral("name")))
        return usageError(tr("add needs --name."));
    Customer customer;
    customer.code = parser.value(QStringLiteral("code")).trimmed();
    QList<Contact> contacts;
    QString error;
    if (!applyFieldOptions(parser, customer, contacts, &error))
        return failure(error);
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    // A signed-in user adds customers for themselves unless --owner says otherwise ("" = the pool).
    if (!parser.isSet(QStringLiteral("owner")) && archive->database().actingUser().isSignedIn())
        customer.owner = archive->database().actingUser().login;
    warnAboutIssues(m_err, customer, contacts);
    if (!parser.isSet(QStringLiteral("no-duplicate-check")))
        warnAboutDuplicates(m_err, *archive, customer, contacts.value(0));
    const auto saved = archive->saveCustomer(customer, contacts);
    if (!saved)
        return failure(saved.error());
    m_out << saved->code << Qt::endl;
    return Ok;
}

int CliCommands::update(const QStringList& args)
{
    QCommandLineParser parser;
    addFieldOptions(parser, false);
    parser.addOption(valueOption("expect-version", tr("Change only if the record is still at this version."), "N"));
    if (!parse(parser, args, 1))
        return BadUsage;
    const QString code = ownPositionals(parser, 1).value(0);
    std::optional<int> expected;
    if (parser.isSet(QStringLiteral("expect-version"))) {
        bool ok = false;
        expected = parser.value(QStringLiteral("expect-version")).toInt(&ok);
        if (!ok || *expected < 1)
            return usageError(tr("--expect-version needs a version number of 1 or more."));
    }
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    auto customer = archive->customers().findByCode(code);
    if (!customer)
        return failure(customer.error());
    // The save itself checks the version again (UPDATE ... WHERE version = N), so a change by another process
    // between this read and the save is refused too.
    const auto conflict = [&](int current) {
        m_out << tr("%1 is at version %2, not %3; nothing was changed.").arg(code).arg(current).arg(*expected)
              << Qt::endl;
        return int(Conflict);
    };
    if (expected && customer->version != *expected)
        return conflict(customer->version);
    auto contacts = archive->contacts().forCustomer(customer->id);
    if (!contacts)
        return failure(contacts.error());
    QString error;
    if (!applyFieldOptions(parser, *customer, *contacts, &error))
        return failure(error);
    warnAboutIssues(m_err, *customer, *contacts);
    const auto saved = archive->saveCustomer(*customer, *contacts);
    if (!saved && saved.errorKind() == ErrorKind::Conflict && expected)
    {
        const auto current = archive->customers().versionOf(customer->id);
        return conflict(current ? *current : 0);
    }
    if (!saved)
        return failure(saved.error());
    m_out << tr("%1 updated (version %2)").arg(saved->code).arg(saved->version) << Qt::endl;
    return Ok;
}

int CliCommands::list(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("query", tr("Quick search: name, code, phone, company."), "Q"));
    parser.addOption(valueOption("limit", tr("At most N customers."), "N"));
    parser.addOption(jsonOption);
    if (!parse(parser, args))
        return BadUsage;
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return usageError(tr("--limit needs a whole number of 0 or more."));
    }
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    CustomerFilter filter;
    filter.quickSearch = parser.value(QStringLiteral("query"));
    const AccessPolicy policy(archive->database().actingUser());
    // Only the user's customers, narrowed in the query so the limit counts what they may see.
    if (!CustomerOwnership::restrict(filter, policy))
        return failure(policy.check(Permission::View).error());
    const auto ids = archive->customers().listIds(filter, CustomerSortKey::Code, Qt::AscendingOrder, limit);
    if (!ids)
        return failure(ids.error());
    QJsonArray array;
    // Rows are fetched in pages so a list of a million customers never sits in memory twice.
    constexpr int page = 5000;
    for (qsizetype start = 0; start < ids->size(); start += page) {
        const auto rows = archive->customers().rows(ids->mid(start, page));
        if (!rows)
            return failure(rows.error());
        for (CustomerListRow row : *rows) {
            if (policy.masksSensitiveFor(row.owner))
                SensitiveMask::maskRow(row);
            if (parser.isSet(jsonOption))
                array.append(CustomerJson::listRow(row));
            else
                m_out << row.code << '\t' << row.name << '\t' << CustomerStages::toKey(row.stage) << '\t' << row.owner
                      << '\t' << row.primaryPhone << '\n';
        }
    }
    if (parser.isSet(jsonOption))
        m_out << json(QJsonDocument(array));
    m_out.flush();
    return Ok;
}

int CliCommands::show(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    if (!parse(parser, args, 1))
        return BadUsage;
    const QString code = ownPositionals(parser, 1).value(0);
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    auto customer = archive->customers().findByCode(code);
    if (!customer)
        return failure(customer.error());
    const AccessPolicy policy(archive->database().actingUser());
    const auto ownerId = CustomerOwnership(archive->database().connection()).ownerOf(customer->id);
    if (!ownerId)
        return failure(ownerId.error());
    if (Status allowed = policy.checkOn(Permission::View, *ownerId, customer->code); !allowed)
        return failure(allowed.error());
    const bool masked = policy.masksSensitiveOf(*ownerId);
    auto contacts = archive->contacts().forCustomer(customer->id);
    const auto interactions = archive->interactions().forCustomer(customer->id, 10);
    const auto totals = archive->orders().totalsForCustomer(customer->id);
    if (!contacts || !interactions || !totals)
        return failure(!contacts ? contacts.error() : !interactions ? interactions.error() : totals.error());
    if (masked) {
        SensitiveMask::maskCustomer(*customer);
        for (Contact& c : *contacts)
            SensitiveMask::maskContact(c);
    } else if (const auto logged = SensitiveViewLog(archive->database().connection())
                                       .record(*customer, *contacts, QStringLiteral("cli show"));
               !logged) {
        m_err << tr("Warning: %1").arg(logged.error()) << Qt::endl;
    }

    QJsonObject object = CustomerJson::customer(*customer);
    QJsonArray contactArray, interactionArray;
    for (const Contact& c : *contacts)
        contactArray.append(CustomerJson::contact(c));
    for (const Interaction& i : *interactions)
        interactionArray.append(CustomerJson::interaction(i));
    object.insert(QStringLiteral("contacts"), contactArray);
    object.insert(QStringLiteral("interactions"), interactionArray);
    QJsonObject orders = CustomerJson::orderTotals(*totals);
    if (masked)
        for (const char* key : {"total_cents", "total"})
            orders.insert(QLatin1String(key), SensitiveMask::amount());
    object.insert(QStringLiteral("orders"), orders);
    if (parser.isSet(jsonOption)) {
        m_out << json(QJsonDocument(object));
    } else {
        m_out << customer->code << "  " << customer->name << "  [" << CustomerStages::displayName(customer->stage)
              << "]\n";
        for (const Contact& c : *contacts)
            m_out << "  " << c.name << "  " << c.title << "  " << c.mobile << "  " << c.phone << "  " << c.email << '\n';
        m_out << tr("  %n order(s), total %1", "", int(totals->count))
                     .arg(masked ? SensitiveMask::amount()
                                 : QString::number(double(totals->amountCents) / 100.0, 'f', 2))
              << '\n';
        for (const Interaction& i : *interactions)
            m_out << "  " << i.happenedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                  << i.author << "  " << i.content << '\n';
    }
    m_out.flush();
    return Ok;
}

int CliCommands::stats(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    if (!parse(parser, args))
        return BadUsage;
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    const auto stats = archive->stats();
    if (!stats)
        return failure(stats.error());
    if (parser.isSet(jsonOption)) {
        const QJsonObject object{{QStringLiteral("customers"), stats->customers},
                                 {QStringLiteral("contacts"), stats->contacts},
                                 {QStringLiteral("interactions"), stats->interactions},
                                 {QStringLiteral("orders"), stats->orders}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        m_out << tr("customers: %1\ncontacts: %2\nfollow-ups: %3\norders: %4")
                     .arg(stats->customers)
                     .arg(stats->contacts)
                     .arg(stats->interactions)
                     .arg(stats->orders)
              << Qt::endl;
    }
    return Ok;
}

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
    parser.addOption(jsonOption);
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

    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    const bool json = parser.isSet(jsonOption);
    if (const auto backup = options.dryRun ? Result<QString>(QString()) : BackupManager::beforeImport(archive->database()); !backup)
        return failure(backup.error());
    const auto report = Importer(*archive).run(**source, options);
    if (!report)
        return failure(report.error());
    if (parser.isSet(QStringLiteral("errors")))
        if (Status s = Importer::writeProblems(*report, parser.value(QStringLiteral("errors"))); !s)
            return failure(s.error());
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
                                                          .arg(archive->path())
                                                          .arg(report->batch));
    if (json) {
        m_err << summary << Qt::endl;
        const QJsonObject object{{QStringLiteral("rows"), report->rows},         {QStringLiteral("imported"), report->imported},
                                 {QStringLiteral("updated"), report->updated},   {QStringLiteral("skipped"), report->skipped},
                                 {QStringLiteral("rejected"), report->rejected}, {QStringLiteral("batch"), report->batch}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        m_out << summary << Qt::endl;
    }
    return Ok;
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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    const auto undone = ImportUndo::undo(*archive, batch);
    if (!undone)
        return failure(undone.error());
    m_out << tr("Import %1 (%2) undone: %3 records removed, %4 restored.")
                 .arg(batch)
                 .arg(undone->fileName)
                 .arg(undone->imported)
                 .arg(undone->updated)
          << Qt::endl;
    return Ok;
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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    const QString out = parser.value(QStringLiteral("out"));
    const auto written = ArchiveExporter::exportTo(*archive, out, options);
    if (!written)
        return failure(written.error());
    m_out << tr("Exported %1 rows to %2").arg(*written).arg(out) << Qt::endl;
    return Ok;
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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    // Segments cover the whole team's customers: a report right, beyond exporting one's own.
    if (Status allowed = AccessPolicy(archive->database().actingUser()).check(Permission::ViewReports); !allowed)
        return failure(allowed.error());
    const auto report = SegmentReportBuilder::build(*archive, options);
    if (!report)
        return failure(report.error());
    const QString out = parser.value(QStringLiteral("out"));
    const auto written = SegmentMemberExporter::exportTo(
        *report, out, parser.isSet(QStringLiteral("encoding")) ? parser.value(QStringLiteral("encoding")) : QStringLiteral("utf-8"));
    if (!written)
        return written.errorKind() == ErrorKind::Usage ? usageError(written.error()) : failure(written.error());
    m_out << tr("Exported %1 rows to %2").arg(*written).arg(out) << Qt::endl;
    return Ok;
}

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

int CliCommands::due(const QStringList& args)
{
    QCommandLineParser parser;
    DueCommand::addOptions(parser);
    if (!parse(parser, args))
        return BadUsage;
    auto options = DueCommand::options(parser);
    if (!options)
        return usageError(options.error());
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    // A user who sees only their own customers sees only their own due list.
    if (AccessPolicy(archive->database().actingUser()).scope(Permission::View) != CustomerScope::All)
        (*options).user = archive->database().actingUser().login;
    if (Status s = DueCommand::run(*archive, *options, m_out); !s)
        return failure(s.error());
    return Ok;
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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    const QString own = ownPositionals(parser, 1).value(0);
    const Status s = adding ? TaskCommand::add(*archive, parser, own, m_out) : TaskCommand::done(*archive, parser, own, m_out);
    if (!s)
        return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
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
    probe.addOption(dbOption);
    probe.parse(args);
    const int codes = std::max(0, int(probe.positionalArguments().size()) - (probe.isSet(dbOption) ? 0 : 1));
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
    auto archive = openArchive(parser, Database::OpenMode::MustExist);
    if (!archive)
        return Failed;
    const QString name = own > 0 ? ownPositionals(parser, 1).value(0) : QString();
    if (Status s = UserCommand::run(*archive, sub, name, parser, m_out); !s)
        return s.errorKind() == ErrorKind::Usage ? usageError(s.error()) : failure(s.error());
    return Ok;
}
