#include "QualityCommand.h"

#include "QualityRulesRepository.h"
#include "QualityScanner.h"
#include "QualityWorstList.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
double oneDecimal(double value) { return std::round(value * 10.0) / 10.0; }

QStringList fieldList(const QString& text)
{
    QStringList keys;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            keys.append(part.trimmed());
    return keys;
}
} // namespace

void QualityCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("worst"), tr("Also list the N lowest-scoring customers."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("stale-months"),
                                        tr("Months without an update or a follow-up before a record is stale."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("company-fields"),
                                        tr("Fields a company needs, comma-separated (see docs/quality.md)."),
                                        QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(QStringLiteral("individual-fields"),
                                        tr("Fields an individual needs, comma-separated."), QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(QStringLiteral("save-rules"), tr("Store the rules given in the archive.")));
}

Result<QualityCommand::Options> QualityCommand::options(const QCommandLineParser& parser)
{
    Options o;
    o.json = parser.isSet(QStringLiteral("json"));
    const auto number = [&](const char* name, int min, int max, int& target) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        target = parser.value(option).toInt(&ok);
        return ok && target >= min && target <= max;
    };
    if (!number("worst", 0, 1000000, o.worst))
        return Result<Options>::failure(tr("--worst needs a number of customers (0 to 1000000)."), ErrorKind::Usage);
    if (!number("stale-months", 1, 120, o.staleMonths))
        return Result<Options>::failure(tr("--stale-months needs a number of months from 1 to 120."), ErrorKind::Usage);
    if (parser.isSet(QStringLiteral("company-fields")))
        o.companyFields = fieldList(parser.value(QStringLiteral("company-fields")));
    if (parser.isSet(QStringLiteral("individual-fields")))
        o.individualFields = fieldList(parser.value(QStringLiteral("individual-fields")));
    o.saveRules = parser.isSet(QStringLiteral("save-rules"));
    if (o.saveRules && !o.staleMonths && !o.companyFields && !o.individualFields)
        return Result<Options>::failure(
            tr("--save-rules needs --stale-months, --company-fields or --individual-fields."), ErrorKind::Usage);
    return o;
}

Status QualityCommand::run(Archive& archive, const Options& options, QTextStream& out)
{
    QSqlDatabase& db = archive.database().connection();
    auto loaded = QualityRulesRepository(db).load();
    if (!loaded)
        return Status::failure(loaded.error());
    QualityRules rules = *loaded;
    if (options.staleMonths)
        rules.staleMonths = options.staleMonths;
    if (options.companyFields)
        rules.companyRequired = *options.companyFields;
    if (options.individualFields)
        rules.individualRequired = *options.individualFields;
    if (const QString problem = rules.check(); !problem.isEmpty())
        return Status::failure(problem, ErrorKind::Usage);
    if (options.saveRules)
        if (Status saved = QualityRulesRepository(db).save(rules); !saved)
            return saved;

    QElapsedTimer timer;
    timer.start();
    const QualityScorer scorer(rules, QDateTime::currentDateTimeUtc());
    QualityWorstList worstList(options.worst);
    auto summary = QualityScanner(db, scorer).summarize([&](const QualityRecord& record, qint64, qint64) {
        worstList.offer(record);
        return true;
    });
    if (!summary)
        return Status::failure(summary.error());
    const QList<QualityRecord> worst = worstList.sorted();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    if (options.json) {
        QJsonObject problems;
        for (auto it = summary->problems.cbegin(); it != summary->problems.cend(); ++it)
            problems.insert(it.key(), it.value());
        QJsonArray distribution;
        for (int i = 0; i < 10; ++i)
            distribution.append(QJsonObject{{QStringLiteral("from"), i * 10},
                                            {QStringLiteral("to"), i == 9 ? 100 : i * 10 + 9},
                                            {QStringLiteral("customers"), summary->histogram[size_t(i)]}});
        QJsonArray owners;
        for (auto it = summary->byOwner.cbegin(); it != summary->byOwner.cend(); ++it)
            owners.append(QJsonObject{{QStringLiteral("owner"), it.key()},
                                      {QStringLiteral("customers"), it->customers},
                                      {QStringLiteral("average_score"), oneDecimal(it->averageScore())}});
        QJsonObject result{
            {QStringLiteral("customers"), summary->customers},
            {QStringLiteral("average_score"), oneDecimal(summary->averageScore())},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("score_distribution"), distribution},
            {QStringLiteral("by_owner"), owners},
            {QStringLiteral("rules"),
             QJsonObject{{QStringLiteral("company_fields"), QJsonArray::fromStringList(rules.companyRequired)},
                         {QStringLiteral("individual_fields"), QJsonArray::fromStringList(rules.individualRequired)},
                         {QStringLiteral("stale_months"), rules.staleMonths}}},
            {QStringLiteral("seconds"), seconds}};
        if (options.worst > 0) {
            QJsonArray list;
            for (const QualityRecord& r : worst)
                list.append(QJsonObject{{QStringLiteral("code"), r.code},
                                        {QStringLiteral("name"), r.name},
                                        {QStringLiteral("owner"), r.owner},
                                        {QStringLiteral("score"), r.quality.score},
                                        {QStringLiteral("problems"), QJsonArray::fromStringList(r.quality.problems)}});
            result.insert(QStringLiteral("worst"), list);
        }
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
        return {};
    }

    const QLocale c = QLocale::c();
    out << tr("%1 customers, average quality score %2 / 100")
               .arg(c.toString(summary->customers))
               .arg(summary->averageScore(), 0, 'f', 1)
        << '\n';
    out << tr("Rules: stale after %1 months; company needs %2; individual needs %3")
               .arg(rules.staleMonths)
               .arg(rules.companyRequired.join(QStringLiteral(", ")), rules.individualRequired.join(QStringLiteral(", ")))
        << "\n\n"
        << tr("Problems (customers affected):") << '\n';
    // Most frequent first: what to fix first.
    QList<std::pair<QString, qint64>> sorted;
    for (auto it = summary->problems.cbegin(); it != summary->problems.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [key, count] : sorted) {
        const double share = summary->customers > 0 ? 100.0 * double(count) / double(summary->customers) : 0.0;
        out << "  " << key.leftJustified(22) << QString::number(count).rightJustified(10) << "  "
            << QString::number(share, 'f', 1).rightJustified(5) << "%\n";
    }
    out << '\n' << tr("Score distribution:") << '\n';
    for (int i = 0; i < 10; ++i)
        out << "  " << QStringLiteral("%1-%2").arg(i * 10).arg(i == 9 ? 100 : i * 10 + 9).leftJustified(8)
            << QString::number(summary->histogram[size_t(i)]).rightJustified(10) << '\n';
    out << '\n' << tr("Average score per owner:") << '\n';
    for (auto it = summary->byOwner.cbegin(); it != summary->byOwner.cend(); ++it)
        out << "  " << (it.key().isEmpty() ? tr("(unassigned)") : it.key()).leftJustified(16)
            << QString::number(it->customers).rightJustified(10) << "  "
            << QString::number(it->averageScore(), 'f', 1).rightJustified(5) << '\n';
    if (options.worst > 0) {
        out << '\n' << tr("Lowest scores:") << '\n';
        for (const QualityRecord& r : worst)
            out << "  " << r.code << '\t' << r.quality.score << '\t' << r.name << '\t'
                << r.quality.problems.join(QStringLiteral(", ")) << '\n';
    }
    out << tr("Scored in %1 s").arg(seconds, 0, 'f', 2) << Qt::endl;
    return {};
}
