#include "ReportCommand.h"

#include "Archive.h"
#include "SegmentReportBuilder.h"
#include "SegmentReportRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

void ReportCommand::addOptions(QCommandLineParser& parser) {
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")));
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"),
                                        tr("Segment as of this date (default today)."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addOption(QCommandLineOption(QStringLiteral("model"), tr("rfm5 (default), rfm8 or abc."),
                                        QStringLiteral("MODEL")));
}

Result<QDate> ReportCommand::asOf(const QCommandLineParser& parser) {
    if (!parser.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QString text = parser.value(QStringLiteral("as-of"));
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return Result<QDate>::failure(tr("--as-of needs a date as YYYY-MM-DD, not '%1'.").arg(text),
                                      ErrorKind::Usage);
    return date;
}

Result<SegmentModelKind> ReportCommand::model(const QCommandLineParser& parser) {
    const QString text = parser.value(QStringLiteral("model"));
    if (text.isEmpty())
        return SegmentModelKind::Rfm5;
    const auto kind = SegmentReportBuilder::modelFromKey(text);
    if (!kind)
        return Result<SegmentModelKind>::failure(tr("--model must be rfm5, rfm8 or abc, not '%1'.").arg(text),
                                                 ErrorKind::Usage);
    return *kind;
}

Result<ReportCommand::Options> ReportCommand::options(const QCommandLineParser& parser) {
    Options o;
    o.out = parser.value(QStringLiteral("out"));
    if (o.out.isEmpty())
        return Result<Options>::failure(tr("report needs --out FILE.pdf."), ErrorKind::Usage);
    if (QFileInfo(o.out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return Result<Options>::failure(
            tr("The report is a PDF: --out must end in .pdf, not '%1'.").arg(o.out), ErrorKind::Usage);
    const auto date = asOf(parser);
    if (!date)
        return Result<Options>::failure(date.error(), ErrorKind::Usage);
    o.asOf = *date;
    const auto kind = model(parser);
    if (!kind)
        return Result<Options>::failure(kind.error(), ErrorKind::Usage);
    o.model = *kind;
    return o;
}

QString ReportCommand::osUser() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString login = qEnvironmentVariable(variable).trimmed(); !login.isEmpty())
            return login;
    return QDir::home().dirName();
}

Status ReportCommand::run(Archive& archive, const Options& options, QTextStream& out) {
    QElapsedTimer timer;
    timer.start();
    SegmentReportBuilder::Options build;
    build.asOf = options.asOf;
    build.model = options.model;
    build.printedBy = osUser();
    const auto report = SegmentReportBuilder::build(archive, build);
    if (!report)
        return Status::failure(report.error(), report.errorKind());
    int pages = 0;
    if (Status s = SegmentReportRenderer::writePdf(*report, options.out, {}, &pages); !s)
        return s;
    out << tr("%1: %2 pages, %3 customers in %4 segments as of %5, %6 s")
               .arg(QDir::toNativeSeparators(options.out))
               .arg(pages)
               .arg(report->memberCount())
               .arg(report->sections.size())
               .arg(options.asOf.toString(Qt::ISODate))
               .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
        << Qt::endl;
    return {};
}
