#pragma once

#include <QString>
#include <QtGlobal>

// Everything one customer's search index entries are made of, as SearchDocumentReader reads it. The lists
// are joined the way SQLite's group_concat joins them: contacts by U+001E, each as name, mobile, phone and
// e-mail joined by U+001F; tags and alias codes by U+001F.
struct SearchDocument {
    qint64 id = 0;
    QString code, name, kind, givenName, company, notes, contacts, tags, aliases;
};
