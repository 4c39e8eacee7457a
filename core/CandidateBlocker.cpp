#include "CandidateBlocker.h"

#include "EveryCore.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <queue>

namespace {
struct Entry {
    quint64 key;
    quint32 record;
    bool operator<(const Entry& other) const { return key < other.key || (key == other.key && record < other.record); }
};

// A 64-bit hash that is the same in every run: qHash mixes in a random seed per process (AES hashing), so
// which keys collided, and so the candidates, changed from one scan of the same archive to the next.
quint64 stableHash(QStringView text, quint64 tag)
{
    quint64 h = 0xcbf29ce484222325ULL ^ (tag * 0x9E3779B97F4A7C15ULL); // FNV-1a over UTF-16 units
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 30; // splitmix64's finaliser: FNV alone leaves the high bits of short keys poorly mixed
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

// Keys are hashed where they are made: no joined strings for millions of records.
class Keys {
public:
    void clear() { m_keys.clear(); }
    const std::vector<quint64>& all() const { return m_keys; }
    void add(QStringView key, quint64 tag = 0)
    {
        if (!key.isEmpty())
            m_keys.push_back(stableHash(key, tag));
    }
    void add(QStringView a, QStringView b, quint64 tag)
    {
        if (!a.isEmpty() && !b.isEmpty())
            m_keys.push_back(stableHash(a, tag) * 0x9E3779B97F4A7C15ULL ^ stableHash(b, tag + 1));
    }

private:
    std::vector<quint64> m_keys;
};
using KeyOf = std::function<void(const MatchRecord&, Keys&)>;

void addPair(std::vector<quint64>& out, quint32 a, quint32 b)
{
    if (a == b)
        return;
    if (a > b)
        std::swap(a, b);
    out.push_back(quint64(a) << 32 | b);
}

// Each record's place in the order of one text field (equal texts, equal ranks): blocks and passes sort by
// these numbers instead of comparing strings again in every block.
std::vector<quint32> ranksBy(const std::vector<MatchRecord>& records, const QString MatchRecord::*field)
{
    std::vector<quint32> order(records.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return records[a].*field < records[b].*field; });
    std::vector<quint32> rank(records.size());
    quint32 current = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && records[order[i]].*field != records[order[i - 1]].*field)
            ++current;
        rank[order[i]] = current;
    }
    return rank;
}

// Sorts `members` by `rank` and pairs each with its next `window` neighbours.
void pairNeighbours(std::vector<quint32>& members, const std::vector<quint32>& rank, std::vector<quint64>& out, size_t window)
{
    std::sort(members.begin(), members.end(), [&](quint32 a, quint32 b) { return rank[a] < rank[b] || (rank[a] == rank[b] && a < b); });
    for (size_t i = 0; i < members.size(); ++i)
        for (size_t j = i + 1; j < members.size() && j <= i + window; ++j)
            addPair(out, members[i], members[j]);
}

void block(const std::vector<MatchRecord>& records, const KeyOf& keysOf, size_t maxBlock,
           const std::vector<quint32>& nameRank, std::vector<quint64>& out)
{
    std::vector<Entry> entries;
    entries.reserve(records.size());
    Keys keys;
    for (size_t i = 0; i < records.size(); ++i) {
        keys.clear();
        keysOf(records[i], keys);
        for (quint64 key : keys.all())
            entries.push_back({key, quint32(i)});
    }
    std::sort(entries.begin(), entries.end());
    std::vector<quint32> members;
    for (size_t start = 0; start < entries.size();) {
        size_t end = start + 1;
        while (end < entries.size() && entries[end].key == entries[start].key)
            ++end;
        members.clear();
        for (size_t i = start; i < end; ++i)
            members.push_back(entries[i].record);
        if (members.size() <= maxBlock) {
            for (size_t i = 0; i < members.size(); ++i)
                for (size_t j = i + 1; j < members.size(); ++j)
                    addPair(out, members[i], members[j]);
        } else {
            // A common key (张伟 in 北京, a switchboard number): neighbours by name.
            pairNeighbours(members, nameRank, out, CandidateBlocker::Window);
        }
        start = end;
    }
}

// Every record with the field known, sorted by it, paired with its next `window` neighbours.
void sortedPass(const std::vector<MatchRecord>& records, const QString MatchRecord::*field, std::vector<quint64>& out,
                size_t window)
{
    const std::vector<quint32> rank = ranksBy(records, field);
    std::vector<quint32> members;
    for (size_t i = 0; i < records.size(); ++i)
        if (!(records[i].*field).isEmpty())
            members.push_back(quint32(i));
    pairNeighbours(members, rank, out, window);
}

void sortUnique(std::vector<quint64>& pairs)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    pairs.shrink_to_fit();
}

