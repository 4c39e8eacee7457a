#pragma once

#include "ImportUndo.h"
#include "Importer.h"
#include "TempArchive.h"

#include <QFile>
#include <QStringEncoder>

// Writes `text` to `path` in the given encoding, as a spreadsheet program would have saved it.
inline void writeTextFile(const QString& path, const QString& text, const char* encoding = "UTF-8")
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QStringEncoder encoder(encoding);
    ASSERT_TRUE(encoder.isValid()) << encoding;
    file.write(encoder.encode(text));
}

// Runs a whole import of `path` into the archive.
inline Result<ImportReport> importFile(Archive& archive, const QString& path, ImportOptions options = {},
                                       const Importer::Progress& progress = {})
{
    auto source = TabularSource::open(path);
    if (!source)
        return Result<ImportReport>::failure(source.error());
    options.fileName = path;
    return Importer(archive).run(**source, options, progress);
}
