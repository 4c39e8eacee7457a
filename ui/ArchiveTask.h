#pragma once

#include "ArchiveWorker.h"

#include <functional>

// An ArchiveWorker for a short job given as a function: the job runs in the worker thread with the archive
// opened there, writes its result where the caller can read it after finished(), and returns false with
// `error` set on failure. Saves a worker class per dashboard query.
class ArchiveTask : public ArchiveWorker {
    Q_OBJECT

public:
    ~ArchiveTask() override { stop(); } // before the members work() uses are destroyed
    using Job = std::function<bool(Archive& archive, QString& error)>;

    ArchiveTask(QString archivePath, Job job, QObject* parent = nullptr)
        : ArchiveWorker(std::move(archivePath), parent), m_job(std::move(job))
    {
    }

protected:
    bool work(Archive& archive, QString& error) override { return m_job(archive, error); }

private:
    Job m_job;
};
