#include "CustomFieldDefinition.h"

QString CustomFieldDefinition::typeKey(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text: return QStringLiteral("text");
    case CustomFieldType::Number: return QStringLiteral("number");
    case CustomFieldType::Date: return QStringLiteral("date");
    case CustomFieldType::Choice: return QStringLiteral("choice");
    }
    return QStringLiteral("text");
}

std::optional<CustomFieldType> CustomFieldDefinition::typeFromKey(const QString& key)
{
    for (auto type : {CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date, CustomFieldType::Choice})
        if (typeKey(type) == key)
            return type;
    return std::nullopt;
}
