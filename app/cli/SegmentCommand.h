#pragma once

#include "Archive.h"
#include "Result.h"
#include "SegmentModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

// `dossier-cli segment DB [--as-of YYYY-MM-DD] [--model rfm5|rfm8|abc] [--out FILE.csv] [--json] [--snapshot]`:
// segments every customer (core/RfmCalculator, RfmSegmenter, AbcSegmenter), writes the members as CSV and
// prints the segment sizes. CliCommands owns argument parsing of DB and the exit status.
class SegmentCommand {
    Q_DECLARE_TR_FUNCTIONS(SegmentCommand)

public:
    struct Options {
        QDate asOf;
        SegmentModelKind model = SegmentModelKind::Rfm5;
        QString out; // empty = no CSV
        bool json = false;
        bool snapshot = false; // also store the segments as a snapshot (SegmentSnapshotRepository)
    };

    static void addOptions(QCommandLineParser& parser);
    // ErrorKind::Usage with the message when a value is wrong (bad date, unknown model).
    static Result<Options> options(const QCommandLineParser& parser);
    static Status run(Archive& archive, const Options& options, QTextStream& out);
};
