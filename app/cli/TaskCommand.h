#pragma once

#include "Archive.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `dossier-cli task add DB CODE --title T --due YYYY-MM-DD [--user NAME]` prints the new task's number;
// `dossier-cli task done DB ID [--note TEXT] [--type call|visit|...] [--by NAME]` marks it done and logs
// the follow-up. CliCommands owns DB parsing and the exit status.
class TaskCommand {
    Q_DECLARE_TR_FUNCTIONS(TaskCommand)

public:
    static void addAddOptions(QCommandLineParser& parser);
    static void addDoneOptions(QCommandLineParser& parser);
    // The task described by the options for customer `code`; ErrorKind::Usage on a bad value.
    static Status add(Archive& archive, const QCommandLineParser& parser, const QString& code, QTextStream& out);
    static Status done(Archive& archive, const QCommandLineParser& parser, const QString& id, QTextStream& out);
    // Who runs the command: the author of what it stores.
    static QString osUser();
};
