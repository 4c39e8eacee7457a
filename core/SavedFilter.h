#pragma once

#include "SmartFilter.h"

#include <QDateTime>
#include <QString>

// A smart list saved in the archive: its owner sees it always, everybody when it is shared.
struct SavedFilter {
    qint64 id = 0; // 0 until stored
    QString name;
    QString owner; // login of the user who saved it
    bool shared = false;
    SmartFilter definition;
    QDateTime updatedAt; // UTC, set by storage

    bool operator==(const SavedFilter&) const = default;
};
