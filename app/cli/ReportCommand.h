#pragma once

#include "Result.h"
#include "SegmentModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

class Archive;

// dossier-cli report DB --out FILE.pdf [--as-of YYYY-MM-DD] [--model rfm5|rfm8|abc]: the printed segment
// report as a PDF (SegmentReportBuilder gathers, SegmentReportRenderer paints). Needs a QGuiApplication
// (fonts); main() creates one on the offscreen platform for this command, so no display is needed.
class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    struct Options {
        QDate asOf;
        SegmentModelKind model = SegmentModelKind::Rfm5;
        QString out;
    };

    static void addOptions(QCommandLineParser& parser);
    static Result<Options> options(const QCommandLineParser& parser); // ErrorKind::Usage for bad values
    static Status run(Archive& archive, const Options& options, QTextStream& out);

    // --as-of and --model as `segment` reads them (shared with `export --segment`).
    static Result<QDate> asOf(const QCommandLineParser& parser);
    static Result<SegmentModelKind> model(const QCommandLineParser& parser);
    // Who prints: the OS account (USER, USERNAME, LOGNAME, else the home folder's name).
    static QString osUser();
};
