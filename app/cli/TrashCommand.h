#pragma once

#include "Archive.h"
#include "Result.h"

#include <QCoreApplication>
#include <QTextStream>

// `dossier-cli delete DB CODE` (to the recycle bin) and `dossier-cli trash DB list|restore CODE|purge CODE`
// (core/RecycleBin). CliCommands owns DB parsing and exit codes.
class TrashCommand {
    Q_DECLARE_TR_FUNCTIONS(TrashCommand)

public:
    static Status remove(Archive& archive, const QString& code, QTextStream& out);
    static Status list(Archive& archive, QTextStream& out);
    static Status restore(Archive& archive, const QString& code, QTextStream& out);
    static Status purge(Archive& archive, const QString& code, QTextStream& out);
};
