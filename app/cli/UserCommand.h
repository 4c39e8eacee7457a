#pragma once

#include "Archive.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// dossier-cli user add|disable|enable|list|password|role: accounts of an archive (rules in core UserAdmin).
class UserCommand {
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    // Positionals the sub-command takes after DB (NAME for all but list); -1 for an unknown sub-command.
    static int positionals(const QString& sub);
    static void addOptions(QCommandLineParser& parser, const QString& sub);
    static Status run(Archive& archive, const QString& sub, const QString& name, const QCommandLineParser& parser,
                      QTextStream& out);
};
