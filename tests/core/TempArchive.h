#pragma once

#include "Archive.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// A fresh archive file in its own temporary folder, removed after the test.
class TempArchive {
public:
    TempArchive()
    {
        path = dir.filePath(QStringLiteral("test.sqlite"));
        auto opened = Archive::open(path);
        if (!opened)
            ADD_FAILURE() << "cannot open archive: " << opened.error().toStdString();
        else
            archive = std::move(opened.value());
    }
    Archive& operator*() { return *archive; }
    Archive* operator->() { return archive.get(); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Archive> archive;
};

inline Customer makeCustomer(const QString& name, const QString& code = QString())
{
    Customer c;
    c.name = name;
    c.code = code;
    return c;
}

// Every schema object of one type ("index", "trigger") as name and definition, by name; automatic indexes
// have no definition.
inline QStringList schemaEntries(Archive& archive, const char* type)
{
    QSqlQuery q(archive.database().connection());
    q.prepare(QStringLiteral("SELECT name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE type = ? ORDER BY name"));
    q.addBindValue(QString::fromLatin1(type));
    EXPECT_TRUE(q.exec()) << type;
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}
