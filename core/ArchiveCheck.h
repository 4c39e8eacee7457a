#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Is a file a sound Dossier archive? Reads only (nothing is migrated; the connection is query_only, so the
// only write possible is SQLite's own rollback of a journal a crash left behind):
// the SQLite header, our application_id and a user_version this build understands, PRAGMA integrity_check and
// PRAGMA foreign_key_check. Used by `dossier-cli check`, File > Check Archive and before a restore.
class ArchiveCheck {
    Q_DECLARE_TR_FUNCTIONS(ArchiveCheck)

public:
    static constexpr int maxProblems = 50; // a badly damaged file lists the first ones

    // Every problem found, one sentence each; empty when the archive is clean.
    static QStringList run(const QString& path);
};
