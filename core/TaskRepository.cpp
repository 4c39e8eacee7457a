#include "TaskRepository.h"

#include "CustomerOwnership.h"
#include "InteractionRepository.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
const QString taskColumns = QStringLiteral(
    "t.id, t.customer_id, t.title, t.due_date, coalesce(a.login, ''), coalesce(b.login, ''), t.created_at,"
    " t.done_at, coalesce(t.follow_up_id, 0)"
    " FROM tasks t LEFT JOIN users a ON a.id = t.assignee_id LEFT JOIN users b ON b.id = t.created_by");

Task readTask(const QSqlQuery& q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.title = q.value(2).toString();
    t.dueDate = SqlValue::toDate(q.value(3));
    t.assignee = q.value(4).toString();
    t.createdBy = q.value(5).toString();
    t.createdAt = SqlValue::toDateTime(q.value(6));
    t.doneAt = SqlValue::toDateTime(q.value(7));
    t.followUpId = q.value(8).toLongLong();
    return t;
}
} // namespace

Result<Task> TaskRepository::add(const Task& task)
{
    const QString title = task.title.trimmed();
    if (task.customerId <= 0)
        return Result<Task>::failure(tr("A task must belong to a customer."), ErrorKind::Usage);
    if (title.isEmpty())
        return Result<Task>::failure(tr("A task needs a title."), ErrorKind::Usage);
    if (!task.dueDate.isValid())
        return Result<Task>::failure(tr("A task needs a due date."), ErrorKind::Usage);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<Task>::failure(tr("The archive is busy or read-only; the task was not saved."));
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    exists.addBindValue(task.customerId);
    QString error;
    if (!SqlValue::exec(exists, &error))
        return Result<Task>::failure(error);
    if (!exists.next())
        return Result<Task>::failure(tr("The customer of this task no longer exists."), ErrorKind::NotFound);
    if (Status allowed = CustomerOwnership(m_db).check(task.customerId, Permission::Edit); !allowed)
        return Result<Task>::failure(allowed.error(), allowed.errorKind());
    UserRepository users(m_db);
    const auto assignee = users.ensure(task.assignee);
    const auto creator = users.ensure(task.createdBy);
    if (!assignee || !creator)
        return Result<Task>::failure(!assignee ? assignee.error() : creator.error());

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO tasks(customer_id, title, due_date, assignee_id, created_by, created_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(task.customerId);
    insert.addBindValue(title);
    insert.addBindValue(SqlValue::fromDate(task.dueDate));
    insert.addBindValue(SqlValue::fromId(*assignee));
    insert.addBindValue(SqlValue::fromId(*creator));
    insert.addBindValue(SqlValue::fromDateTime(task.createdAt.isValid() ? task.createdAt
                                                                        : QDateTime::currentDateTimeUtc()));
    if (!SqlValue::exec(insert, &error))
        return Result<Task>::failure(tr("Cannot save the task: %1").arg(error));
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Result<Task>::failure(tr("Cannot save the task: the archive refused the change."));
    return find(id);
}

Result<Task> TaskRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 WHERE t.id = ?").arg(taskColumns));
    q.addBindValue(id);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<Task>::failure(error);
    if (!q.next())
        return Result<Task>::failure(tr("There is no task %1.").arg(id), ErrorKind::NotFound);
    return readTask(q);
}

Result<QList<Task>> TaskRepository::forCustomer(qint64 customerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 WHERE t.customer_id = ?"
                             " ORDER BY t.done_at IS NOT NULL, CASE WHEN t.done_at IS NULL THEN t.due_date END,"
                             " t.done_at DESC, t.id")
                  .arg(taskColumns));
    q.addBindValue(customerId);
    QString error;
    if (!SqlValue::exec(q, &error))
        return Result<QList<Task>>::failure(error);
    QList<Task> tasks;
    while (q.next())
        tasks.append(readTask(q));
    return tasks;
}

Result<Interaction> TaskRepository::complete(qint64 taskId, const Completion& completion)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<Interaction>::failure(tr("The archive is busy or read-only; the task was not changed."));
    const auto task = find(taskId);
    if (!task)
        return Result<Interaction>::failure(task.error(), task.errorKind());
    if (task->isDone())
        return Result<Interaction>::failure(
            tr("The task \"%1\" was already done on %2.").arg(task->title, task->doneAt.toLocalTime().toString(Qt::ISODate)),
            ErrorKind::Conflict);

    Interaction followUp;
    followUp.customerId = task->customerId;
    followUp.type = completion.type;
    followUp.happenedAt = completion.at.isValid() ? completion.at : QDateTime::currentDateTimeUtc();
    followUp.author = completion.by;
    followUp.content = tr("Task done: %1").arg(task->title);
    if (const QString note = completion.note.trimmed(); !note.isEmpty())
        followUp.content += QLatin1Char('\n') + note;
    followUp.nextDate = completion.nextDate;
    auto logged = InteractionRepository(m_db).insert(followUp);
    if (!logged)
        return Result<Interaction>::failure(logged.error(), logged.errorKind());

    QSqlQuery done(m_db);
    done.prepare(QStringLiteral("UPDATE tasks SET done_at = ?, follow_up_id = ? WHERE id = ? AND done_at IS NULL"));
    done.addBindValue(SqlValue::fromDateTime(logged->happenedAt));
    done.addBindValue(logged->id);
    done.addBindValue(taskId);
    QString error;
    if (!SqlValue::exec(done, &error))
        return Result<Interaction>::failure(tr("Cannot mark the task done: %1").arg(error));
    if (done.numRowsAffected() != 1)
        return Result<Interaction>::failure(tr("The task was changed by someone else; nothing was saved."),
                                            ErrorKind::Conflict);
    if (!transaction.commit())
        return Result<Interaction>::failure(tr("Cannot mark the task done: the archive refused the change."));
    return logged;
}

Status TaskRepository::remove(qint64 id)
{
    const auto task = find(id);
    if (!task)
        return task.errorKind() == ErrorKind::NotFound ? Status() : Status::failure(task.error());
    if (Status allowed = CustomerOwnership(m_db).check(task->customerId, Permission::Edit); !allowed)
        return allowed;
    return SqlValue::run(m_db, QStringLiteral("DELETE FROM tasks WHERE id = ?"), {id});
}
