#pragma once

#include "Archive.h"
#include "QualityRules.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `dossier-cli quality DB [--json] [--worst N] [--stale-months N] [--company-fields LIST]
// [--individual-fields LIST] [--save-rules]`: scores every customer (core/QualityScanner) and prints the
// archive's data-quality summary. Rules come from the archive; the options override them for this run, and
// --save-rules stores the overridden rules in the archive. Keys are documented in docs/quality.md.
class QualityCommand {
    Q_DECLARE_TR_FUNCTIONS(QualityCommand)

public:
    struct Options {
        bool json = false;
        int worst = 0;
        int staleMonths = 0; // 0 = from the archive
        std::optional<QStringList> companyFields;
        std::optional<QStringList> individualFields;
        bool saveRules = false;
    };

    static void addOptions(QCommandLineParser& parser);
    static Result<Options> options(const QCommandLineParser& parser); // ErrorKind::Usage on bad values
    static Status run(Archive& archive, const Options& options, QTextStream& out);
};
