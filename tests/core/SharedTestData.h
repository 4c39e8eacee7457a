#pragma once

#include <QFileInfo>
#include <QString>
#include <gtest/gtest.h>

// A file of the public test data in ../shared/data: DOSSIER_SHARED_DATA when set (tests/CMakeLists.txt sets
// it), else the same folder found from the source tree, so the tests also run straight from the build folder.
// The data must be there: a missing file fails the test, it is never skipped.
inline QString sharedData(const QString& relative)
{
    const QString root = qEnvironmentVariable("DOSSIER_SHARED_DATA", QStringLiteral(DOSSIER_SOURCE_DIR "/../shared/data"));
    const QString path = root + u'/' + relative;
    EXPECT_TRUE(QFileInfo::exists(path)) << "shared test data missing: " << path.toStdString();
    return path;
}
