#include "AuditText.h"

#include "CustomerAudit.h"
#include "CustomerKind.h"
#include "CustomerStage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList AuditText::actionKeys()
{
    return {AuditActions::create,     AuditActions::update,      AuditActions::remove,       AuditActions::restore,
            AuditActions::purge,      AuditActions::merge,       AuditActions::import,       AuditActions::importUndo,
            AuditActions::exportData, AuditActions::signIn,      AuditActions::signInFailed, AuditActions::permission,
            AuditActions::viewSensitive, AuditActions::auditStart};
}

QString AuditText::action(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {AuditActions::create, QT_TR_NOOP("Created")},
        {AuditActions::update, QT_TR_NOOP("Changed")},
        {AuditActions::remove, QT_TR_NOOP("Deleted (to recycle bin)")},
        {AuditActions::restore, QT_TR_NOOP("Restored")},
        {AuditActions::purge, QT_TR_NOOP("Purged")},
        {AuditActions::merge, QT_TR_NOOP("Merged")},
        {AuditActions::import, QT_TR_NOOP("Imported")},
        {AuditActions::importUndo, QT_TR_NOOP("Import undone")},
        {AuditActions::exportData, QT_TR_NOOP("Exported")},
        {AuditActions::signIn, QT_TR_NOOP("Signed in")},
        {AuditActions::signInFailed, QT_TR_NOOP("Sign-in failed")},
        {AuditActions::permission, QT_TR_NOOP("Permissions changed")},
        {AuditActions::viewSensitive, QT_TR_NOOP("Viewed sensitive field")},
        {AuditActions::auditStart, QT_TR_NOOP("Audit log started")},
    };
    const char* name = names.value(key);
    return name ? tr(name) : key;
}

QString AuditText::field(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("province"), QT_TR_NOOP("Province")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("renewal_date"), QT_TR_NOOP("Renewal date")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contacts")},
    };
    if (key.startsWith(CustomerAudit::customPrefix))
        return key.mid(CustomerAudit::customPrefix.size());
    const char* name = names.value(key);
    return name ? tr(name) : key;
}

QString AuditText::value(const QString& field, const QString& stored)
{
    if (field == QLatin1String("stage"))
        if (const auto stage = CustomerStages::fromText(stored))
            return CustomerStages::displayName(*stage);
    if (field == QLatin1String("kind"))
        if (const auto kind = CustomerKinds::fromText(stored))
            return CustomerKinds::displayName(*kind);
    if (field == QLatin1String("tags")) {
        QStringList tags;
        for (const QJsonValue& tag : QJsonDocument::fromJson(stored.toUtf8()).array())
            tags.append(tag.toString());
        return tags.join(QStringLiteral("、"));
    }
    if (field == QLatin1String("contacts")) {
        QStringList people;
        for (const QJsonValue& v : QJsonDocument::fromJson(stored.toUtf8()).array()) {
            const QJsonObject c = v.toObject();
            QStringList parts;
            for (const char* key : {"name", "title", "mobile", "phone", "email", "wechat"})
                if (const QString part = c.value(QLatin1String(key)).toString(); !part.isEmpty())
                    parts.append(part);
            people.append(parts.join(QLatin1Char(' ')));
        }
        return people.join(QStringLiteral("; "));
    }
    return stored;
}

QString AuditText::who(const AuditEntry& entry)
{
    return entry.login.isEmpty() ? QStringLiteral("—") : entry.login;
}
