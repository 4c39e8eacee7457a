#pragma once

#include <QObject>
#include <QString>
#include <atomic>

class Archive;
class QThread;

// Runs one long archive job (import, export) on a thread of its own, with its own connection to the archive:
// a Qt SQL connection may only be used by the thread that opened it, so the job opens the archive file by
// path in the worker thread and closes it there. The object itself lives in the GUI thread; its signals
// arrive there queued, so the GUI never blocks.
class ArchiveWorker : public QObject {
    Q_OBJECT

public:
    explicit ArchiveWorker(QString archivePath, QObject* parent = nullptr);
    ~ArchiveWorker() override; // cancels and waits for a running job

    void start();
    // Asks the job to stop; it rolls back and finishes with cancelled() true.
    void cancel();
    bool isRunning() const; // started and finished() not yet emitted
    // Blocks until the job has ended (for tests and for closing a window mid-job).
    bool wait(int timeoutMs = -1);

    // Valid after finished():
    bool succeeded() const { return m_succeeded; }
    bool cancelled() const { return m_succeeded ? false : m_cancel.load(); }
    const QString& errorText() const { return m_error; }
    // Any time, from the GUI thread: whether cancel() was called.
    bool cancelRequested() const { return m_cancel.load(); }

signals:
    // fraction 0..1; count = rows so far (import) or done (export)
    void progressChanged(double fraction, qint64 count);
    void finished();

protected:
    // Cancels a running job and waits for its thread. Every subclass calls it in its destructor: the job runs
    // the subclass's work() and reads its members, which are gone by the time ~ArchiveWorker runs.
    void stop();
    // Runs in the worker thread with the archive opened there. Returns false with `error` set on failure.
    virtual bool work(Archive& archive, QString& error) = 0;
    // For work(): reports progress (throttled) and tells whether to go on.
    bool report(double fraction, qint64 count);

private:
    void runInThread();

    QString m_archivePath;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    int m_lastPermille = -1;
    bool m_done = false; // GUI thread: finished() has been emitted
    // Written by the worker thread before it ends, read by the GUI thread after finished().
    bool m_succeeded = false;
    QString m_error;
};
