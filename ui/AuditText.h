#pragma once

#include "AuditEntry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How audit rows read on screen: translated action and field names, and stored values (keys, JSON lists)
// as a person reads them.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString action(const QString& key);
    static QStringList actionKeys(); // every action a filter can choose
    static QString field(const QString& key);
    static QString value(const QString& field, const QString& stored);
    static QString who(const AuditEntry& entry); // login, or "—" for nobody
};
