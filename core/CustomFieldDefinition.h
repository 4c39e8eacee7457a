#pragma once

#include <QString>
#include <QStringList>
#include <optional>

enum class CustomFieldType { Text, Number, Date, Choice };

// An admin-defined extra field on customers, stored as rows rather than schema columns.
struct CustomFieldDefinition {
    qint64 id = 0;
    QString name;
    CustomFieldType type = CustomFieldType::Text;
    QStringList choices; // for Choice

    static QString typeKey(CustomFieldType type); // "text", "number", "date", "choice"
    static std::optional<CustomFieldType> typeFromKey(const QString& key);

    bool operator==(const CustomFieldDefinition&) const = default;
};
