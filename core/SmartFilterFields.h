#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The fields and operators a smart list condition may use (keys stored in the JSON definition), with their
// display names for the filter builder.
class SmartFilterFields {
    Q_DECLARE_TR_FUNCTIONS(SmartFilterFields)

public:
    // Text: a customer column; Choice: kind or stage (value = key or display name); Date: YYYY-MM-DD or a
    // number of days; Many: tags or contact values, matching when any of them does.
    enum class Type { Text, Choice, Date, Many };

    struct Field {
        QString key;
        Type type;
        QString name; // translated
    };

    static const QList<Field>& all();
    static const Field* find(const QString& key);
    static QStringList operatorsFor(Type type);
    static QString operatorName(const QString& op); // translated
    static bool needsValue(const QString& op);       // false for is_empty / is_not_empty
};
