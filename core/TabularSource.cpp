#include "TabularSource.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

template <typename Reader>
Result<std::unique_ptr<TabularSource>> upcast(Result<std::unique_ptr<Reader>>&& result)
{
    if (!result)
        return Result<std::unique_ptr<TabularSource>>::failure(result.error());
    return std::unique_ptr<TabularSource>(std::move(result).value());
}

} // namespace

Result<std::unique_ptr<TabularSource>> TabularSource::open(const QString& path, const TabularOptions& options)
{
    using Failure = Result<std::unique_ptr<TabularSource>>;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Failure::failure(QCoreApplication::translate("TabularSource", "The file “%1” does not exist.").arg(path), ErrorKind::NotFound);
    if (info.isDir())
        return Failure::failure(QCoreApplication::translate("TabularSource", "“%1” is a folder, not a file.").arg(name));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Failure::failure(QCoreApplication::translate("TabularSource", "“%1” cannot be opened: %2").arg(name, file->errorString()));

    // By content: users rename files, and Excel happily saves CSV text under .xls.
    const QByteArray magic = file->peek(8);
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06"))
        return upcast(XlsxReader::open(std::move(file), name));
    if (magic == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return Failure::failure(
            QCoreApplication::translate("TabularSource", "“%1” is an old Excel 97-2003 (.xls) or encrypted file; save it as .xlsx or CSV.").arg(name));
    return upcast(CsvReader::open(std::move(file), info.completeBaseName(), name, options));
}
