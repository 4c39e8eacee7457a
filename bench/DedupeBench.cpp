// Full duplicate scan (core/DuplicateFinder, what `dossier-cli dedupe` runs) on a demo archive with about
// 10 % duplicates (DemoDuplicates: one or two corrupted copies of 6–7 % of the customers, codes ORIGINAL-Dn).
// `bench_dedupebench [customers]` (default 1,000,000): the archive is $DOSSIER_DEDUPE_DB or
// /tmp/dossier-dedupe-<customers>.sqlite, generated on first use (duplicates are added to an archive without
// any). Prints the scan's figures, its peak memory
// (the process's maximum resident set), precision/recall/F1 of the merged groups against the codes, and the
// latency of the check on entry (DuplicateFinder::findFor) for every 500th customer entered again.
// `bench_dedupebench --entry-only [customers]`: only the check on entry, on an existing archive (no generation,
// no scan; the model the last scan stored, or neutral weights): every 500th customer entered again, then
// entered as someone new of the same name and city, with a phone nobody has (the name lookup's worst case).
#include "Archive.h"
#include "DemoDuplicates.h"
#include "DemoGenerator.h"
#include "DuplicateFinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <set>

namespace {
QString truthOf(const QString& code)
{
    const qsizetype at = code.indexOf(QStringLiteral("-D"));
    return at < 0 ? code : code.left(at);
}

// The check on entry for every 500th customer: entered again (a new, unsaved record with its primary contact),
// or with `stranger`, as someone new of the same name and city: no address, birthday or ID number, and a phone
// nobody has (the name lookup's worst case).
void entryCheck(Archive& archive, qint64 lastId, bool stranger)
{
    std::vector<double> ms;
    qint64 flagged = 0, people = 0, peopleFlagged = 0;
    for (qint64 id = 1; id <= lastId; id += 500) {
        auto customer = archive.customers().findById(id);
        if (!customer)
            continue;
        const auto contacts = archive.contacts().forCustomer(id);
        Customer entered = *customer;
        entered.id = 0;
        Contact primary = contacts && !contacts->isEmpty() ? contacts->first() : Contact{};
        if (stranger) {
            entered.idNumber.clear();
            entered.birthday = {};
            entered.address.clear();
            entered.postcode.clear();
            primary = Contact{};
            primary.mobile = QStringLiteral("+86199%1").arg(id, 8, 10, QLatin1Char('0'));
        }
        QElapsedTimer timer;
        timer.start();
        const auto likely = DuplicateFinder(archive.database().connection()).findFor(entered, primary);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        const bool hit = likely && !likely->isEmpty();
        flagged += hit ? 1 : 0;
        if (entered.kind == CustomerKind::Individual) {
            ++people;
            peopleFlagged += hit ? 1 : 0;
        }
    }
    std::sort(ms.begin(), ms.end());
    if (!ms.empty())
        std::printf("entry check (%s): %zu records, p50 %.1f ms, p95 %.1f ms, max %.1f ms; flagged %lld (persons: %lld of %lld)\n",
                    stranger ? "someone new, same name and city" : "the record entered again", ms.size(), ms[ms.size() / 2],
                    ms[ms.size() * 95 / 100], ms.back(), static_cast<long long>(flagged), static_cast<long long>(peopleFlagged),
                    static_cast<long long>(people));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool entryOnly = argc > 1 && QByteArray(argv[1]) == "--entry-only";
    if (entryOnly) {
        --argc;
        ++argv;
    }
    const qint64 customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1000000;
    const QByteArray env = qgetenv("DOSSIER_DEDUPE_DB");
    const QString path = env.isEmpty() ? QStringLiteral("/tmp/dossier-dedupe-%1.sqlite").arg(customers) : QString::fromLocal8Bit(env);
    const bool exists = QFileInfo::exists(path);
    if (entryOnly && !exists) {
        std::fprintf(stderr, "--entry-only needs an existing archive: %s\n", qPrintable(path));
        return 1;
    }
    auto archive = Archive::open(path);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(archive.error()));
        return 1;
    }
    if (!exists) {
        std::fprintf(stderr, "generating %lld demo customers with duplicates into %s ...\n", static_cast<long long>(customers), qPrintable(path));
        DemoGenerator::Options options;
        options.customers = customers;
        options.today = QDate(2026, 1, 1);
        if (auto generated = DemoGenerator::generate(**archive, options); !generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error()));
            return 1;
        }
    }
    if (entryOnly) {
        QSqlQuery max((*archive)->database().connection());
        const qint64 last = max.exec(QStringLiteral("SELECT max(id) FROM customers")) && max.next() ? max.value(0).toLongLong() : 0;
        entryCheck(**archive, last, false);
        entryCheck(**archive, last, true);
        return 0;
    }
    QSqlQuery has((*archive)->database().connection());
    if (has.exec(QStringLiteral("SELECT 1 FROM customers WHERE code LIKE '%-D%' LIMIT 1")) && !has.next()) {
        std::fprintf(stderr, "adding duplicates ...\n");
        DemoDuplicates::Options duplicates;
        duplicates.share = 0.067; // × 1.5 copies on average ≈ 10 % duplicates
        if (auto added = DemoDuplicates::add(**archive, duplicates); !added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error()));
            return 1;
        }
    }

    const auto scan = DuplicateFinder((*archive)->database().connection()).scan();
    if (!scan) {
        std::fprintf(stderr, "%s\n", qPrintable(scan.error()));
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    qint64 pairs = 0;
    for (const DuplicateGroup& g : scan->groups)
        pairs += g.pairs.size();
    std::printf("records %lld, candidate pairs %lld, pairs judged the same %lld in %lld groups: %.1f s, peak RSS %.0f MB\n",
                static_cast<long long>(scan->records), static_cast<long long>(scan->candidatePairs), static_cast<long long>(pairs),
                static_cast<long long>(scan->groups.size()), scan->seconds, double(usage.ru_maxrss) / 1024.0);

    // Accuracy against the known truth: pairs inside merged groups vs pairs sharing an original code.
    QHash<qint64, QString> codes;
    QHash<QString, qint64> entitySize;
    QSqlQuery q((*archive)->database().connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, code FROM customers"));
    while (q.next()) {
        codes.insert(q.value(0).toLongLong(), q.value(1).toString());
        ++entitySize[truthOf(q.value(1).toString())];
    }
    qint64 truePairs = 0, predicted = 0, hits = 0;
    for (qint64 n : std::as_const(entitySize))
        truePairs += n * (n - 1) / 2;
    for (const DuplicateGroup& g : scan->groups)
        for (qsizetype i = 0; i < g.customerIds.size(); ++i)
            for (qsizetype j = i + 1; j < g.customerIds.size(); ++j) {
                ++predicted;
                hits += truthOf(codes.value(g.customerIds[i])) == truthOf(codes.value(g.customerIds[j])) ? 1 : 0;
            }
    const double precision = predicted ? double(hits) / double(predicted) : 0, recall = truePairs ? double(hits) / double(truePairs) : 0;
    std::printf("true pairs %lld, merged pairs %lld: precision %.4f recall %.4f F1 %.4f\n", static_cast<long long>(truePairs),
                static_cast<long long>(predicted), precision, recall,
                precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);

    entryCheck(**archive, scan->records, false);
    return 0;
}
