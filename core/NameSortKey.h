#pragma once

#include <QByteArray>
#include <QString>

// Binary sort key for names in Chinese pinyin order (ICU zh collation). Stored next to the name so the
// database can sort a million customers with a plain index: BLOBs compare bytewise like ICU keys do.
class NameSortKey {
public:
    static QByteArray of(const QString& name);
    // Identifies the collation that produced the keys; when it changes the stored keys are rebuilt.
    static QString collatorVersion();
};
