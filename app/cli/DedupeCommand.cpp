#include "DedupeCommand.h"

#include "CsvWriter.h"
#include "DuplicateFinder.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {
// Codes of the given customers, a few hundred ids per query.
QHash<qint64, QString> codesOf(QSqlDatabase& db, const QList<qint64>& ids)
{
    QHash<qint64, QString> codes;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList list;
        for (qsizetype i = start; i < std::min(ids.size(), start + 500); ++i)
            list.append(QString::number(ids[i]));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, code FROM customers WHERE id IN (%1)").arg(list.join(QLatin1Char(',')))))
            while (q.next())
                codes.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return codes;
}
} // namespace

void DedupeCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("threshold"),
                                        tr("Match probability (0-1) from which two records count as the same "
                                           "customer (default %1).")
                                            .arg(DuplicateScanOptions::LikelySame),
                                        QStringLiteral("T")));
    parser.addOption(QCommandLineOption(QStringLiteral("pairs"), tr("Write the pairs judged the same to this CSV file."),
                                        QStringLiteral("OUT.csv")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
}

Status DedupeCommand::run(Archive& archive, const QCommandLineParser& parser, QTextStream& out)
{
    DuplicateScanOptions options;
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        options.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || options.threshold <= 0.0 || options.threshold > 1.0)
            return Status::failure(tr("--threshold needs a probability above 0 and at most 1, such as 0.5."), ErrorKind::Usage);
        options.reviewThreshold = std::min(options.reviewThreshold, options.threshold);
    }
    QFile file;
    if (parser.isSet(QStringLiteral("pairs"))) {
        file.setFileName(parser.value(QStringLiteral("pairs")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Status::failure(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    QSqlDatabase& db = archive.database().connection();
    const auto scan = DuplicateFinder(db).scan(options);
    if (!scan)
        return Status::failure(scan.error());

    qint64 pairs = 0;
    QList<qint64> ids;
    for (const DuplicateGroup& group : scan->groups) {
        pairs += group.pairs.size();
        ids += QList<qint64>(group.customerIds.begin(), group.customerIds.end());
    }
    if (file.isOpen()) {
        const QHash<qint64, QString> codes = codesOf(db, ids);
        // Plain UTF-8 without a byte order mark: a file for programs (evaluation, scripts), not for Excel.
        QByteArray text = "left_code,right_code,score\n";
        for (const DuplicateGroup& group : scan->groups)
            for (const DuplicatePair& p : group.pairs)
                text += (CsvWriter::quoted(codes.value(p.leftId)) + QLatin1Char(',') + CsvWriter::quoted(codes.value(p.rightId))
                         + QLatin1Char(',') + QString::number(p.probability, 'f', 6) + QLatin1Char('\n'))
                            .toUtf8();
        if (file.write(text) != text.size() || !file.flush())
            return Status::failure(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        file.close();
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject summary{{QStringLiteral("records"), scan->records},
                                  {QStringLiteral("candidate_pairs"), scan->candidatePairs},
                                  {QStringLiteral("pairs"), pairs},
                                  {QStringLiteral("groups"), qint64(scan->groups.size())},
                                  {QStringLiteral("seconds"), scan->seconds}};
        out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        out << tr("%1 records, %2 candidate pairs: %3 pairs in %4 groups are likely the same customer (%5 s).")
                   .arg(scan->records)
                   .arg(scan->candidatePairs)
                   .arg(pairs)
                   .arg(scan->groups.size())
                   .arg(scan->seconds, 0, 'f', 1)
            << '\n';
    }
    out.flush();
    return {};
}
