#pragma once

#include "Archive.h"
#include "DueLists.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QTextStream>

// `dossier-cli due DB [--user NAME] [--today YYYY-MM-DD] [--json]`: the reminder lists (core/DueList) as
// text grouped Overdue / Today / This week, or as JSON {overdue: [...], today: [...], this_week: [...]}.
class DueCommand {
    Q_DECLARE_TR_FUNCTIONS(DueCommand)

public:
    struct Options {
        QString user; // empty = everybody
        QDate today;
        bool json = false;
    };

    static void addOptions(QCommandLineParser& parser);
    static Result<Options> options(const QCommandLineParser& parser); // ErrorKind::Usage on a bad value
    // ErrorKind::NotFound when --user names nobody in the archive.
    static Status run(Archive& archive, const Options& options, QTextStream& out);

    static QJsonObject toJson(const DueLists& lists, const Options& options);
};
