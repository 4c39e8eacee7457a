#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <vector>

// Numbered schema steps recorded in PRAGMA user_version. Each step runs in its own transaction, so an
// archive is either at the old version or the new one, never in between.
class SchemaMigrator {
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Step {
        int version;             // user_version after the step
        const char* description; // for logs and tests
        std::function<Status(QSqlDatabase&)> apply;
    };

    // Told before each step how many of `total` are done; returning false stops before the next step
    // (ErrorKind::Cancelled): the archive is then at the last finished step's format, valid and openable.
    using StepProgress = std::function<bool(int done, int total)>;

    static const std::vector<Step>& steps();
    static int latestVersion();
    static Result<int> currentVersion(QSqlDatabase& db);

    // Upgrades to `targetVersion` (default: latest). Refuses, without writing, a file newer than this build.
    static Status migrate(QSqlDatabase& db, int targetVersion = -1, const StepProgress& progress = {});
    // How many steps opening the file would run (0 for a missing, current or unreadable file: opening it
    // reports the problem). Reads the version only; writes nothing.
    static int pendingSteps(const QString& path);
    // Runs schema statements in order; the first failure names the statement. For the steps' own files.
    static Status execAll(QSqlDatabase& db, const QStringList& statements);
};
