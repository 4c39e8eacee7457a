#pragma once

#include <QString>
#include <QtGlobal>

// One customer's search index entries, ready to be written: the text of each FTS table's one column.
struct SearchEntry {
    qint64 id = 0;
    QString body;  // search_text
    QString names; // search_names
    QString terms; // search_terms
};