// The union of sorted, repeat-free lists, sorted and without repeats; each list is freed once merged.
std::vector<quint64> mergeUnique(std::vector<std::vector<quint64>>& lists)
{
    using Cursor = std::pair<quint64, size_t>; // (value, list)
    std::priority_queue<Cursor, std::vector<Cursor>, std::greater<>> heads;
    std::vector<size_t> next(lists.size(), 0);
    size_t total = 0;
    for (size_t l = 0; l < lists.size(); ++l) {
        total += lists[l].size();
        if (!lists[l].empty())
            heads.push({lists[l][0], l});
    }
    std::vector<quint64> out;
    out.reserve(total / 2); // the lists overlap: most pairs are found by more than one key
    while (!heads.empty()) {
        const auto [value, l] = heads.top();
        heads.pop();
        if (out.empty() || out.back() != value)
            out.push_back(value);
        if (++next[l] < lists[l].size())
            heads.push({lists[l][next[l]], l});
        else
            std::vector<quint64>().swap(lists[l]);
    }
    return out;
}

} // namespace

std::vector<quint64> CandidateBlocker::pairs(const std::vector<MatchRecord>& records,
                                             const std::function<bool(qint64, qint64)>& progress)
{
    struct Family {
        KeyOf keys;
        size_t maxBlock; // blocks up to this size are paired out completely, larger ones windowed by name
    };
    // Identifiers make small blocks of likely pairs; name and place keys make many blocks of namesakes and
    // neighbours at a million records (张 in 北京, one street), which are only worth pairing by name beyond
    // a few members.
    const std::vector<Family> families = {
        {[](const MatchRecord& r, Keys& k) {
            for (const QString& p : r.phones)
                k.add(p, 1);
            for (const QString& e : r.emails)
                k.add(e, 2);
        }, MaxBlock},
        {[](const MatchRecord& r, Keys& k) {
            // The ID number, and both its ends: one or two typos rarely hit both halves.
            if (r.idNumber.size() >= 4)
                k.add(r.idNumber, 3);
            if (r.idNumber.size() >= 6) {
                const qsizetype half = (r.idNumber.size() + 1) / 2;
                k.add(r.idNumber.left(half), 4);
                k.add(r.idNumber.right(half), 5);
            }
        }, MaxBlock},
        {[](const MatchRecord& r, Keys& k) {
            k.add(r.namePinyin, 6);
            if (r.nameSyllables != r.namePinyin)
                k.add(r.nameSyllables, 7);
        }, MaxWeakBlock},
        {[](const MatchRecord& r, Keys& k) {
            k.add(r.birthday, QStringView(r.familyPinyin).left(1), 10);
            k.add(r.birthday, QStringView(r.givenPinyin).left(1), 12);
            k.add(r.birthday, r.postcode, 14);
        }, MaxWeakBlock},
        {[](const MatchRecord& r, Keys& k) {
            k.add(r.familyPinyin, r.postcode, 16);
            k.add(r.givenPinyin, r.postcode, 18);
            k.add(r.familyPinyin, QStringView(r.birthday).left(4), 20);
            k.add(r.givenPinyin, QStringView(r.birthday).left(4), 22);
        }, MaxWeakBlock},
        {[](const MatchRecord& r, Keys& k) {
            k.add(r.familyPinyin, r.city, 24);
            k.add(r.givenPinyin, r.city, 26);
            k.add(r.familyPinyin, QStringView(r.givenPinyin).left(1), 28);
            k.add(r.givenPinyin, QStringView(r.familyPinyin).left(1), 30);
        }, MaxWeakBlock},
        {[](const MatchRecord& r, Keys& k) {
            k.add(r.postcode, QStringView(r.address).left(6), 32);
            k.add(r.company, r.familyPinyin, 34);
        }, MaxWeakBlock},
    };
    // Every key family and pass is a task of its own; they run on every core and their pairs are merged.
    const std::vector<quint32> nameRank = ranksBy(records, &MatchRecord::namePinyin);
    std::vector<std::function<void(std::vector<quint64>&)>> tasks;
    for (const Family& family : families)
        tasks.push_back([&](std::vector<quint64>& out) { block(records, family.keys, family.maxBlock, nameRank, out); });
    tasks.push_back([&](std::vector<quint64>& out) {
        std::vector<quint32> named;
        for (size_t i = 0; i < records.size(); ++i)
            if (!records[i].namePinyin.isEmpty())
                named.push_back(quint32(i));
        pairNeighbours(named, nameRank, out, CandidateBlocker::NameWindow);
    });
    tasks.push_back([&](std::vector<quint64>& out) { sortedPass(records, &MatchRecord::idNumber, out, CandidateBlocker::Window); });
    tasks.push_back([&](std::vector<quint64>& out) { sortedPass(records, &MatchRecord::address, out, CandidateBlocker::Window); });

    const qint64 total = qint64(tasks.size());
    std::vector<std::vector<quint64>> found(tasks.size());
    std::atomic<size_t> nextTask{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    // Progress is reported from the calling thread only (the caller's callback need not be thread-safe).
    runOnEveryCore(
        [&](bool reports) {
            for (size_t t; !cancelled && (t = nextTask++) < tasks.size();) {
                tasks[t](found[t]);
                sortUnique(found[t]);
                ++done;
                if (reports && progress && !progress(done, total))
                    cancelled = true;
            }
        },
        4);
    if (cancelled)
        return {};
    std::vector<quint64> out = mergeUnique(found);
    if (progress)
        progress(total, total);
    return out;
}
