#pragma once

#include "ImportBatchInfo.h"
#include "Result.h"

#include <QCoreApplication>

class Archive;

// Undoes an import batch exactly: inserted records are removed, updated customers get back the fields,
// contacts, tags and custom fields they had before. Refused (nothing changed) when a record of the batch
// was changed again after the import, since undoing would silently throw that change away.
class ImportUndo {
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    static Result<ImportBatchInfo> undo(Archive& archive, qint64 batchId);
    static Result<QList<ImportBatchInfo>> batches(Archive& archive); // newest first
};
