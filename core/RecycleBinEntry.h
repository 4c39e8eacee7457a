#pragma once

#include <QDateTime>
#include <QString>

// A deleted customer waiting in the recycle bin.
struct RecycleBinEntry {
    qint64 id = 0;
    qint64 customerId = 0; // the id it had (and gets back when still free)
    QString code;
    QString name;
    QDateTime deletedAt; // UTC
    QString deletedBy;   // login; empty when nobody was signed in
};
