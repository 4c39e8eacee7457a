#include "MergeCommand.h"

#include "BackupManager.h"
#include "CustomerMerger.h"
#include "MergeRepository.h"

namespace {
const QString keepOption = QStringLiteral("keep");
const QString fromOption = QStringLiteral("from");
} // namespace

void MergeCommand::addMergeOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(keepOption, tr("Code of the customer that is kept."), QStringLiteral("CODE")));
    parser.addOption(
        QCommandLineOption(fromOption, tr("Codes of the records merged into it (deleted; their codes become aliases)."),
                           QStringLiteral("CODE")));
}

Status MergeCommand::merge(Archive& archive, const QCommandLineParser& parser, const QStringList& moreCodes,
                           QTextStream& out, QTextStream& err)
{
    const QString keep = parser.value(keepOption).trimmed();
    QStringList from = parser.values(fromOption) + moreCodes;
    for (QString& code : from)
        code = code.trimmed();
    from.removeAll(QString());
    if (keep.isEmpty())
        return Status::failure(tr("merge needs --keep CODE: the customer that is kept."), ErrorKind::Usage);
    if (from.isEmpty())
        return Status::failure(tr("merge needs --from CODE [CODE…]: the records merged into it."), ErrorKind::Usage);
    // A copy of the file first (kept with the automatic backups): a merge is the one bulk change users regret.
    if (const auto backup = BackupManager::beforeMerge(archive.database()); !backup)
        return Status::failure(tr("No backup could be made before the merge, so nothing was merged: %1").arg(backup.error()));
    const auto merged = CustomerMerger(archive.database()).mergeCodes(keep, from);
    if (!merged)
        return Status::failure(merged.error(), merged.errorKind() == ErrorKind::Usage ? ErrorKind::Generic
                                                                                      : merged.errorKind());
    // stdout carries only the id, for scripts; the sentence goes to stderr.
    out << *merged << Qt::endl;
    err << tr("Merged %1 into %2 (merge %3; undo with: dossier-cli unmerge DB %3).")
               .arg(from.join(QStringLiteral(", ")), keep)
               .arg(*merged)
        << Qt::endl;
    return {};
}

Status MergeCommand::unmerge(Archive& archive, const QString& mergeId, QTextStream& out)
{
    bool ok = false;
    const qint64 id = mergeId.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Status::failure(tr("unmerge needs the merge id that merge printed (a whole number)."), ErrorKind::Usage);
    const auto undone = CustomerMerger(archive.database()).unmerge(id);
    if (!undone)
        return Status::failure(undone.error(), undone.errorKind());
    out << tr("Merge %1 undone: %2 restored; %3 has its fields back.")
               .arg(id)
               .arg(undone->mergedCodes.join(QStringLiteral(", ")), undone->survivorCode)
        << Qt::endl;
    return {};
}
