#include "ArchiveWorker.h"

#include "Archive.h"
#include "SignedInUser.h"

#include <QDeadlineTimer>
#include <QThread>

ArchiveWorker::ArchiveWorker(QString archivePath, QObject* parent)
    : QObject(parent), m_archivePath(std::move(archivePath))
{
}

ArchiveWorker::~ArchiveWorker()
{
    stop();
    delete m_thread;
}

void ArchiveWorker::stop()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ArchiveWorker::start()
{
    if (m_thread)
        return; // one job per worker
    m_cancel = false;
    m_thread = QThread::create([this] { runInThread(); });
    m_thread->setObjectName(QStringLiteral("ArchiveWorker"));
    // QThread::finished is emitted in the worker thread; this object lives in the GUI thread, so the
    // connection is queued and finished() is emitted there, after every write of the job is visible.
    connect(m_thread, &QThread::finished, this, [this] {
        // QThread::isRunning() may still be true here; the job itself is over.
        m_done = true;
        emit finished();
    });
    m_thread->start();
}

void ArchiveWorker::cancel()
{
    m_cancel = true;
}

bool ArchiveWorker::isRunning() const
{
    return m_thread && !m_done;
}

bool ArchiveWorker::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
}

bool ArchiveWorker::report(double fraction, qint64 count)
{
    // A signal per permille at most: a million rows must not flood the GUI's event queue.
    const int permille = qBound(0, int(fraction * 1000), 1000);
    if (permille != m_lastPermille) {
        m_lastPermille = permille;
        emit progressChanged(fraction, count);
    }
    return !m_cancel.load();
}

void ArchiveWorker::runInThread()
{
    auto opened = Archive::open(m_archivePath, Database::OpenMode::MustExist);
    if (!opened) {
        m_error = opened.error();
        return;
    }
    std::unique_ptr<Archive> archive = std::move(opened).value();
    archive->database().setActingUser(SignedInUser::forArchive(m_archivePath)); // the window's role decides
    QString error;
    m_succeeded = work(*archive, error);
    if (!m_succeeded)
        m_error = error;
    // The archive (and its connection) closes here, in the thread that opened it.
}
