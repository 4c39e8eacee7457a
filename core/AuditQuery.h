#pragma once

#include <QDateTime>
#include <QString>

// Which audit rows to read; empty members do not filter.
struct AuditQuery {
    QDateTime since {}; // inclusive, UTC
    QDateTime until {}; // exclusive, UTC
    QString login {};
    QString action {};
    QString text {};  // substring of code, field, old/new value or detail
    QString entity {};// with entityId: the rows of one record
    qint64 entityId = 0;
    int limit = -1;   // newest first; -1 = all
};
