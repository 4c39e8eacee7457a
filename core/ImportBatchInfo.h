#pragma once

#include <QDateTime>
#include <QString>

// One import as it was recorded, for the undo list.
struct ImportBatchInfo {
    qint64 id = 0;
    QDateTime createdAt;
    QString fileName;
    QString target; // "customers", "orders", "interactions"
    qint64 imported = 0;
    qint64 updated = 0;
    QDateTime undoneAt; // invalid while the batch stands
};
