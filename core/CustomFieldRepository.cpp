#include "CustomFieldRepository.h"

#include "SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

Result<QList<CustomFieldDefinition>> CustomFieldRepository::definitions()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, type, choices FROM custom_field_defs ORDER BY position, id"));
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QList<CustomFieldDefinition>>::failure(error);
    QList<CustomFieldDefinition> result;
    while (query.next()) {
        CustomFieldDefinition definition;
        definition.id = query.value(0).toLongLong();
        definition.name = query.value(1).toString();
        definition.type = CustomFieldDefinition::typeFromKey(query.value(2).toString()).value_or(CustomFieldType::Text);
        const QString choices = query.value(3).toString();
        if (!choices.isEmpty())
            definition.choices = choices.split(QLatin1Char('\n'));
        result.append(definition);
    }
    return result;
}

Result<CustomFieldDefinition> CustomFieldRepository::define(const CustomFieldDefinition& definition)
{
    const QString name = definition.name.trimmed();
    if (name.isEmpty())
        return Result<CustomFieldDefinition>::failure(tr("A custom field needs a name."), ErrorKind::Usage);
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM custom_field_defs WHERE name = ?"));
    exists.addBindValue(name);
    if (exists.exec() && exists.next())
        return Result<CustomFieldDefinition>::failure(tr("A custom field named %1 already exists.").arg(name),
                                                      ErrorKind::Duplicate);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO custom_field_defs(name, type, choices, position) "
                                  "VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM custom_field_defs))"));
    insert.addBindValue(name);
    insert.addBindValue(CustomFieldDefinition::typeKey(definition.type));
    insert.addBindValue(SqlValue::fromText(definition.choices.join(QLatin1Char('\n'))));
    QString error;
    if (!SqlValue::exec(insert, &error))
        return Result<CustomFieldDefinition>::failure(error);
    CustomFieldDefinition stored = definition;
    stored.name = name;
    stored.id = insert.lastInsertId().toLongLong();
    return stored;
}
