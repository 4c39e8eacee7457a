// Opening the segment dashboard on a large archive (issue 5: ≤ 1 s with the GUI responsive throughout).
// A timed driver, not a Google Benchmark loop: it opens the dashboard like the main window does and
// measures, per run,
//   shown    - constructing and showing the window until its first paint,
//   segments - until the segment charts are filled (SegmentWorker done),
//   all      - until every tab is filled (churn list, province/industry, follow-ups, snapshots),
//   max gap  - the longest the GUI thread went without serving a 5 ms timer in that time (responsiveness),
//   cpu      - the process's CPU time (all threads) until everything is filled: on a machine shared with
//              other jobs it shows how much work there was, while the wall times show the waiting too.
// The archive is $DOSSIER_BENCH_DASHBOARD_DB (default /tmp/dossier-bench-dashboard.sqlite), generated
// with 100,000 demo customers (seed 1) when missing. Run under xvfb-run or with QT_QPA_PLATFORM=offscreen.
#include "Archive.h"
#include "DemoGenerator.h"
#include "SegmentDashboard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {
QString archivePath()
{
    const QByteArray env = qgetenv("DOSSIER_BENCH_DASHBOARD_DB");
    return env.isEmpty() ? QStringLiteral("/tmp/dossier-bench-dashboard.sqlite") : QString::fromLocal8Bit(env);
}

bool prepare(const QString& path)
{
    const bool exists = QFileInfo::exists(path);
    auto archive = Archive::open(path); // also upgrades an older archive, so the runs measure no migration
    if (!archive) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(archive.error()));
        return false;
    }
    if (!exists) {
        std::fprintf(stderr, "generating 100,000 demo customers into %s ...\n", qPrintable(path));
        DemoGenerator::Options options;
        options.customers = 100000;
        options.seed = 1;
        if (auto generated = DemoGenerator::generate(**archive, options); !generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error()));
            return false;
        }
    }
    std::fprintf(stderr, "%s: %lld customers\n", qPrintable(path), static_cast<long long>((*archive)->customers().count()));
    return true;
}

struct Run {
    double shown = 0, segments = 0, all = 0, maxGap = 0, cpu = 0;
};

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

Run runOnce(const QString& path)
{
    Run run;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    double maxGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });

    const double cpuBefore = cpuMs();
    clock.start();
    SegmentDashboard dashboard(path);
    dashboard.show();
    QApplication::processEvents(); // first paint
    run.shown = double(clock.nsecsElapsed()) / 1e6;
    sinceTick.start();
    ticker.start();
    while (!(dashboard.hasStats() && dashboard.hasDetails() && !dashboard.isBusy())) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (run.segments == 0 && dashboard.hasStats())
            run.segments = double(clock.nsecsElapsed()) / 1e6;
        if (clock.elapsed() > 60000 || !dashboard.errorText().isEmpty()) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(dashboard.errorText()));
            break;
        }
    }
    run.all = double(clock.nsecsElapsed()) / 1e6;
    run.cpu = cpuMs() - cpuBefore;
    if (run.segments == 0)
        run.segments = run.all;
    ticker.stop();
    run.maxGap = maxGap;
    return run;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString path = archivePath();
    if (!prepare(path))
        return 1;
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    std::printf("run  shown_ms  segments_ms  all_ms  max_gui_gap_ms  cpu_ms\n");
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(path);
        std::printf("%3d  %8.0f  %11.0f  %6.0f  %14.0f  %6.0f\n", i + 1, r.shown, r.segments, r.all, r.maxGap, r.cpu);
        std::fflush(stdout);
    }
    return 0;
}
