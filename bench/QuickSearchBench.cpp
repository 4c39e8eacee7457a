// Search-as-you-type latency on a large archive (default 1,000,000 demo customers, see BenchArchive.h):
// for every keystroke of typical searches, the time from the text typed so far to the first screenful
// (50) of ranked hits with their list rows — once through the search index (core/SearchIndex, what the
// quick search box uses) and once as a plain LIKE '%…%' scan over the same fields (LIMIT 50, so the scan
// stops as soon as it has a screenful). Prints p50/p95 per search and for all 1–4 character keystrokes.
// `bench_quicksearchbench [repeats] [--rebuild]`: --rebuild also times a full index rebuild.
#include "BenchArchive.h"
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

namespace {
double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const size_t index = std::min(samples.size() - 1, size_t(p * double(samples.size() - 1) + 0.5));
    return samples[index];
}

constexpr int screenful = 50;

qsizetype indexSearch(Archive& archive, const QString& text)
{
    const auto hits = SearchIndex(archive.database().connection()).search(SearchQuery(text, screenful));
    if (!hits) {
        std::fprintf(stderr, "%s\n", qPrintable(hits.error()));
        std::exit(1);
    }
    QVector<qint64> ids;
    for (const SearchHit& hit : *hits)
        ids.append(hit.customerId);
    if (!archive.customers().rows(ids))
        std::exit(1);
    return ids.size();
}

// The peer: what a quick search without an index does, over the same fields the index covers.
qsizetype likeScan(Archive& archive, const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    QSqlQuery q(archive.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id FROM customers c WHERE c.name LIKE ? ESCAPE '\\' OR c.code LIKE ? ESCAPE '\\'"
        " OR c.company LIKE ? ESCAPE '\\' OR c.notes LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM contacts k"
        " WHERE k.customer_id = c.id AND (k.name LIKE ? ESCAPE '\\' OR k.mobile LIKE ? ESCAPE '\\'"
        " OR k.phone LIKE ? ESCAPE '\\' OR k.email LIKE ? ESCAPE '\\')) LIMIT %1")
                  .arg(screenful));
    for (int i = 0; i < 8; ++i)
        q.addBindValue(pattern);
    if (!q.exec()) {
        std::fprintf(stderr, "LIKE scan failed\n");
        std::exit(1);
    }
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (!archive.customers().rows(ids))
        std::exit(1);
    return ids.size();
}

struct Typed {
    const char* label;
    QString text; // typed one character at a time
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int repeats = args.size() > 1 && args[1].toInt() > 0 ? std::max(3, args[1].toInt()) : 10;
    QElapsedTimer openTimer;
    openTimer.start();
    auto archive = openBenchArchive(); // an archive of an older format is migrated (index built) here
    std::printf("archive opened (and migrated if needed) in %.1f s: %lld customers\n", double(openTimer.elapsed()) / 1000.0,
                static_cast<long long>(archive->customers().count()));
    SearchIndex index(archive->database().connection());
    if (args.contains(QStringLiteral("--rebuild"))) {
        QElapsedTimer timer;
        timer.start();
        const auto built = index.rebuild();
        if (!built)
            return 1;
        std::printf("index rebuild: %lld customers in %.1f s\n", static_cast<long long>(*built),
                    double(timer.elapsed()) / 1000.0);
    }
    std::printf("index size: %.1f MB\n", double(index.sizeBytes()) / 1e6);

    const Typed searches[] = {
        {"person name 张伟", QStringLiteral("张伟")},
        {"company 深圳华为", QStringLiteral("深圳华为")},
        {"company word 科技", QStringLiteral("科技")},
        {"pinyin initials zwei", QStringLiteral("zwei")},
        {"pinyin initials lj", QStringLiteral("lj")},
        {"full pinyin wang", QStringLiteral("wang")},
        {"mobile 1380", QStringLiteral("1380")},
        {"last 4 digits 8000", QStringLiteral("8000")},
        {"code C012", QStringLiteral("C012")},
        {"no match 不存在的", QStringLiteral("不存在的")},
    };
    std::printf("%-24s %5s %6s | %9s %9s | %9s %9s\n", "keystrokes", "chars", "hits", "index p50", "index p95",
                "LIKE p50", "LIKE p95");
    std::vector<double> allIndex, allLike;
    for (const Typed& typed : searches) {
        for (int length = 1; length <= typed.text.size(); ++length) {
            const QString text = typed.text.left(length);
            std::vector<double> indexSamples, likeSamples;
            qsizetype hits = 0;
            for (int i = 0; i < repeats; ++i) {
                QElapsedTimer timer;
                timer.start();
                hits = indexSearch(*archive, text);
                indexSamples.push_back(double(timer.nsecsElapsed()) / 1e6);
                timer.restart();
                likeScan(*archive, text);
                likeSamples.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            allIndex.insert(allIndex.end(), indexSamples.begin(), indexSamples.end());
            allLike.insert(allLike.end(), likeSamples.begin(), likeSamples.end());
            std::printf("%-24s %5d %6lld | %9.1f %9.1f | %9.1f %9.1f\n", length == 1 ? typed.label : "", length,
                        static_cast<long long>(hits), percentile(indexSamples, 0.5), percentile(indexSamples, 0.95),
                        percentile(likeSamples, 0.5), percentile(likeSamples, 0.95));
        }
    }
    const double indexP95 = percentile(allIndex, 0.95), likeP95 = percentile(allLike, 0.95);
    std::printf("%-24s %5s %6s | %9.1f %9.1f | %9.1f %9.1f\n", "all 1-4 char keystrokes", "", "",
                percentile(allIndex, 0.5), indexP95, percentile(allLike, 0.5), likeP95);
    std::printf("p95 ratio LIKE / index: %.1fx\n", likeP95 / indexP95);
    return 0;
}
