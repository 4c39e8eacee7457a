#pragma once

#include "BoundedQueue.h"
#include "FtsTable.h"
#include "Result.h"
#include "SearchEntry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

struct sqlite3;

// Builds one FTS5 index on a thread and a connection of its own, in a private temporary database, and then
// copies the finished index into the archive's table of the same definition. SQLite lets one connection
// write at a time, and building the FTS5 indexes was most of a rebuild's time on that one connection:
// this way the three search tables are built side by side.
//
// The side table is contentless (content = ''): its index pages are the same as those of a table with
// content, and the archive's connection writes the content rows itself. The archive's table must be newly
// created and not yet used on that connection, so that FTS5 has read nothing of it that the copy changes.
class FtsSideBuild {
    Q_DECLARE_TR_FUNCTIONS(FtsSideBuild)

public:
    using Batch = std::shared_ptr<const std::vector<SearchEntry>>;

    // `table` is the archive's table; `setup` runs on the side table after it was made, `finishing` on the
    // thread after the last entry (e.g. a final merge, and the settings the archive's table keeps: both are
    // copied too).
    FtsSideBuild(FtsTable table, QStringList setup, QStringList finishing = {});
    ~FtsSideBuild();
    FtsSideBuild(const FtsSideBuild&) = delete;
    FtsSideBuild& operator=(const FtsSideBuild&) = delete;

    // Opens the temporary database, makes the side table and starts the thread.
    Status start();
    // Hands a batch to the thread; false once the build failed or was stopped (see finish()).
    bool add(const Batch& batch);
    // Says nothing more will be added: the thread finishes (see `finishing`) and commits the side index.
    // Separate from finish() so that several side builds finish at the same time.
    void endInput();
    // endInput(), then waits for the thread to be done.
    Status finish();
    // True once the thread is done (finish() then returns at once): the final merge takes seconds, and the
    // caller keeps asking whether to cancel meanwhile.
    bool isDone() const { return m_done; }
    // Ends the thread without finishing, interrupting a merge under way (cancel, or another build failed).
    void stop();
    // Replaces the index pages of the archive's table (newly created, unused) with the side index.
    Status copyInto(sqlite3* archive) const;

private:
    void run();
    Status exec(const QString& sql) const;

    const FtsTable m_table;
    const QStringList m_setup;
    const QStringList m_finishing;
    sqlite3* m_side = nullptr;
    BoundedQueue<Batch> m_batches{8};
    std::thread m_thread;
    Status m_status; // of the thread; read after it ended
    std::atomic<bool> m_stopped = false; // stop(): the thread leaves without finishing
    std::atomic<bool> m_done = false;
};
