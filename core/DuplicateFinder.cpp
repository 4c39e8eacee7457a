#include "DuplicateFinder.h"

#include "CandidateBlocker.h"
#include "DuplicateCandidateLookup.h"
#include "DuplicateGrouper.h"
#include "EveryCore.h"
#include "FellegiSunterModel.h"
#include "MatchKeys.h"
#include "MatchRecordReader.h"
#include "MatchTextNumbers.h"
#include "PairComparator.h"
#include "PhaseTrace.h"
#include "SearchIndex.h"
#include "SqliteStatement.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <random>

namespace {
constexpr char CustomerColumns[] = "id, kind, name, family_name, given_name, company, province, city, address, postcode,"
                                   " birthday, id_number";
constexpr qint64 RandomPairs = 400000; // for u: enough that a 1-in-10⁵ agreement is still counted a few times

// Runs body(begin, end) over [0, count) on every core, in fixed slices taken by whichever thread is free:
// halves given out in advance left one core idle when one half held the costlier pairs.
template <typename Body> void parallelFor(qsizetype count, Body body)
{
    constexpr qsizetype Slice = 1 << 16;
    if (count <= Slice) {
        body(qsizetype(0), count);
        return;
    }
    std::atomic<qsizetype> next{0};
    runOnEveryCore([&](bool) {
        for (qsizetype begin; (begin = next.fetch_add(Slice)) < count;)
            body(begin, std::min(count, begin + Slice));
    });
}

void prefetch([[maybe_unused]] const void* address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#endif
}

void prefetchRecord(const MatchRecord& r)
{
    const char* bytes = reinterpret_cast<const char*>(&r);
    for (size_t line = 0; line < sizeof(MatchRecord); line += 64)
        prefetch(bytes + line);
}

// The texts a comparison reads first: the phone and e-mail lists, the address and the names.
void prefetchTexts(const MatchRecord& r)
{
    prefetch(r.phones.constData());
    prefetch(r.emails.constData());
    prefetch(r.address.constData());
    prefetch(r.given.constData());
    prefetch(r.name.constData());
}

bool tableExists(QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

const QString ModelKey = QStringLiteral("dedupe_model");

// The share of records (with the field known) holding each record's value of the term fields, counted by
// the texts' numbers (MatchTextNumbers).
void countTerms(std::vector<MatchRecord>& records, const std::array<quint32, MatchRecord::TextCount>& distinct)
{
    static constexpr MatchRecord::Text texts[MatchRecord::TermFieldCount] = {
        MatchRecord::FamilyText, MatchRecord::GivenText, MatchRecord::NameText, MatchRecord::CityText,
        MatchRecord::PostcodeText};
    for (int term = 0; term < MatchRecord::TermFieldCount; ++term) {
        const MatchRecord::Text text = texts[term];
        std::vector<qint64> counts(size_t(distinct[text]) + 1, 0);
        qint64 known = 0;
        for (const MatchRecord& r : records) {
            if (!r.text(text).isEmpty()) {
                ++counts[r.textIds[text]];
                ++known;
            }
        }
        for (MatchRecord& r : records)
            if (!r.text(text).isEmpty())
                r.termFrequency[term] = float(double(counts[r.textIds[text]]) / double(known));
    }
}

// Term-frequency adjustments of a pair: the exact agreements on common or rare values.
double termWeight(const FellegiSunterModel& model, PairComparator::Pattern pattern, const MatchRecord& a)
{
    static constexpr int fields[MatchRecord::TermFieldCount] = {PairComparator::Family, PairComparator::Given,
                                                                 PairComparator::Name, PairComparator::City,
                                                                 PairComparator::Postcode};
    double weight = 0;
    for (int term = 0; term < MatchRecord::TermFieldCount; ++term)
        if (PairComparator::level(pattern, fields[term]) == 0)
            weight += model.termAdjustment(fields[term], a.termFrequency[term]);
    return weight;
}
} // namespace

DuplicateFinder::DuplicateFinder(QSqlDatabase& db) : m_db(db) {}

Result<DuplicateScan> DuplicateFinder::scan(const DuplicateScanOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    // DOSSIER_DEDUPE_TRACE=1 prints the time of each phase to stderr (for docs/performance.md).
    const PhaseTrace trace("dedupe", "DOSSIER_DEDUPE_TRACE");
    const auto cancelled = [] { return Result<DuplicateScan>::failure(tr("Duplicate search cancelled."), ErrorKind::Cancelled); };
    sqlite3* handle = SqliteStatement::handle(m_db);
    if (!handle)
        return Result<DuplicateScan>::failure(tr("The duplicate search needs an SQLite archive."));

    // Place names known to the archive: a company key drops them (北京华为 = 华为(北京)).
    QSet<QString> places;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT province FROM customers UNION SELECT DISTINCT city FROM customers")))
            return Result<DuplicateScan>::failure(q.lastError().text());
        while (q.next())
            MatchKeys::addPlace(places, q.value(0).toString());
    }
    const MatchKeys keys(places);

