// Opening the customer list on a large archive (default 1,000,000 demo customers): from opening the file
// to the first screenful of rows the view paints, in the default pinyin name order; then re-sorting by
// other columns and jumping to far-away rows as a scroll bar drag does.
#include "BenchArchive.h"
#include "CustomerListModel.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

namespace {
QString benchPath()
{
    const QByteArray env = qgetenv("DOSSIER_BENCH_DB");
    return env.isEmpty() ? QStringLiteral("/tmp/dossier-bench-1m.sqlite") : QString::fromLocal8Bit(env);
}

// What a view does for one screen: every column of 40 rows from `first` on.
void paintScreen(const CustomerListModel& model, int first)
{
    for (int row = first; row < std::min(first + 40, model.rowCount()); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            benchmark::DoNotOptimize(model.data(model.index(row, column)));
}

void OpenArchiveAndShowFirstScreen(benchmark::State& state)
{
    for (auto _ : state) {
        auto archive = std::move(Archive::open(benchPath(), Database::OpenMode::MustExist).value());
        CustomerListModel model;
        model.setArchive(archive.get());
        paintScreen(model, 0);
        state.counters["rows"] = model.rowCount();
        model.setArchive(nullptr);
    }
}

void SortByColumn(benchmark::State& state)
{
    auto archive = std::move(Archive::open(benchPath(), Database::OpenMode::MustExist).value());
    CustomerListModel model;
    model.setArchive(archive.get());
    const int column = int(state.range(0));
    for (auto _ : state) {
        model.sort(column, Qt::DescendingOrder);
        paintScreen(model, 0);
    }
    state.SetLabel(model.headerData(column, Qt::Horizontal).toString().toStdString());
    model.setArchive(nullptr);
}

void JumpToDistantRows(benchmark::State& state)
{
    auto archive = std::move(Archive::open(benchPath(), Database::OpenMode::MustExist).value());
    CustomerListModel model;
    model.setArchive(archive.get());
    int row = 0;
    for (auto _ : state) {
        row = int((qint64(row) + 104729 * 97) % model.rowCount()); // a new, uncached page each time
        paintScreen(model, row);
    }
    model.setArchive(nullptr);
}
} // namespace

BENCHMARK(OpenArchiveAndShowFirstScreen)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(SortByColumn)
    ->Arg(CustomerListModel::Code)
    ->Arg(CustomerListModel::Name)
    ->Arg(CustomerListModel::Province)
    ->Arg(CustomerListModel::UpdatedAt)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(JumpToDistantRows)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    openBenchArchive(); // generates the archive once when it is missing
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
