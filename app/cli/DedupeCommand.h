#pragma once

#include "Archive.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `dossier-cli dedupe DB [--threshold T] [--pairs OUT.csv] [--json]`: the full duplicate scan
// (core/DuplicateFinder). OUT.csv holds `left_code,right_code,score`, one row per pair judged the same at the
// threshold (the pairs that hold the groups together); --json ends with {records, candidate_pairs, pairs,
// groups, seconds}. CliCommands owns DB parsing and exit codes.
class DedupeCommand {
    Q_DECLARE_TR_FUNCTIONS(DedupeCommand)

public:
    static void addOptions(QCommandLineParser& parser);
    // ErrorKind::Usage for a bad --threshold.
    static Status run(Archive& archive, const QCommandLineParser& parser, QTextStream& out);
};
