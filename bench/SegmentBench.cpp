// Segmenting a large archive: R/F/M for every customer plus the rfm5, rfm8 and ABC segments, as
// `dossier-cli segment` does. The archive is $DOSSIER_BENCH_SEG_DB (default /tmp/dossier-bench-seg.sqlite),
// generated with 100,000 demo customers (about 650,000 orders) when missing.
#include "AbcSegmenter.h"
#include "BenchArchive.h"
#include "RfmCalculator.h"
#include "RfmSegmenter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <cstdio>

namespace {
std::unique_ptr<Archive> archive;
const QDate asOf(2026, 6, 30);

void openArchive()
{
    archive = openBenchArchive(100000, "DOSSIER_BENCH_SEG_DB", QStringLiteral("/tmp/dossier-bench-seg.sqlite"), asOf);
}

void Segment(benchmark::State& state)
{
    const int model = int(state.range(0));
    qint64 orders = 0;
    QSqlQuery count(archive->database().connection());
    if (count.exec(QStringLiteral("SELECT count(*) FROM orders")) && count.next())
        orders = count.value(0).toLongLong();
    for (auto _ : state) {
        const auto values = RfmCalculator(archive->database().connection()).compute({asOf, {}});
        if (!values) {
            state.SkipWithError(qPrintable(values.error()));
            return;
        }
        if (model == 0)
            benchmark::DoNotOptimize(RfmSegmenter::rfm5(*values));
        else if (model == 1)
            benchmark::DoNotOptimize(RfmSegmenter::rfm8(*values));
        else
            benchmark::DoNotOptimize(AbcSegmenter::tiers(*values));
        state.counters["customers"] = double(values->size());
    }
    state.counters["orders"] = double(orders);
    state.SetLabel(model == 0 ? "rfm5" : model == 1 ? "rfm8" : "abc");
}
} // namespace

BENCHMARK(Segment)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    openArchive();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    archive.reset();
    return 0;
}
