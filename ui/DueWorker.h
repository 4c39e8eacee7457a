#pragma once

#include "ArchiveWorker.h"
#include "DueLists.h"

#include <QDate>

// Computes the reminder lists (core/DueList) on a worker thread with its own connection: on a large archive
// the planned follow-ups take a moment to collect. resultReady() arrives in the GUI thread.
class DueWorker : public ArchiveWorker {
    Q_OBJECT

public:
    ~DueWorker() override { stop(); } // before the members work() uses are destroyed
    DueWorker(QString archivePath, QDate today, QString user, QObject* parent = nullptr);

    const DueLists& lists() const { return m_lists; } // valid after a successful finish
    QDate today() const { return m_today; }
    const QString& user() const { return m_user; }

signals:
    void resultReady(const DueLists& lists);

protected:
    bool work(Archive& archive, QString& error) override;

private:
    QDate m_today;
    QString m_user;
    DueLists m_lists;
};
