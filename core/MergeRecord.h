#pragma once

#include <QByteArray>
#include <QString>

// What a merge stored about one of the records it merged away (see CustomerMerger for the snapshot format).
struct MergeRecord {
    qint64 customerId = 0;
    QString code;
    QString name;
    QByteArray snapshot; // JSON: {"customer": row, "rows": {table: [rows its deletion removed]}}
};

// One child row a merge moved to the survivor, and where from.
struct MergeMove {
    QString entity;  // a table name ("contacts", "interactions", ...), "alias" or "rejection"
    QString rowKey;  // the row's id, the alias code, or "left,right" of a rejection the merge added
    qint64 fromCustomerId = 0;
    QString detail;  // contacts: the primary flag before the move
};
