#include "ColumnMapping.h"

#include "ImportField.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
const QString customPrefix = QStringLiteral("custom:");

// The field a header names, or empty. Field keys and translated headers count as synonyms too.
QString fieldForHeader(ImportTarget target, const QString& header, const QStringList& customFieldNames)
{
    const QString folded = ImportFields::fold(header);
    if (folded.isEmpty())
        return {};
    for (const QString& name : customFieldNames)
        if (ImportFields::fold(name) == folded)
            return customPrefix + name;
    for (const ImportField& field : ImportFields::forTarget(target)) {
        if (ImportFields::fold(field.key) == folded || ImportFields::fold(field.header()) == folded ||
            ImportFields::fold(QString::fromLatin1(field.headerSource)) == folded)
            return field.key;
        for (const QString& synonym : field.synonyms)
            if (ImportFields::fold(synonym) == folded)
                return field.key;
    }
    return {};
}
} // namespace

ColumnMapping ColumnMapping::automatic(ImportTarget target, const QStringList& headers, const QStringList& customFieldNames)
{
    ColumnMapping mapping;
    mapping.target = target;
    for (const QString& header : headers) {
        const QString field = fieldForHeader(target, header, customFieldNames);
        if (!field.isEmpty() && !mapping.columns.contains(field))
            mapping.columns.insert(field, {header.trimmed()});
    }
    return mapping;
}

int ColumnMapping::matchCount(ImportTarget target, const QStringList& cells, const QStringList& customFieldNames)
{
    return int(automatic(target, cells, customFieldNames).columns.size());
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Result<ColumnMapping>::failure(tr("The mapping is not a JSON object: %1").arg(error.errorString()));
    const QJsonObject object = doc.object();
    ColumnMapping mapping;
    if (object.contains(QStringLiteral("target"))) {
        const auto target = ImportTargets::fromKey(object.value(QStringLiteral("target")).toString());
        if (!target)
            return Result<ColumnMapping>::failure(
                tr("Unknown mapping target %1; use customers, orders or interactions.")
                    .arg(object.value(QStringLiteral("target")).toString()));
        mapping.target = *target;
    }
    const QJsonObject columns = object.value(QStringLiteral("columns")).toObject();
    if (columns.isEmpty())
        return Result<ColumnMapping>::failure(tr("The mapping has no \"columns\"."));
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        QStringList sources;
        if (it.value().isString())
            sources << it.value().toString();
        else if (it.value().isArray())
            for (const QJsonValue& v : it.value().toArray())
                sources << v.toString();
        sources.removeAll(QString());
        if (sources.isEmpty())
            return Result<ColumnMapping>::failure(tr("The mapping of %1 names no column.").arg(it.key()));
        mapping.columns.insert(it.key(), sources);
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ColumnMapping>::failure(tr("Cannot read the mapping file %1: %2").arg(path, file.errorString()));
    auto mapping = fromJson(file.read(1 << 20));
    if (!mapping)
        return Result<ColumnMapping>::failure(tr("%1: %2").arg(path, mapping.error()));
    return mapping;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columnsObject;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        columnsObject.insert(it.key(), it.value().size() == 1 ? QJsonValue(it.value().first())
                                                              : QJsonValue(QJsonArray::fromStringList(it.value())));
    return {{QStringLiteral("target"), ImportTargets::toKey(target)}, {QStringLiteral("columns"), columnsObject}};
}

Result<QMap<QString, QList<int>>> ColumnMapping::resolve(const QStringList& headers, const QStringList& customFieldNames) const
{
    QMap<QString, QList<int>> indexes;
    QStringList problems;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const QString& field = it.key();
        const bool known = field.startsWith(customPrefix) ? customFieldNames.contains(field.mid(customPrefix.size()))
                                                          : ImportFields::find(target, field) != nullptr;
        if (!known) {
            problems << tr("unknown field %1").arg(field);
            continue;
        }
        for (const QString& source : it.value()) {
            int index = -1;
            for (int i = 0; i < headers.size() && index < 0; ++i)
                if (headers[i].trimmed().compare(source.trimmed(), Qt::CaseInsensitive) == 0)
                    index = i;
            if (index < 0)
                problems << tr("no column %1 for %2").arg(source, field);
            else
                indexes[field].append(index);
        }
    }
    if (!problems.isEmpty())
        return Result<QMap<QString, QList<int>>>::failure(tr("The mapping does not fit the file: %1.").arg(problems.join(QStringLiteral("; "))));
    return indexes;
}
