#include "DueWorker.h"

#include "Archive.h"
#include "DueList.h"

DueWorker::DueWorker(QString archivePath, QDate today, QString user, QObject* parent)
    : ArchiveWorker(std::move(archivePath), parent), m_today(today), m_user(std::move(user))
{
    connect(this, &ArchiveWorker::finished, this, [this] {
        if (succeeded())
            emit resultReady(m_lists);
    });
}

bool DueWorker::work(Archive& archive, QString& error)
{
    auto lists = DueList(archive.database().connection()).compute(m_today, m_user);
    if (!lists) {
        error = lists.error();
        return false;
    }
    m_lists = std::move(lists).value();
    return report(1.0, m_lists.total());
}
