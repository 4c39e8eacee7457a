#include "DueCommand.h"

#include "DueList.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonValue orNull(const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

QJsonArray toArray(const QList<DueItem>& items)
{
    QJsonArray array;
    for (const DueItem& item : items) {
        QJsonObject o{{QStringLiteral("kind"), DueKinds::toKey(item.kind)},
                      {QStringLiteral("date"), item.date.toString(Qt::ISODate)},
                      {QStringLiteral("code"), item.code},
                      {QStringLiteral("name"), item.name},
                      {QStringLiteral("title"), item.text.simplified()},
                      {QStringLiteral("text"), item.text},
                      {QStringLiteral("user"), orNull(item.user)}};
        if (item.taskId > 0)
            o.insert(QStringLiteral("task_id"), item.taskId);
        if (!item.person.isEmpty())
            o.insert(QStringLiteral("person"), item.person);
        array.append(o);
    }
    return array;
}
} // namespace

void DueCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("user"), tr("Only what is due for this user (login)."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("today"), tr("Take this date as today (default: today)."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
}

Result<DueCommand::Options> DueCommand::options(const QCommandLineParser& parser)
{
    Options o;
    o.user = parser.value(QStringLiteral("user")).trimmed();
    if (parser.isSet(QStringLiteral("user")) && o.user.isEmpty())
        return Result<Options>::failure(tr("--user needs a login."), ErrorKind::Usage);
    o.today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        const QString text = parser.value(QStringLiteral("today"));
        o.today = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!o.today.isValid())
            return Result<Options>::failure(tr("--today needs a date as YYYY-MM-DD, not '%1'.").arg(text),
                                            ErrorKind::Usage);
    }
    o.json = parser.isSet(QStringLiteral("json"));
    return o;
}

QJsonObject DueCommand::toJson(const DueLists& lists, const Options& options)
{
    return {{QStringLiteral("as_of"), options.today.toString(Qt::ISODate)},
            {QStringLiteral("user"), orNull(options.user)},
            {QStringLiteral("overdue"), toArray(lists.overdue)},
            {QStringLiteral("today"), toArray(lists.today)},
            {QStringLiteral("this_week"), toArray(lists.thisWeek)}};
}

Status DueCommand::run(Archive& archive, const Options& options, QTextStream& out)
{
    if (!options.user.isEmpty() && !archive.users().logins().contains(options.user))
        return Status::failure(tr("There is no user %1 in this archive; users: %2.")
                                   .arg(options.user, archive.users().logins().join(QStringLiteral(", "))),
                               ErrorKind::NotFound);
    const auto lists = DueList(archive.database().connection()).compute(options.today, options.user);
    if (!lists)
        return Status::failure(lists.error());
    if (options.json) {
        out << QString::fromUtf8(QJsonDocument(toJson(*lists, options)).toJson(QJsonDocument::Indented));
        out.flush();
        return {};
    }
    const auto group = [&](const QString& heading, const QList<DueItem>& items) {
        out << heading << " (" << items.size() << ")\n";
        for (const DueItem& item : items) {
            out << "  " << item.date.toString(Qt::ISODate) << "  " << DueKinds::displayName(item.kind) << "  "
                << item.code << "  " << item.name << "  " << item.text.simplified();
            if (!item.user.isEmpty())
                out << "  [" << item.user << ']';
            if (item.taskId > 0)
                out << "  " << tr("task %1").arg(item.taskId);
            out << '\n';
        }
    };
    group(tr("Overdue"), lists->overdue);
    group(tr("Today"), lists->today);
    group(tr("This week"), lists->thisWeek);
    out.flush();
    return {};
}
