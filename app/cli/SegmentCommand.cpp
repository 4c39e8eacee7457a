#include "SegmentCommand.h"

#include "CsvWriter.h"
#include "RfmCalculator.h"
#include "SegmentReportBuilder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

namespace {
// Cents as yuan with two decimals, exactly (no floating point): -1234 -> "-12.34".
QString yuan(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QChar(u'0'));
}

Status writeCsv(const QList<CustomerSegment>& rows, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(SegmentCommand::tr("Cannot write %1: %2").arg(path, file.errorString()));
    CsvWriter writer(file);
    bool ok = writer.writeRow({QStringLiteral("code"), QStringLiteral("recency_days"), QStringLiteral("frequency"),
                               QStringLiteral("monetary"), QStringLiteral("r"), QStringLiteral("f"),
                               QStringLiteral("m"), QStringLiteral("segment")});
    for (const CustomerSegment& s : rows) {
        if (!ok)
            break;
        const RfmValues& v = s.values;
        ok = writer.writeRow({v.code, v.hasOrders() ? QString::number(v.recencyDays) : QString(),
                              QString::number(v.frequency), yuan(v.monetaryCents), s.r, s.f, s.m, s.segment});
    }
    if (!ok || !writer.flush())
        return Status::failure(SegmentCommand::tr("Cannot write %1: %2").arg(path, writer.errorString()));
    if (!file.commit())
        return Status::failure(SegmentCommand::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
} // namespace

void SegmentCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"), tr("Segment as of this date (default today)."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addOption(QCommandLineOption(QStringLiteral("model"), tr("rfm5 (default), rfm8 or abc."),
                                        QStringLiteral("MODEL")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("Write every customer's segment to this CSV file."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
}

Result<SegmentCommand::Options> SegmentCommand::options(const QCommandLineParser& parser)
{
    Options o;
    o.asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QString text = parser.value(QStringLiteral("as-of"));
        o.asOf = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!o.asOf.isValid())
            return Result<Options>::failure(tr("--as-of needs a date as YYYY-MM-DD, not '%1'.").arg(text),
                                            ErrorKind::Usage);
    }
    const QString model = parser.value(QStringLiteral("model"));
    if (model == QStringLiteral("rfm8"))
        o.model = SegmentModelKind::Rfm8;
    else if (model == QStringLiteral("abc"))
        o.model = SegmentModelKind::Abc;
    else if (!model.isEmpty() && model != QStringLiteral("rfm5"))
        return Result<Options>::failure(tr("--model must be rfm5, rfm8 or abc, not '%1'.").arg(model), ErrorKind::Usage);
    o.out = parser.value(QStringLiteral("out"));
    o.json = parser.isSet(QStringLiteral("json"));
    return o;
}

Status SegmentCommand::run(Archive& archive, const Options& options, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    auto values = RfmCalculator(archive.database().connection()).compute({options.asOf, QDate()});
    if (!values)
        return Status::failure(values.error());

    // abc: r/f/m keep the rfm5 scores (useful next to the tier), the tier replaces the segment.
    const QList<CustomerSegment> rows = SegmentReportBuilder::assign(*values, options.model);
    QMap<QString, qint64> counts;
    for (const CustomerSegment& s : rows)
        ++counts[s.segment];
    if (!options.out.isEmpty())
        if (Status s = writeCsv(rows, options.out); !s)
            return s;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    if (options.json) {
        QJsonObject segments;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            segments.insert(it.key(), it.value());
        const QJsonObject result{{QStringLiteral("customers"), qint64(rows.size())},
                                 {QStringLiteral("segments"), segments},
                                 {QStringLiteral("seconds"), seconds}};
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
        return {};
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << it.key() << '\t' << it.value() << '\n';
    out << tr("%n customer(s) segmented as of %1 in %2 s", nullptr, int(rows.size()))
               .arg(options.asOf.toString(Qt::ISODate))
               .arg(seconds, 0, 'f', 2)
        << Qt::endl;
    return {};
}
