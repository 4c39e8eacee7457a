#pragma once

#include "Archive.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `dossier-cli audit DB [--since YYYY-MM-DD] [--json]` and `dossier-cli history DB CODE [--json]`: the audit
// log and one customer's history (core/AuditLog, core/CustomerHistory). CliCommands owns DB parsing and exit codes.
class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static void addAuditOptions(QCommandLineParser& parser);
    static void addHistoryOptions(QCommandLineParser& parser);
    // ErrorKind::Usage for a bad --since.
    static Status audit(Archive& archive, const QCommandLineParser& parser, QTextStream& out);
    // A customer in the recycle bin still has its history. ErrorKind::NotFound for an unknown code.
    static Status history(Archive& archive, const QString& code, const QCommandLineParser& parser, QTextStream& out);
};
