#pragma once

#include "Archive.h"
#include "Database.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

// The dossier-cli commands. Each parses its own options, calls core and prints the result; every rule
// lives in core. Exit status: 0 ok, 1 user or data error (one message on stderr), 2 bad usage, 3 conflict (the
// record changed since the version the caller expected; nothing was saved). CliCommands.cpp holds the
// dispatch, usage, sign-in and shared parsing; the commands are defined by job in the files named below.
class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum Exit { Ok = 0, Failed = 1, BadUsage = 2, Conflict = 3 };

    CliCommands();
    int run(const QStringList& arguments);

private:
    // CliArchiveCommands.cpp
    int init(const QStringList& args);
    int demo(const QStringList& args);
    // CliCustomerCommands.cpp
    int add(const QStringList& args);
    int list(const QStringList& args);
    int update(const QStringList& args);
    int show(const QStringList& args);
    int stats(const QStringList& args);
    // CliImportExportCommands.cpp
    int importFile(const QStringList& args);
    int importUndo(const QStringList& args);
    int exportFile(const QStringList& args);
    int exportSegment(const QCommandLineParser& parser); // export --segment
    // CliReportCommands.cpp
    int segment(const QStringList& args);
    int quality(const QStringList& args);
    int report(const QStringList& args);
    // CliTaskCommands.cpp
    int due(const QStringList& args);
    int task(const QStringList& args); // task add / task done
    // CliSearchCommands.cpp: finding customers and their duplicates
    int search(const QStringList& args);
    int reindex(const QStringList& args);
    int dedupe(const QStringList& args);
    int merge(const QStringList& args); // merge / unmerge (MergeCommand)
    int unmerge(const QStringList& args);
    // CliAuditCommands.cpp
    int deleteCustomer(const QStringList& args); // delete: to the recycle bin
    int audit(const QStringList& args);
    int history(const QStringList& args);
    int trash(const QStringList& args); // trash DB list|restore CODE|purge CODE
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

    // How an ErrorKind::Usage error from a command's body is reported: as bad usage (2, with the usage
    // hint), or as a plain failure (1) for commands that have always treated every error from core so.
    enum class UsageErrors { AreBadUsage, AreFailures };
    // The block most commands share after parsing: open the archive (signing in), run `body` on it and turn
    // its Status into the exit status. init and demo (may create the archive), update (exit 3), backup,
    // restore, check and pool take the archive their own way.
    int runOnArchive(const QCommandLineParser& parser, const std::function<Status(Archive&)>& body,
                     UsageErrors usage = UsageErrors::AreBadUsage);

    // Option and positional helpers the command files share.
    static QCommandLineOption dbOption();
    static QCommandLineOption jsonOption();
    static QCommandLineOption valueOption(const char* name, const QString& description,
                                          const char* valueName);
    // The command's own positionals, after DB when DB was given positionally.
    static QStringList ownPositionals(const QCommandLineParser& parser, int expected);

    int usageError(const QString& message);
    int failure(const QString& message);
    void printUsage();

    int m_ownPositionals = 0; // of the command being run, after DB
    QString m_command;        // the command being run
    QString m_signInLogin;    // --user: who signs in on an archive with users
    QTextStream m_out;
    QTextStream m_err;
};
