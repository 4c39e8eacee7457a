#pragma once

#include "BoundedQueue.h"
#include "ImportRowConverter.h"
#include "TabularSource.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

// Reads rows on one thread and cleans and checks them on another while the caller stores the previous ones:
// reading an XLSX file, parsing phones and dates, and writing to SQLite each cost about the same, and the
// work then spreads over the machine's cores. No database is touched off the caller's thread. Rows come back
// in file order, a few hundred at a time; the queues between the stages are bounded, so memory stays flat.
class ImportPipeline {
public:
    using NextRow = std::function<std::optional<SourceRow>()>; // runs on the reading thread

    ImportPipeline(NextRow next, const TabularSource& source, const ImportRowConverter& converter);
    ~ImportPipeline(); // stops and joins the threads
    ImportPipeline(const ImportPipeline&) = delete;
    ImportPipeline& operator=(const ImportPipeline&) = delete;

    // The next batch of rows; empty when the sheet is done (then readError() tells whether it ended early).
    QList<ConvertedRow> next();
    // Hands a stored batch back: its memory is freed on the thread that allocated it, which glibc's malloc
    // does much faster than freeing across threads.
    void recycle(QList<ConvertedRow>&& batch);
    double progress() const { return m_progress.load(); } // of reading the file, 0..1
    // Rows in the whole sheet, extrapolated from the rows read so far and progress(); 0 before the first batch.
    qint64 estimatedRows() const;
    QString readError() const;

private:
    void read();
    void convert();

    NextRow m_next;
    const TabularSource& m_source;
    const ImportRowConverter& m_converter;

    BoundedQueue<QList<SourceRow>> m_read;
    BoundedQueue<QList<ConvertedRow>> m_converted;
    BoundedQueue<QList<ConvertedRow>> m_used;
    std::atomic<double> m_progress = 0;
    std::atomic<qint64> m_rowsRead = 0;
    mutable std::mutex m_errorMutex;
    QString m_readError;
    std::thread m_reader;
    std::thread m_converterThread;
};
