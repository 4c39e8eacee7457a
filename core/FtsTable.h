#pragma once

#include "SearchEntry.h"

#include <QString>
#include <QStringView>

// One of the search index's FTS5 tables: its name, its one column, its fts5 options, and which text of a
// SearchEntry it holds.
struct FtsTable {
    QString name;
    QString column;
    QString options; // the fts5(...) arguments after the column
    QStringView (SearchEntry::*text)() const;

    // `moreOptions` (", content = ''") are added after the table's own.
    QString createSql(const QString& moreOptions = {}) const
    {
        return QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, %3%4)").arg(name, column, options, moreOptions);
    }
};
