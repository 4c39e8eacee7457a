// Quick-search latency on a large archive (default 1,000,000 demo customers): the time from a typed
// search text to the matching ids in display order plus the first screenful of rows, which is what the
// list shows after each keystroke. Prints p50/p95 per kind of search over repeated runs.
#include "BenchArchive.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace {
struct Case {
    const char* label;
    QString text;
};

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const size_t index = std::min(samples.size() - 1, size_t(p * double(samples.size() - 1) + 0.5));
    return samples[index];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 20;
    auto archive = openBenchArchive();
    const qint64 total = archive->customers().count();
    std::printf("archive: %lld customers\n", static_cast<long long>(total));

    const Case cases[] = {
        {"person name (张伟)", QStringLiteral("张伟")},
        {"company word (科技)", QStringLiteral("科技")},
        {"city + brand (深圳华)", QStringLiteral("深圳华")},
        {"code (C0123)", QStringLiteral("C0123")},
        {"mobile digits (1380013)", QStringLiteral("1380013")},
        {"no match (不存在的客户)", QStringLiteral("不存在的客户")},
    };
    std::printf("%-28s %10s %10s %10s\n", "search", "matches", "p50 ms", "p95 ms");
    std::vector<double> all;
    for (const Case& c : cases) {
        std::vector<double> samples;
        qsizetype matches = 0;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            CustomerFilter filter;
            filter.quickSearch = c.text;
            const auto ids = archive->customers().listIds(filter, CustomerSortKey::Code);
            const auto rows = archive->customers().rows(ids->mid(0, 50));
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
            matches = ids->size();
            if (!rows)
                return 1;
        }
        all.insert(all.end(), samples.begin(), samples.end());
        std::printf("%-28s %10lld %10.1f %10.1f\n", c.label, static_cast<long long>(matches), percentile(samples, 0.5),
                    percentile(samples, 0.95));
    }
    std::printf("%-28s %10s %10.1f %10.1f\n", "all searches", "", percentile(all, 0.5), percentile(all, 0.95));
    return 0;
}
