#include "TrashCommand.h"

#include "RecycleBin.h"

Status TrashCommand::remove(Archive& archive, const QString& code, QTextStream& out)
{
    const auto id = archive.customers().idOfCode(code.trimmed());
    if (!id)
        return Status::failure(id.error());
    if (*id == 0)
        return Status::failure(tr("There is no customer %1.").arg(code.trimmed()), ErrorKind::NotFound);
    const auto entry = RecycleBin(archive.database().connection()).moveToBin(*id);
    if (!entry)
        return Status::failure(entry.error(), entry.errorKind());
    out << tr("Customer %1 (%2) moved to the recycle bin. Restore it with: dossier-cli trash DB restore %1")
               .arg(entry->code, entry->name)
        << Qt::endl;
    return {};
}

Status TrashCommand::list(Archive& archive, QTextStream& out)
{
    const auto entries = RecycleBin(archive.database().connection()).list();
    if (!entries)
        return Status::failure(entries.error());
    for (const RecycleBinEntry& e : *entries)
        out << e.code << '\t' << e.name << '\t' << e.deletedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            << '\t' << (e.deletedBy.isEmpty() ? QStringLiteral("-") : e.deletedBy) << '\n';
    out.flush();
    return {};
}

Status TrashCommand::restore(Archive& archive, const QString& code, QTextStream& out)
{
    RecycleBin bin(archive.database().connection());
    const auto entry = bin.findByCode(code);
    if (!entry)
        return Status::failure(entry.error(), entry.errorKind());
    const auto restored = bin.restore(entry->id);
    if (!restored)
        return Status::failure(restored.error(), restored.errorKind());
    out << tr("Customer %1 (%2) restored.").arg(entry->code, entry->name) << Qt::endl;
    return {};
}

Status TrashCommand::purge(Archive& archive, const QString& code, QTextStream& out)
{
    RecycleBin bin(archive.database().connection());
    const auto entry = bin.findByCode(code);
    if (!entry)
        return Status::failure(entry.error(), entry.errorKind());
    if (Status s = bin.purge(entry->id); !s)
        return s;
    out << tr("Customer %1 (%2) removed from the recycle bin for good.").arg(entry->code, entry->name) << Qt::endl;
    return {};
}
