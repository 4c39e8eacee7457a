// Demo generation rate: customers (with their contacts, follow-ups and orders) written per second into a
// fresh archive file.
#include "Archive.h"
#include "DemoGenerator.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

static void DemoGeneration(benchmark::State& state)
{
    qint64 records = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto archive = std::move(Archive::open(dir.filePath(QStringLiteral("bench.sqlite"))).value());
        DemoGenerator::Options options;
        options.customers = state.range(0);
        state.ResumeTiming();
        const auto stats = DemoGenerator::generate(*archive, options);
        if (!stats) {
            state.SkipWithError(qPrintable(stats.error()));
            return;
        }
        records += stats->customers + stats->contacts + stats->interactions + stats->orders;
    }
    state.counters["customers_per_s"] =
        benchmark::Counter(double(state.range(0)) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["rows_per_s"] = benchmark::Counter(double(records), benchmark::Counter::kIsRate);
}
BENCHMARK(DemoGeneration)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