    qint64 total = 0;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
            total = q.value(0).toLongLong();
    }

    auto read = MatchRecordReader(handle, keys).read(total, options.progress);
    if (!read)
        return read.errorKind() == ErrorKind::Cancelled ? cancelled() : Result<DuplicateScan>::failure(read.error());
    std::vector<MatchRecord> records = std::move(*read);
    trace.phase("read");
    countTerms(records, MatchTextNumbers::assign(records));
    trace.phase("numbers");
    DuplicateScan result;
    result.records = qint64(records.size());
    std::vector<quint64> candidates = CandidateBlocker::pairs(records, options.progress);
    if (candidates.empty() && options.progress && !options.progress(0, 0))
        return cancelled();

    // Pairs a user said are different customers are never proposed again.
    if (tableExists(m_db, QStringLiteral("dedupe_rejections"))) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT left_id, right_id FROM dedupe_rejections")))
            return Result<DuplicateScan>::failure(q.lastError().text());
        // Records are in name order: find them by id through a sorted (id, index) list.
        std::vector<std::pair<qint64, quint32>> positions(records.size());
        for (size_t i = 0; i < records.size(); ++i)
            positions[i] = {records[i].id, quint32(i)};
        std::sort(positions.begin(), positions.end());
        const auto positionOf = [&](qint64 id) -> qsizetype {
            const auto it = std::lower_bound(positions.begin(), positions.end(), std::pair(id, quint32(0)));
            return it != positions.end() && it->first == id ? qsizetype(it->second) : -1;
        };
        std::vector<quint64> rejected;
        while (q.next()) {
            qsizetype a = positionOf(q.value(0).toLongLong()), b = positionOf(q.value(1).toLongLong());
            if (a < 0 || b < 0 || a == b)
                continue;
            if (a > b)
                std::swap(a, b);
            rejected.push_back(quint64(a) << 32 | quint64(b));
        }
        std::sort(rejected.begin(), rejected.end());
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](quint64 p) { return std::binary_search(rejected.begin(), rejected.end(), p); }),
                         candidates.end());
    }
    result.candidatePairs = qint64(candidates.size());
    trace.phase("blocking");

    std::vector<PairComparator::Pattern> patterns(candidates.size());
    parallelFor(qsizetype(candidates.size()), [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            // The second record of a pair is anywhere in memory: fetch it, then what it points to, ahead of
            // time. Waiting for it was two thirds of the comparison's own time.
            if (i + 16 < end)
                prefetchRecord(records[size_t(candidates[size_t(i) + 16] & 0xffffffffu)]);
            if (i + 8 < end)
                prefetchTexts(records[size_t(candidates[size_t(i) + 8] & 0xffffffffu)]);
            const quint64 p = candidates[size_t(i)];
            patterns[size_t(i)] = PairComparator::compare(records[size_t(p >> 32)], records[size_t(p & 0xffffffffu)]);
        }
    });
    if (options.progress && !options.progress(result.candidatePairs, result.candidatePairs))
        return cancelled();

    trace.phase("compare");
    // u from random pairs (nearly all of them different customers), m and λ by EM on the candidates.
    FellegiSunterModel model;
    const qint64 n = qint64(records.size());
    if (n >= 2) {
        const qint64 sample = std::min<qint64>(RandomPairs, n * (n - 1) / 2);
        std::vector<PairComparator::Pattern> random(static_cast<size_t>(sample));
        parallelFor(qsizetype(sample), [&](qsizetype begin, qsizetype end) {
            std::mt19937_64 generator(quint64(begin) * 7919 + 17); // deterministic: same archive, same model
            std::uniform_int_distribution<qint64> pick(0, n - 1);
            for (qsizetype i = begin; i < end; ++i) {
                qint64 a = pick(generator), b = pick(generator);
                while (b == a)
                    b = pick(generator);
                random[size_t(i)] = PairComparator::compare(records[size_t(a)], records[size_t(b)]);
            }
        });
        QHash<PairComparator::Pattern, qint64> randomCounts;
        for (PairComparator::Pattern p : random)
            ++randomCounts[p];
        model.estimateU(randomCounts);
    }
    QHash<PairComparator::Pattern, qint64> candidateCounts;
    for (PairComparator::Pattern p : patterns)
        ++candidateCounts[p];
    model.estimateM(candidateCounts);
    trace.phase("model");

    for (size_t i = 0; i < candidates.size(); ++i) {
        const quint64 p = candidates[i];
        const MatchRecord& a = records[size_t(p >> 32)];
        const double probability = model.probability(patterns[i], termWeight(model, patterns[i], a));
        if (probability < options.reviewThreshold && probability < options.threshold)
            continue;
        const auto [left, right] = std::minmax(a.id, records[size_t(p & 0xffffffffu)].id);
        result.pairs.append({left, right, probability});
    }
    std::sort(result.pairs.begin(), result.pairs.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        return a.probability != b.probability ? a.probability > b.probability
                                              : std::pair(a.leftId, a.rightId) < std::pair(b.leftId, b.rightId);
    });
    trace.phase("score");
    result.groups = DuplicateGrouper::group(result.pairs, options.threshold);
    trace.phase("groups");

    // The weights learnt here serve the entry check. A read-only archive simply keeps the old ones.
    QSqlQuery save(m_db);
    save.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    save.addBindValue(ModelKey);
    save.addBindValue(QString::fromUtf8(QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact)));
    save.exec();

    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

