#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One merge as it was recorded, for the list of merges that can be undone.
struct MergeInfo {
    qint64 id = 0;
    QDateTime mergedAt;        // UTC
    QString userLogin;         // who merged; empty = nobody signed in
    qint64 survivorId = 0;
    QString survivorCode;      // the survivor's code at the time of the merge
    QString survivorName;      // its name now (empty when it no longer exists)
    QStringList mergedCodes;   // codes of the merged records (now aliases of the survivor)
    QStringList mergedNames;
    QDateTime undoneAt;        // invalid while the merge stands
    QString undoneBy;
};
