#pragma once

#include "Archive.h"

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
