#pragma once

#include "ArchiveWorker.h"

#include <functional>

// One short archive job for a file shared by a team (backup, check, handover, the maintenance on open) on a
// worker thread with its own connection, so the window stays responsive while SQLite copies or checks pages.
// The job returns a line for the status bar or a dialog, or false with `error` set.
class SharingJobWorker : public ArchiveWorker {
    Q_OBJECT

public:
    using Job = std::function<bool(Archive& archive, QString& message, QString& error)>;

    SharingJobWorker(QString archivePath, Job job, QObject* parent = nullptr)
        : ArchiveWorker(std::move(archivePath), parent), m_job(std::move(job))
    {
    }
    ~SharingJobWorker() override { stop(); }

    const QString& message() const { return m_message; } // valid after a successful finish

protected:
    bool work(Archive& archive, QString& error) override { return m_job(archive, m_message, error); }

private:
    Job m_job;
    QString m_message;
};