bool DuplicateFinder::isNamesake(PairComparator::Pattern pattern)
{
    // Identifiers a person keeps: a re-entered customer shares at least one of them, or has none known on
    // both sides. One that is known on both sides and plainly different, with none in common, is someone else
    // of the same name (a million-customer archive holds hundreds of 张伟 in one city).
    using PC = PairComparator;
    bool contradicted = false;
    for (const int field : {PC::IdNumber, PC::Phone, PC::Email, PC::Birthday}) {
        const int level = PC::level(pattern, field);
        if (level == 0)
            return false;
        if (level != PC::Missing && level == PC::levelCount(field) - 1)
            contradicted = true;
    }
    return contradicted;
}

Result<QVector<DuplicatePair>> DuplicateFinder::findFor(const Customer& customer, const Contact& primary,
                                                        double threshold, int limit)
{
    QSet<QString> places;
    MatchKeys::addPlace(places, customer.province);
    MatchKeys::addPlace(places, customer.city);
    const QVector<QString> phones = {primary.mobile, primary.phone};
    const QVector<QString> emails = {primary.email};

    // Candidates by exact, indexed lookups only (DuplicateCandidateLookup): fast enough for the GUI thread.
    if (Status s = SearchIndex(m_db).refresh(); !s) // a raw SQL change since the last write is seen too
        return Result<QVector<DuplicatePair>>::failure(s.error());
    const QString companyKey = customer.kind == CustomerKind::Company ? MatchKeys(places).companyKey(customer.name) : QString();
    const auto candidates = DuplicateCandidateLookup(m_db).find(customer, primary, companyKey);
    if (!candidates)
        return Result<QVector<DuplicatePair>>::failure(candidates.error());
    const QSet<qint64>& found = *candidates;
    if (found.isEmpty())
        return QVector<DuplicatePair>{};

    QStringList idList;
    for (qint64 id : found)
        idList.append(QString::number(id));
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM customers WHERE id IN (%2)").arg(QLatin1String(CustomerColumns), idList.join(QLatin1Char(',')))))
        return Result<QVector<DuplicatePair>>::failure(rows.lastError().text());
    QVector<Customer> others;
    while (rows.next()) {
        Customer c;
        c.id = rows.value(0).toLongLong();
        c.kind = rows.value(1).toString() == QLatin1String("individual") ? CustomerKind::Individual : CustomerKind::Company;
        c.name = rows.value(2).toString();
        c.familyName = rows.value(3).toString();
        c.givenName = rows.value(4).toString();
        c.company = rows.value(5).toString();
        c.province = rows.value(6).toString();
        c.city = rows.value(7).toString();
        c.address = rows.value(8).toString();
        c.postcode = rows.value(9).toString();
        c.birthday = QDate::fromString(rows.value(10).toString(), Qt::ISODate);
        c.idNumber = rows.value(11).toString();
        MatchKeys::addPlace(places, c.province);
        MatchKeys::addPlace(places, c.city);
        others.append(c);
    }
    QHash<qint64, QVector<QString>> otherPhones, otherEmails;
    QSqlQuery contacts(m_db);
    contacts.setForwardOnly(true);
    if (!contacts.exec(QStringLiteral("SELECT customer_id, mobile, phone, email FROM contacts WHERE customer_id IN (%1)").arg(idList.join(QLatin1Char(',')))))
        return Result<QVector<DuplicatePair>>::failure(contacts.lastError().text());
    while (contacts.next()) {
        const qint64 id = contacts.value(0).toLongLong();
        otherPhones[id] << contacts.value(1).toString() << contacts.value(2).toString();
        otherEmails[id] << contacts.value(3).toString();
    }

    FellegiSunterModel model;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(ModelKey);
        if (q.exec() && q.next())
            model = FellegiSunterModel::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    }
    const MatchKeys keys(places);
    const MatchRecord self = keys.record(customer, phones, emails);
    QVector<DuplicatePair> result;
    for (const Customer& other : others) {
        const auto pattern = PairComparator::compare(self, keys.record(other, otherPhones.value(other.id), otherEmails.value(other.id)));
        if (isNamesake(pattern))
            continue;
        const double p = model.probability(pattern);
        if (p >= threshold)
            result.append({customer.id, other.id, p});
    }
    std::sort(result.begin(), result.end(), [](const DuplicatePair& a, const DuplicatePair& b) { return a.probability > b.probability; });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}
