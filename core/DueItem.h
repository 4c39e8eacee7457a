#pragma once

#include <QDate>
#include <QString>

// What a reminder is about.
enum class DueKind { Task, FollowUp, Birthday, Renewal };

namespace DueKinds {
QString toKey(DueKind kind); // "task", "follow_up", "birthday", "renewal" (CLI JSON)
QString displayName(DueKind kind);
} // namespace DueKinds

// One entry of the reminder lists (DueList): a task, a planned follow-up, a birthday or a renewal date.
struct DueItem {
    DueKind kind = DueKind::Task;
    QDate date;          // when it is due (birthdays: this year's occurrence)
    qint64 customerId = 0;
    QString code;        // customer code
    QString name;        // customer name
    QString text;        // task title, follow-up note, whose birthday, ...
    QString user;        // login it is for; empty = nobody
    qint64 taskId = 0;   // tasks only
    qint64 followUpId = 0; // planned follow-ups: the follow-up that set the date
    QString person;      // birthdays: the person

    bool operator==(const DueItem&) const = default;
};
