// dossier-cli init and demo: the commands that may create the archive (CreateIfMissing), so they open it
// themselves.
#include "CliCommands.h"

#include "DemoGenerator.h"

#include <QElapsedTimer>

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
