#include "CandidateBlocker.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace {
struct Entry {
    size_t key;
    quint32 record;
    bool operator<(const Entry& other) const { return key < other.key || (key == other.key && record < other.record); }
};

// Keys are hashed where they are made: no joined strings for millions of records.
class Keys {
public:
    void clear() { m_keys.clear(); }
    const std::vector<size_t>& all() const { return m_keys; }
    void add(const QString& key, size_t tag = 0)
    {
        if (!key.isEmpty())
            m_keys.push_back(qHash(key, tag));
    }
    void add(const QStringView a, const QStringView b, size_t tag)
    {
        if (!a.isEmpty() && !b.isEmpty())
            m_keys.push_back(qHash(a, tag) * 0x9E3779B97F4A7C15ULL ^ qHash(b, tag + 1));
    }

private:
    std::vector<size_t> m_keys;
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

// Sorts `members` by name reading and pairs each with its next Window neighbours.
void pairNeighbours(std::vector<quint32>& members, const std::vector<MatchRecord>& records, std::vector<quint64>& out,
                    const std::function<const QString&(const MatchRecord&)>& sortKey, size_t window = CandidateBlocker::Window)
{
    std::sort(members.begin(), members.end(), [&](quint32 a, quint32 b) {
        const int c = QString::compare(sortKey(records[a]), sortKey(records[b]));
        return c < 0 || (c == 0 && a < b);
    });
    for (size_t i = 0; i < members.size(); ++i)
        for (size_t j = i + 1; j < members.size() && j <= i + window; ++j)
            addPair(out, members[i], members[j]);
}

const QString& byName(const MatchRecord& r) { return r.namePinyin; }
const QString& byAddress(const MatchRecord& r) { return r.address; }

void block(const std::vector<MatchRecord>& records, const KeyOf& keysOf, std::vector<quint64>& out)
{
    std::vector<Entry> entries;
    entries.reserve(records.size());
    Keys keys;
    for (size_t i = 0; i < records.size(); ++i) {
        keys.clear();
        keysOf(records[i], keys);
        for (size_t key : keys.all())
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
        if (members.size() <= size_t(CandidateBlocker::MaxBlock)) {
            for (size_t i = 0; i < members.size(); ++i)
                for (size_t j = i + 1; j < members.size(); ++j)
                    addPair(out, members[i], members[j]);
        } else {
            // A common key (张伟 in 北京, a switchboard number): neighbours by name.
            pairNeighbours(members, records, out, byName);
        }
        start = end;
    }
}

void sortedPass(const std::vector<MatchRecord>& records, const std::function<const QString&(const MatchRecord&)>& key,
                std::vector<quint64>& out, size_t window = CandidateBlocker::Window)
{
    std::vector<quint32> members;
    for (size_t i = 0; i < records.size(); ++i)
        if (!key(records[i]).isEmpty())
            members.push_back(quint32(i));
    pairNeighbours(members, records, out, key, window);
}

} // namespace

std::vector<quint64> CandidateBlocker::pairs(const std::vector<MatchRecord>& records,
                                             const std::function<bool(qint64, qint64)>& progress)
{
    const std::vector<KeyOf> families = {
        [](const MatchRecord& r, Keys& k) {
            for (const QString& p : r.phones)
                k.add(p, 1);
            for (const QString& e : r.emails)
                k.add(e, 2);
        },
        [](const MatchRecord& r, Keys& k) {
            // The ID number, and both its ends: one or two typos rarely hit both halves.
            if (r.idNumber.size() >= 4)
                k.add(r.idNumber, 3);
            if (r.idNumber.size() >= 6) {
                const qsizetype half = (r.idNumber.size() + 1) / 2;
                k.add(r.idNumber.left(half), 4);
                k.add(r.idNumber.right(half), 5);
            }
        },
        [](const MatchRecord& r, Keys& k) {
            k.add(r.namePinyin, 6);
            if (r.nameSyllables != r.namePinyin)
                k.add(r.nameSyllables, 7);
        },
        [](const MatchRecord& r, Keys& k) {
            k.add(r.birthday, QStringView(r.familyPinyin).left(1), 10);
            k.add(r.birthday, QStringView(r.givenPinyin).left(1), 12);
            k.add(r.birthday, r.postcode, 14);
        },
        [](const MatchRecord& r, Keys& k) {
            k.add(r.familyPinyin, r.postcode, 16);
            k.add(r.givenPinyin, r.postcode, 18);
            k.add(r.familyPinyin, QStringView(r.birthday).left(4), 20);
            k.add(r.givenPinyin, QStringView(r.birthday).left(4), 22);
        },
        [](const MatchRecord& r, Keys& k) {
            k.add(r.familyPinyin, r.city, 24);
            k.add(r.givenPinyin, r.city, 26);
            k.add(r.familyPinyin, QStringView(r.givenPinyin).left(1), 28);
            k.add(r.givenPinyin, QStringView(r.familyPinyin).left(1), 30);
        },
        [](const MatchRecord& r, Keys& k) {
            k.add(r.postcode, QStringView(r.address).left(6), 32);
            k.add(r.company, r.familyPinyin, 34);
        },
    };
    const qint64 total = qint64(families.size()) + 3;
    std::vector<quint64> out;
    qint64 done = 0;
    for (const KeyOf& family : families) {
        block(records, family, out);
        if (progress && !progress(++done, total))
            return {};
    }
    sortedPass(records, byName, out, CandidateBlocker::NameWindow);
    sortedPass(records, [](const MatchRecord& r) -> const QString& { return r.idNumber; }, out);
    if (progress && !progress(++done, total))
        return {};
    sortedPass(records, byAddress, out);
    if (progress && !progress(++done, total))
        return {};
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (progress)
        progress(total, total);
    return out;
}
