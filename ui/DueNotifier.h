#pragma once

#include "DueLists.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

// Announces reminders that have fallen due (today or overdue) with a tray message, once per item: the
// panel refreshes every few minutes and only what is new since the last message is shown. Without a
// system tray nothing is shown (the reminders panel still lists everything).
class DueNotifier : public QObject {
    Q_OBJECT

public:
    explicit DueNotifier(QObject* parent = nullptr);

    // Items of today and overdue not announced before; they count as announced from now on.
    QList<DueItem> takeNew(const DueLists& lists);
    // takeNew() and, when something is new and a tray exists, a tray message. Returns the message text
    // (empty when there was nothing new).
    QString notify(const DueLists& lists);
    void forget(); // another archive: its items are all new
    static QString message(const QList<DueItem>& items);

signals:
    void activated(); // the user clicked the message or the tray icon

private:
    QSet<QString> m_announced;
    QSystemTrayIcon* m_tray = nullptr;
};
