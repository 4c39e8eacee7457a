#pragma once

#include "ImportRowConverter.h"
#include "TabularSource.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <variant>

// One source row after cleaning and checking, ready to be stored.
struct ConvertedRow {
    qint64 number = 0;
    bool accepted = false; // false: rejected, `problems` say why
    QList<ImportProblem> problems;
    std::variant<ImportedCustomer, ImportedOrder, ImportedInteraction> record;
};

// Reads and converts rows on a second thread while the caller stores the previous ones: parsing phones and
// dates costs about as much as writing, and the machine has more than one core. Only the converter and the
// source are used on that thread (no database). Rows come back in file order, a few hundred at a time.
class ImportPipeline {
public:
    using NextRow = std::function<std::optional<SourceRow>()>; // runs on the pipeline's thread

    ImportPipeline(NextRow next, const TabularSource& source, const ImportRowConverter& converter, ImportTarget target);
    ~ImportPipeline(); // stops and joins the thread
    ImportPipeline(const ImportPipeline&) = delete;
    ImportPipeline& operator=(const ImportPipeline&) = delete;

    // The next batch of rows; empty when the sheet is done (then readError() tells whether it ended early).
    QList<ConvertedRow> next();
    // Hands a stored batch back: its memory is freed on the thread that allocated it, which glibc's malloc
    // does much faster than freeing across threads.
    void recycle(QList<ConvertedRow>&& batch);
    double progress() const; // of reading the file, 0..1
    QString readError() const;

private:
    void run();

    NextRow m_next;
    const TabularSource& m_source;
    const ImportRowConverter& m_converter;
    ImportTarget m_target;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<ConvertedRow>> m_ready;
    std::deque<QList<ConvertedRow>> m_used;
    bool m_finished = false;
    bool m_stopping = false;
    double m_progress = 0;
    QString m_readError;
    std::thread m_thread;
};
