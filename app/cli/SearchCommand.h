#pragma once

#include "Archive.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `dossier-cli search DB QUERY [--limit N] [--json]` and `dossier-cli reindex DB`: ranked search through
// the archive's search index (core/SearchIndex) and its rebuild. CliCommands owns DB parsing and exit codes.
class SearchCommand {
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    static void addOptions(QCommandLineParser& parser);
    // ErrorKind::Usage for a bad --limit.
    static Status search(Archive& archive, const QString& text, const QCommandLineParser& parser, QTextStream& out);
    static Status reindex(Archive& archive, QTextStream& out);
};
