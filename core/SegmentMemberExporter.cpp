#include "SegmentMemberExporter.h"

#include "CsvWriter.h"
#include "XlsxTableWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace {
using Cell = XlsxTableWriter::Cell;

// Yuan with two decimals, no grouping: what the importer reads back.
QString amountText(qint64 cents) {
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QList<Cell> cells(const SegmentReport::Section& section, const SegmentReport::Member& m) {
    return {Cell::ofText(section.title),
            Cell::ofText(m.code),
            Cell::ofText(m.name),
            Cell::ofText(m.owner),
            Cell::ofDate(m.lastOrder),
            Cell::ofText(QString::number(m.orders)),
            Cell::ofAmount(m.revenueCents),
            Cell::ofText(m.r),
            Cell::ofText(m.f),
            Cell::ofText(m.m)};
}

QString csvText(const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::Date:
        return cell.date.isValid() ? cell.date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    case Cell::Kind::Amount:
        return amountText(cell.cents);
    default:
        return cell.text;
    }
}

QString cannotWrite(const QString& path, const QString& why) {
    return SegmentMemberExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}
} // namespace

QStringList SegmentMemberExporter::headers() {
    return {tr("Segment"), tr("Code"),    tr("Name"), tr("Owner"), tr("Last order"),
            tr("Orders"),  tr("Revenue"), tr("R"),    tr("F"),     tr("M")};
}

Result<qint64> SegmentMemberExporter::exportTo(const SegmentReport& report, const QString& path,
                                               const QString& csvEncoding, const Progress& progress) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool xlsx = suffix == QLatin1String("xlsx");
    if (!xlsx && suffix != QLatin1String("csv"))
        return Result<qint64>::failure(tr("Cannot export to %1: the file name must end in .csv or .xlsx.")
                                           .arg(QDir::toNativeSeparators(path)),
                                       ErrorKind::Usage);
    const auto encoding = CsvWriter::encodingFromName(csvEncoding);
    if (!xlsx && !encoding)
        return Result<qint64>::failure(tr("Unknown CSV encoding %1: use utf-8 or gb18030.").arg(csvEncoding),
                                       ErrorKind::Usage);
    const qint64 total = report.memberCount();
    if (xlsx && total > XlsxTableWriter::maxDataRows)
        return Result<qint64>::failure(
            tr("%1 rows do not fit on one Excel sheet (at most 1,048,575). Export to CSV instead.")
                .arg(QLocale().toString(total)),
            ErrorKind::Usage);
    const auto cancelled = [] {
        return Result<qint64>::failure(tr("The export was cancelled; no file was written."),
                                       ErrorKind::Cancelled);
    };

    // Feeds every member row to `write`; false from `write` stops with its error, from progress cancels.
    qint64 written = 0;
    bool stopped = false;
    const auto produce = [&](const std::function<Status(const QList<Cell>&)>& write) -> Status {
        for (const SegmentReport::Section& section : report.sections)
            for (const SegmentReport::Member& member : section.members) {
                if (Status s = write(cells(section, member)); !s)
                    return s;
                if (++written % 1000 == 0 && progress && !progress(written, total)) {
                    stopped = true;
                    return Status::failure(QString(), ErrorKind::Cancelled);
                }
            }
        return {};
    };
    if (progress && !progress(0, total))
        return cancelled();

    if (!xlsx) {
        QSaveFile file(path); // renamed over the target on commit(): the old file stays until then
        if (!file.open(QIODevice::WriteOnly))
            return Result<qint64>::failure(cannotWrite(path, file.errorString()));
        CsvWriter csv(file, *encoding);
        Status status =
            csv.writeRow(headers()) ? Status() : Status::failure(cannotWrite(path, csv.errorString()));
        if (status)
            status = produce([&](const QList<Cell>& row) -> Status {
                QStringList fields;
                fields.reserve(row.size());
                for (const Cell& cell : row)
                    fields.append(csvText(cell));
                return csv.writeRow(fields) ? Status()
                                            : Status::failure(cannotWrite(path, csv.errorString()));
            });
        if (status && !csv.flush())
            status = Status::failure(cannotWrite(path, csv.errorString()));
        if (stopped) {
            file.cancelWriting();
            return cancelled();
        }
        if (!status) {
            file.cancelWriting();
            return Result<qint64>::failure(status.error(), status.errorKind());
        }
        if (!file.commit())
            return Result<qint64>::failure(cannotWrite(path, file.errorString()));
    } else {
        QTemporaryFile part(path + QStringLiteral(".XXXXXX.part"));
        if (!part.open())
            return Result<qint64>::failure(cannotWrite(path, part.errorString()));
        part.close();
        XlsxTableWriter sheet(part.fileName(), tr("Segment members"));
        Status status = sheet.open(headers(), total);
        if (status)
            status = produce([&](const QList<Cell>& row) { return sheet.writeRow(row); });
        if (status)
            status = sheet.close();
        if (stopped) {
            sheet.discard();
            return cancelled();
        }
        if (!status) {
            sheet.discard();
            return Result<qint64>::failure(status.error(), status.errorKind());
        }
        QFile::setPermissions(part.fileName(), QFile::exists(path) ? QFile::permissions(path)
                                                                   : QFile::ReadOwner | QFile::WriteOwner |
                                                                         QFile::ReadUser | QFile::WriteUser |
                                                                         QFile::ReadGroup | QFile::ReadOther);
        // rename(2) replaces the target in one step, so the old file is never gone before the new one is
        // whole.
        std::error_code code;
        std::filesystem::rename(std::filesystem::path(part.fileName().toStdU16String()),
                                std::filesystem::path(path.toStdU16String()), code);
        if (code)
            return Result<qint64>::failure(cannotWrite(path, QString::fromLocal8Bit(code.message())));
        part.setAutoRemove(false);
    }
    if (progress)
        progress(written, total);
    return written;
}
