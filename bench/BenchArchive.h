#pragma once

#include "Archive.h"
#include "DemoGenerator.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>

// The large demo archive a benchmark reads: the path in the environment variable `pathVariable` (default
// `defaultPath`), generated once with `customers` demo customers (seed 1, orders up to `today`) when missing.
inline std::unique_ptr<Archive> openBenchArchive(qint64 customers = 1000000, const char* pathVariable = "DOSSIER_BENCH_DB",
                                                 const QString& defaultPath = QStringLiteral("/tmp/dossier-bench-1m.sqlite"),
                                                 QDate today = QDate::currentDate())
{
    const QByteArray env = qgetenv(pathVariable);
    const QString path = env.isEmpty() ? defaultPath : QString::fromLocal8Bit(env);
    const bool exists = QFileInfo::exists(path);
    auto archive = Archive::open(path);
    if (!archive) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(archive.error()));
        std::exit(1);
    }
    if (!exists || (*archive)->customers().count() == 0) {
        std::fprintf(stderr, "generating %lld demo customers into %s ...\n", static_cast<long long>(customers), qPrintable(path));
        DemoGenerator::Options options;
        options.customers = customers;
        options.today = today;
        if (auto generated = DemoGenerator::generate(**archive, options); !generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error()));
            std::exit(1);
        }
    }
    return std::move(archive.value());
}
