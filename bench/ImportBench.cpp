// Import speed against the tools a user would otherwise reach for, in the same run:
//  - a customer CSV (default 1,000,000 rows): Dossier's full import (parse, clean, validate, insert, index)
//    versus sqlite3's own `.import` of the same file into a bare table;
//  - a customer XLSX (default 100,000 rows): Dossier's full import versus xlsx2csv converting it to CSV alone.
// Prepare the files once (see docs/performance.md), then:
//   bench_importbench [CSV] [XLSX]
#include "Archive.h"
#include "Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace {
// Peak resident memory of this process so far (VmHWM), in MiB.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        std::fprintf(stderr, "cannot run %s\n", qPrintable(program));
        return -1;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return seconds;
}

// Imports `file` as customers into a fresh archive; returns seconds (or -1) and prints the counts.
double importIntoFreshArchive(const QString& file, const QTemporaryDir& dir)
{
    auto archive = Archive::open(dir.filePath(QFileInfo(file).fileName() + QStringLiteral(".sqlite")));
    auto source = TabularSource::open(file);
    if (!archive || !source) {
        std::fprintf(stderr, "%s\n", qPrintable(!archive ? archive.error() : source.error()));
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto report = Importer(**archive).run(**source, {});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error()));
        return -1;
    }
    std::printf("  rows %lld, imported %lld, rejected %lld, warnings %lld\n", static_cast<long long>(report->rows),
                static_cast<long long>(report->imported), static_cast<long long>(report->rejected),
                static_cast<long long>(report->problems.size()));
    return seconds;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString csv = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/dossier-bench-1m.csv");
    const QString xlsx = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/dossier-bench-100k.xlsx");
    QTemporaryDir dir;

    if (QFileInfo::exists(csv)) {
        std::printf("CSV %s (%.0f MB)\n", qPrintable(csv), double(QFileInfo(csv).size()) / 1e6);
        const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
        const double sqlite = runTool(QStringLiteral("sqlite3"), {bare},
                                      QStringLiteral(".mode csv\n.import '%1' customers\n").arg(csv).toUtf8());
        std::printf("  sqlite3 .import into a bare table: %.2f s\n", sqlite);
        const double dossier = importIntoFreshArchive(csv, dir);
        std::printf("  Dossier import: %.2f s = %.1f x sqlite3 .import; peak memory %.0f MiB\n", dossier, dossier / sqlite,
                    peakMemoryMiB());
    } else {
        std::printf("no %s: skipping the CSV comparison\n", qPrintable(csv));
    }
    if (QFileInfo::exists(xlsx)) {
        std::printf("XLSX %s (%.0f MB)\n", qPrintable(xlsx), double(QFileInfo(xlsx).size()) / 1e6);
        const double converter = runTool(QStringLiteral("xlsx2csv"), {xlsx, dir.filePath(QStringLiteral("x.csv"))});
        std::printf("  xlsx2csv to CSV alone: %.2f s\n", converter);
        const double dossier = importIntoFreshArchive(xlsx, dir);
        std::printf("  Dossier import: %.2f s = %.2f x xlsx2csv\n", dossier, dossier / converter);
    } else {
        std::printf("no %s: skipping the XLSX comparison\n", qPrintable(xlsx));
    }
    return 0;
}
