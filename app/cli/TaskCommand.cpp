#include "TaskCommand.h"

#include <QtGlobal>

void TaskCommand::addAddOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("title"), tr("What is to be done."), QStringLiteral("T")));
    parser.addOption(QCommandLineOption(QStringLiteral("due"), tr("Due date."), QStringLiteral("YYYY-MM-DD")));
    parser.addOption(QCommandLineOption(QStringLiteral("user"),
                                        tr("Assign to this user (default: whoever owns the customer)."),
                                        QStringLiteral("NAME")));
}

void TaskCommand::addDoneOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("note"), tr("What was done, for the follow-up."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("type"), tr("Follow-up type: call, visit, email, wechat, "
                                                                   "meeting or other (default)."),
                                        QStringLiteral("TYPE")));
    parser.addOption(QCommandLineOption(QStringLiteral("by"), tr("Who did it (default: the system user)."),
                                        QStringLiteral("NAME")));
}

QString TaskCommand::osUser()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString login = qEnvironmentVariable(variable).trimmed(); !login.isEmpty())
            return login;
    return {};
}

Status TaskCommand::add(Archive& archive, const QCommandLineParser& parser, const QString& code, QTextStream& out)
{
    if (!parser.isSet(QStringLiteral("title")) || !parser.isSet(QStringLiteral("due")))
        return Status::failure(tr("task add needs --title and --due."), ErrorKind::Usage);
    const QString dueText = parser.value(QStringLiteral("due"));
    const QDate due = QDate::fromString(dueText, QStringLiteral("yyyy-MM-dd"));
    if (!due.isValid())
        return Status::failure(tr("--due needs a date as YYYY-MM-DD, not '%1'.").arg(dueText), ErrorKind::Usage);
    const auto customer = archive.customers().findByCode(code);
    if (!customer)
        return Status::failure(customer.error(), customer.errorKind());
    Task task;
    task.customerId = customer->id;
    task.title = parser.value(QStringLiteral("title"));
    task.dueDate = due;
    task.assignee = parser.value(QStringLiteral("user")).trimmed();
    task.createdBy = osUser();
    const auto added = archive.tasks().add(task);
    if (!added)
        return Status::failure(added.error(), added.errorKind());
    out << added->id << Qt::endl;
    return {};
}

Status TaskCommand::done(Archive& archive, const QCommandLineParser& parser, const QString& id, QTextStream& out)
{
    bool ok = false;
    const qint64 taskId = id.toLongLong(&ok);
    if (!ok || taskId <= 0)
        return Status::failure(tr("ID must be the number 'task add' printed, not '%1'.").arg(id), ErrorKind::Usage);
    TaskRepository::Completion how;
    how.by = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")).trimmed() : osUser();
    how.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("type"))) {
        const auto type = InteractionTypes::fromText(parser.value(QStringLiteral("type")));
        if (!type)
            return Status::failure(tr("--type must be call, visit, email, wechat, meeting or other."), ErrorKind::Usage);
        how.type = *type;
    }
    const auto logged = archive.tasks().complete(taskId, how);
    if (!logged)
        return Status::failure(logged.error(), logged.errorKind());
    out << tr("Task %1 done; follow-up logged.").arg(taskId) << Qt::endl;
    return {};
}
