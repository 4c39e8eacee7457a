#pragma once

#include "Result.h"
#include "StorageLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Puts an opened archive into the journal mode its location allows (see StorageLocation). An archive that was
// once opened from a network share is marked in meta (`shared_file`) and stays on the rollback journal even when
// the computer holding the share opens it from its own disk: a WAL file there would shut out the other computers
// (or, worse, be used by them without the shared-memory index WAL needs).
class JournalModeSetting {
    Q_DECLARE_TR_FUNCTIONS(JournalModeSetting)

public:
    // Before the schema migration, so it runs in the right mode already. Refuses a network archive that another
    // program keeps in WAL mode.
    static Status apply(QSqlDatabase& db, const StorageLocation& location);
    // After the migration (meta exists then): remembers that the archive is shared.
    static Status remember(QSqlDatabase& db, const StorageLocation& location);
    // The journal mode the connection runs in now ("wal", "delete", ...).
    static QString current(QSqlDatabase& db);
};
