// dossier-cli add, update, list, show and stats: one customer or the list of them.
#include "CliCommands.h"

#include "AccessPolicy.h"
#include "CustomerJson.h"
#include "CustomerOwnership.h"
#include "CustomerStage.h"
#include "CustomerValidator.h"
#include "DuplicateFinder.h"
#include "PhoneNumber.h"
#include "SensitiveMask.h"
#include "SensitiveViewLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

namespace {
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
} // namespace

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
    return runOnArchive(parser, [&](Archive& archive) {
        // A signed-in user adds customers for themselves unless --owner says otherwise ("" = the pool).
        if (!parser.isSet(QStringLiteral("owner")) && archive.database().actingUser().isSignedIn())
            customer.owner = archive.database().actingUser().login;
        warnAboutIssues(m_err, customer, contacts);
        if (!parser.isSet(QStringLiteral("no-duplicate-check")))
            warnAboutDuplicates(m_err, archive, customer, contacts.value(0));
        const auto saved = archive.saveCustomer(customer, contacts);
        if (!saved)
            return Status::failure(saved.error());
        m_out << saved->code << Qt::endl;
        return Status();
    });
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
    parser.addOption(jsonOption());
    if (!parse(parser, args))
        return BadUsage;
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return usageError(tr("--limit needs a whole number of 0 or more."));
    }
    return runOnArchive(parser, [&](Archive& archive) {
        CustomerFilter filter;
        filter.quickSearch = parser.value(QStringLiteral("query"));
        const AccessPolicy policy(archive.database().actingUser());
        // Only the user's customers, narrowed in the query so the limit counts what they may see.
        if (!CustomerOwnership::restrict(filter, policy))
            return Status::failure(policy.check(Permission::View).error());
        const auto ids =
            archive.customers().listIds(filter, CustomerSortKey::Code, Qt::AscendingOrder, limit);
        if (!ids)
            return Status::failure(ids.error());
        QJsonArray array;
        // Rows are fetched in pages so a list of a million customers never sits in memory twice.
        constexpr int page = 5000;
        for (qsizetype start = 0; start < ids->size(); start += page) {
            const auto rows = archive.customers().rows(ids->mid(start, page));
            if (!rows)
                return Status::failure(rows.error());
            for (CustomerListRow row : *rows) {
                if (policy.masksSensitiveFor(row.owner))
                    SensitiveMask::maskRow(row);
                if (parser.isSet(jsonOption()))
                    array.append(CustomerJson::listRow(row));
                else
                    m_out << row.code << '\t' << row.name << '\t' << CustomerStages::toKey(row.stage) << '\t'
                          << row.owner << '\t' << row.primaryPhone << '\n';
            }
        }
        if (parser.isSet(jsonOption()))
            m_out << json(QJsonDocument(array));
        m_out.flush();
        return Status();
    });
}

int CliCommands::show(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!parse(parser, args, 1))
        return BadUsage;
    const QString code = ownPositionals(parser, 1).value(0);
    return runOnArchive(parser, [&](Archive& archive) {
        auto customer = archive.customers().findByCode(code);
        if (!customer)
            return Status::failure(customer.error());
        const AccessPolicy policy(archive.database().actingUser());
        const auto ownerId = CustomerOwnership(archive.database().connection()).ownerOf(customer->id);
        if (!ownerId)
            return Status::failure(ownerId.error());
        if (Status allowed = policy.checkOn(Permission::View, *ownerId, customer->code); !allowed)
            return Status::failure(allowed.error());
        const bool masked = policy.masksSensitiveOf(*ownerId);
        auto contacts = archive.contacts().forCustomer(customer->id);
        const auto interactions = archive.interactions().forCustomer(customer->id, 10);
        const auto totals = archive.orders().totalsForCustomer(customer->id);
        if (!contacts || !interactions || !totals)
            return Status::failure(!contacts       ? contacts.error()
                                   : !interactions ? interactions.error()
                                                   : totals.error());
        if (masked) {
            SensitiveMask::maskCustomer(*customer);
            for (Contact& c : *contacts)
                SensitiveMask::maskContact(c);
        } else if (const auto logged = SensitiveViewLog(archive.database().connection())
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
        if (parser.isSet(jsonOption())) {
            m_out << json(QJsonDocument(object));
        } else {
            m_out << customer->code << "  " << customer->name << "  ["
                  << CustomerStages::displayName(customer->stage) << "]\n";
            for (const Contact& c : *contacts)
                m_out << "  " << c.name << "  " << c.title << "  " << c.mobile << "  " << c.phone << "  "
                      << c.email << '\n';
            m_out << tr("  %n order(s), total %1", "", int(totals->count))
                         .arg(masked ? SensitiveMask::amount()
                                     : QString::number(double(totals->amountCents) / 100.0, 'f', 2))
                  << '\n';
            for (const Interaction& i : *interactions)
                m_out << "  " << i.happenedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                      << "  " << i.author << "  " << i.content << '\n';
        }
        m_out.flush();
        return Status();
    });
}

int CliCommands::stats(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!parse(parser, args))
        return BadUsage;
    return runOnArchive(parser, [&](Archive& archive) {
        const auto stats = archive.stats();
        if (!stats)
            return Status::failure(stats.error());
        if (parser.isSet(jsonOption())) {
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
        return Status();
    });
}
