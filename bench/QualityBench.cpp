// Data quality over a large archive (issue 7: the archive-wide summary on 1,000,000 customers in a few
// seconds), and a smart list on the customer list. The archive is $DOSSIER_BENCH_DB (default
// /tmp/dossier-bench-1m.sqlite), generated with 1,000,000 demo customers when missing (BenchArchive.h).
//  - QualitySummary: QualityScanner::summarize, every customer scored (what `dossier-cli quality` does);
//  - QualityRowsOnly: the peer: the same two streaming queries read to the end without scoring, i.e. what
//    the scan costs SQLite alone; the ratio is the price of the scoring itself;
//  - SmartListIds: CustomerRepository::listIds with a two-condition smart list (province and no follow-up
//    in 90 days), sorted by name, as the customer list applies it.
#include "BenchArchive.h"
#include "QualityRulesRepository.h"
#include "QualityScanner.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <benchmark/benchmark.h>

namespace {
std::unique_ptr<Archive> archive;

void QualitySummaryBench(benchmark::State& state)
{
    QSqlDatabase& db = archive->database().connection();
    const QualityRules rules = *QualityRulesRepository(db).load();
    for (auto _ : state) {
        const QualityScorer scorer(rules, QDateTime::currentDateTimeUtc());
        auto summary = QualityScanner(db, scorer).summarize();
        if (!summary) {
            state.SkipWithError(qPrintable(summary.error()));
            return;
        }
        state.counters["customers"] = double(summary->customers);
        state.counters["average_score"] = summary->averageScore();
    }
}

void QualityRowsOnly(benchmark::State& state)
{
    QSqlDatabase& db = archive->database().connection();
    for (auto _ : state) {
        QSqlQuery customers(db);
        customers.setForwardOnly(true);
        customers.exec(QStringLiteral(
            "SELECT c.id, c.code, c.name, c.kind, c.family_name, c.given_name, c.company, c.industry, c.province,"
            " c.city, c.address, c.postcode, c.source, c.level, coalesce(u.login, ''), c.notes, c.birthday,"
            " c.id_number, c.updated_at,"
            " (SELECT group_concat(t.name, char(31)) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
            "  WHERE ct.customer_id = c.id),"
            " (SELECT max(happened_at) FROM interactions WHERE customer_id = c.id)"
            " FROM customers c LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.id"));
        qint64 rows = 0;
        while (customers.next())
            rows += customers.value(0).toLongLong() > 0;
        QSqlQuery contacts(db);
        contacts.setForwardOnly(true);
        contacts.exec(QStringLiteral("SELECT customer_id, mobile, phone, email, birthday FROM contacts"
                                     " ORDER BY customer_id, id"));
        while (contacts.next())
            rows += contacts.value(0).toLongLong() > 0;
        state.counters["rows"] = double(rows);
    }
}

void SmartListIds(benchmark::State& state)
{
    CustomerFilter filter;
    SmartFilter smart;
    smart.conditions = {{QStringLiteral("province"), QStringLiteral("equals"), QStringLiteral("广东省")},
                        {QStringLiteral("last_contact"), QStringLiteral("not_within_days"), QStringLiteral("90")}};
    filter.smart = smart;
    for (auto _ : state) {
        auto ids = archive->customers().listIds(filter, CustomerSortKey::Name);
        if (!ids) {
            state.SkipWithError(qPrintable(ids.error()));
            return;
        }
        state.counters["matches"] = double(ids->size());
    }
}
} // namespace

BENCHMARK(QualitySummaryBench)->Name("QualitySummary")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(QualityRowsOnly)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(SmartListIds)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    archive = openBenchArchive();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    archive.reset();
    return 0;
}
