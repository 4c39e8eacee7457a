#pragma once

#include "Archive.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `dossier-cli merge DB --keep CODE --from CODE [CODE…]` (prints the merge id) and
// `dossier-cli unmerge DB MERGE_ID`: core/CustomerMerger from the command line. CliCommands owns DB parsing and
// exit codes; codes after the first --from value arrive as positionals.
class MergeCommand {
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    static void addMergeOptions(QCommandLineParser& parser);
    // ErrorKind::Usage when --keep or --from is missing.
    static Status merge(Archive& archive, const QCommandLineParser& parser, const QStringList& moreCodes,
                        QTextStream& out, QTextStream& err);
    // ErrorKind::Usage for a merge id that is not a number.
    static Status unmerge(Archive& archive, const QString& mergeId, QTextStream& out);
};
