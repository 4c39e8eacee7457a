#include "AuditCommand.h"

#include "AuditLog.h"
#include "CustomerHistory.h"
#include "RecycleBin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue nullable(const QString& text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const AuditEntry& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("user_id"), e.userId},
            {QStringLiteral("login"), e.login},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("code"), e.entityCode},
            {QStringLiteral("field"), e.field},
            {QStringLiteral("old_value"), nullable(e.oldValue)},
            {QStringLiteral("new_value"), nullable(e.newValue)},
            {QStringLiteral("detail"), e.detail}};
}

// One line per row, oldest first as a log reads: time, who, what, which record, field: old -> new, detail.
void print(const QList<AuditEntry>& rows, const QCommandLineParser& parser, QTextStream& out)
{
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            array.append(toJson(*it));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
            const AuditEntry& e = *it;
            QStringList parts = {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                 e.login.isEmpty() ? QStringLiteral("-") : e.login, e.action,
                                 e.entityCode.isEmpty() ? QStringLiteral("-") : e.entityCode};
            if (!e.field.isEmpty())
                parts.append(QStringLiteral("%1: %2 -> %3").arg(e.field, e.oldValue, e.newValue));
            else if (!e.newValue.isEmpty() || !e.oldValue.isEmpty())
                parts.append(e.newValue.isEmpty() ? e.oldValue : e.newValue);
            if (!e.detail.isEmpty())
                parts.append(e.detail);
            out << parts.join(QLatin1Char('\t')) << '\n';
        }
    }
    out.flush();
}
} // namespace

void AuditCommand::addAuditOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("since"), tr("Only rows from this day on (local time)."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
}

void AuditCommand::addHistoryOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
}

Status AuditCommand::audit(Archive& archive, const QCommandLineParser& parser, QTextStream& out)
{
    AuditQuery query;
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!day.isValid())
            return Status::failure(tr("--since needs a date as YYYY-MM-DD."), ErrorKind::Usage);
        query.since = day.startOfDay().toUTC();
    }
    const auto rows = AuditLog(archive.database().connection()).list(query);
    if (!rows)
        return Status::failure(rows.error());
    print(*rows, parser, out);
    return {};
}

Status AuditCommand::history(Archive& archive, const QString& code, const QCommandLineParser& parser, QTextStream& out)
{
    auto id = archive.customers().idOfCode(code.trimmed());
    if (!id)
        return Status::failure(id.error());
    if (*id == 0) {
        const auto binned = RecycleBin(archive.database().connection()).findByCode(code);
        if (!binned)
            return Status::failure(tr("There is no customer %1.").arg(code.trimmed()), ErrorKind::NotFound);
        id = binned->customerId;
    }
    const auto rows = CustomerHistory(archive).forCustomer(*id);
    if (!rows)
        return Status::failure(rows.error());
    print(*rows, parser, out);
    return {};
}
