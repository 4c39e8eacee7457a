#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Something a user has to do for a customer by a date ("send the quote to 张总 by Friday").
struct Task {
    qint64 id = 0;
    qint64 customerId = 0;
    QString title;
    QDate dueDate;
    QString assignee;   // login; empty = whoever owns the customer
    QString createdBy;  // login
    QDateTime createdAt; // UTC, set by storage
    QDateTime doneAt;    // UTC; invalid while the task is open
    qint64 followUpId = 0; // the follow-up logged when the task was done

    bool isDone() const { return doneAt.isValid(); }
    bool operator==(const Task&) const = default;
};
