#include "SmartFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int formatVersion = 1;
}

QByteArray SmartFilter::toJson() const
{
    QJsonArray rows;
    for (const SmartFilterCondition& c : conditions)
        rows.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("op"), c.op},
                                {QStringLiteral("value"), c.value}});
    const QJsonObject object{{QStringLiteral("version"), formatVersion},
                             {QStringLiteral("match"), match == Match::Any ? QStringLiteral("any") : QStringLiteral("all")},
                             {QStringLiteral("conditions"), rows}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<SmartFilter> SmartFilter::fromJson(const QByteArray& json)
{
    const auto fail = [](const QString& message) { return Result<SmartFilter>::failure(message, ErrorKind::Usage); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The smart list definition is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject object = doc.object();
    const int version = object.value(QStringLiteral("version")).toInt(formatVersion);
    if (version > formatVersion)
        return fail(tr("The smart list was saved by a newer version of Dossier (format %1).").arg(version));
    SmartFilter filter;
    const QString match = object.value(QStringLiteral("match")).toString(QStringLiteral("all"));
    if (match == QLatin1String("any"))
        filter.match = Match::Any;
    else if (match != QLatin1String("all"))
        return fail(tr("A smart list matches \"all\" or \"any\" conditions, not \"%1\".").arg(match));
    const QJsonValue rows = object.value(QStringLiteral("conditions"));
    if (!rows.isUndefined() && !rows.isArray())
        return fail(tr("The smart list's conditions are not a list."));
    for (const QJsonValue& row : rows.toArray()) {
        if (!row.isObject())
            return fail(tr("A smart list condition is not an object."));
        const QJsonObject o = row.toObject();
        SmartFilterCondition condition;
        condition.field = o.value(QStringLiteral("field")).toString();
        condition.op = o.value(QStringLiteral("op")).toString();
        const QJsonValue value = o.value(QStringLiteral("value"));
        condition.value = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
        filter.conditions.append(condition);
    }
    return filter;
}
