#pragma once

#include "Archive.h"
#include "Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

// The dossier-cli commands. Each parses its own options, calls core and prints the result; every rule
// lives in core. Exit status: 0 ok, 1 user or data error (one message on stderr), 2 bad usage, 3 conflict (the
// record changed since the version the caller expected; nothing was saved).
class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum Exit { Ok = 0, Failed = 1, BadUsage = 2, Conflict = 3 };

    CliCommands();
    int run(const QStringList& arguments);

private:
    int init(const QStringList& args);
    int demo(const QStringList& args);
    int add(const QStringList& args);
    int list(const QStringList& args);
    int update(const QStringList& args);
    int show(const QStringList& args);
    int stats(const QStringList& args);
    int importFile(const QStringList& args);
    int importUndo(const QStringList& args);
    int exportFile(const QStringList& args);
    int segment(const QStringList& args);
    int due(const QStringList& args);
    int task(const QStringList& args); // task add / task done
    int quality(const QStringList& args);
    int report(const QStringList& args);
    int exportSegment(const QCommandLineParser& parser); // export --segment
    int search(const QStringList& args);
    int reindex(const QStringList& args);
    int deleteCustomer(const QStringList& args); // delete: to the recycle bin
    int audit(const QStringList& args);
    int history(const QStringList& args);
    int trash(const QStringList& args); // trash DB list|restore CODE|purge CODE
    int dedupe(const QStringList& args);
    int merge(const QStringList& args);   // merge / unmerge (MergeCommand)
    int unmerge(const QStringList& args);
    // SharingCommands.cpp: a file shared by a team
    int backup(const QStringList& args);
    int restore(const QStringList& args);
    int check(const QStringList& args);
    int handover(const QStringList& args);
    int pool(const QStringList& args);
    int user(const QStringList& args); // user add / disable / enable / list / password / role

    // Parses `args` (command name first) with the options already added to `parser`, plus --db and the
    // DB positional. On failure prints usage and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& args, int extraPositionals = 0);
    QString archivePath(const QCommandLineParser& parser) const;
    // Opens the archive and signs in (--user, password from DOSSIER_PASSWORD or a prompt) when it has users;
    // nullptr (message printed) when it cannot be opened, sign-in fails or the role may not run the command.
    std::unique_ptr<Archive> openArchive(const QCommandLineParser& parser, Database::OpenMode mode);
    bool signIn(Archive& archive);

    int usageError(const QString& message);
    int failure(const QString& message);
    void printUsage();

    int m_ownPositionals = 0; // of the command being run, after DB
    QString m_command;        // the command being run
    QString m_signInLogin;    // --user: who signs in on an archive with users
    QTextStream m_out;
    QTextStream m_err;
};
