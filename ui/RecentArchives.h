#pragma once

#include <QStringList>

// The archives opened last, most recent first, kept in QSettings "recentArchives".
class RecentArchives {
public:
    static constexpr int MaxEntries = 8;

    static QStringList list();
    static void add(const QString& path); // moves it to the front
    static void remove(const QString& path);
    static void clear();
};
