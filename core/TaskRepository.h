#pragma once

#include "Interaction.h"
#include "Result.h"
#include "Task.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// All SQL about tasks. Completing a task logs a follow-up in the same transaction, so the customer's
// timeline always shows what was done.
class TaskRepository {
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    // How a task was done: becomes the follow-up that completing it logs.
    struct Completion {
        QString by;                                  // login of who did it
        InteractionType type = InteractionType::Other;
        QString note;                                // optional, appended to the follow-up text
        QDate nextDate;                              // optional next follow-up date
        QDateTime at;                                // default: now
    };

    explicit TaskRepository(QSqlDatabase& db) : m_db(db) {}

    // Needs a customer, a title and a due date (ErrorKind::Usage otherwise); unknown users are created.
    Result<Task> add(const Task& task);
    Result<Task> find(qint64 id); // ErrorKind::NotFound when absent
    // Open tasks first by due date, then done ones newest first.
    Result<QList<Task>> forCustomer(qint64 customerId);
    // Marks the task done and logs the follow-up; returns the follow-up. A task already done fails with
    // ErrorKind::Conflict and nothing is written.
    Result<Interaction> complete(qint64 taskId, const Completion& completion);
    Status remove(qint64 id);

private:
    QSqlDatabase& m_db;
};
