// The printed segment report for 100,000 customers (target: rendered to PDF in <= 10 s), as
// `dossier-cli report` makes it: SegmentReportBuilder gathers the members, SegmentReportRenderer writes the
// PDF. The archive is $DOSSIER_BENCH_SEG_DB (default /tmp/dossier-bench-seg.sqlite, shared with
// SegmentBench), generated with 100,000 demo customers when missing. Needs a QGuiApplication for the fonts:
// runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "BenchArchive.h"
#include "SegmentReportBuilder.h"
#include "SegmentReportRenderer.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

namespace {
std::unique_ptr<Archive> archive;
const QDate asOf(2026, 6, 30);

void openArchive()
{
    archive = openBenchArchive(100000, "DOSSIER_BENCH_SEG_DB", QStringLiteral("/tmp/dossier-bench-seg.sqlite"), asOf);
}

SegmentReportBuilder::Options options(int model) {
    SegmentReportBuilder::Options o;
    o.asOf = asOf;
    o.model = model == 0   ? SegmentModelKind::Rfm5
              : model == 1 ? SegmentModelKind::Rfm8
                           : SegmentModelKind::Abc;
    o.printedBy = QStringLiteral("bench");
    return o;
}

// Gathering only: R/F/M, segments, names and owners of every member.
void ReportData(benchmark::State& state) {
    for (auto _ : state) {
        const auto report = SegmentReportBuilder::build(*archive, options(int(state.range(0))));
        if (!report) {
            state.SkipWithError(qPrintable(report.error()));
            return;
        }
        state.counters["customers"] = double(report->memberCount());
    }
}

// What the user waits for: gathering plus the PDF on disk.
void ReportPdf(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        const auto report = SegmentReportBuilder::build(*archive, options(int(state.range(0))));
        if (!report) {
            state.SkipWithError(qPrintable(report.error()));
            return;
        }
        int pages = 0;
        if (Status s = SegmentReportRenderer::writePdf(*report, path, {}, &pages); !s) {
            state.SkipWithError(qPrintable(s.error()));
            return;
        }
        state.counters["customers"] = double(report->memberCount());
        state.counters["pages"] = pages;
        state.counters["MB"] = double(QFileInfo(path).size()) / 1e6;
    }
}
} // namespace

BENCHMARK(ReportData)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(ReportPdf)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);

int main(int argc, char** argv) {
    SegmentReportRenderer::tuneAllocator(); // as dossier-cli report does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    openArchive();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    archive.reset();
    return 0;
}
