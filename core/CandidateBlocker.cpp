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

using KeyOf = std::function<void(const MatchRecord&, QVector<QString>&)>;

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
                    const std::function<const QString&(const MatchRecord&)>& sortKey)
{
    std::sort(members.begin(), members.end(), [&](quint32 a, quint32 b) {
        const int c = QString::compare(sortKey(records[a]), sortKey(records[b]));
        return c < 0 || (c == 0 && a < b);
    });
    for (size_t i = 0; i < members.size(); ++i)
        for (size_t j = i + 1; j < members.size() && j <= i + CandidateBlocker::Window; ++j)
            addPair(out, members[i], members[j]);
}

const QString& byName(const MatchRecord& r) { return r.namePinyin; }
const QString& byAddress(const MatchRecord& r) { return r.address; }

void block(const std::vector<MatchRecord>& records, const KeyOf& keysOf, std::vector<quint64>& out)
{
    std::vector<Entry> entries;
    entries.reserve(records.size());
    QVector<QString> keys;
    for (size_t i = 0; i < records.size(); ++i) {
        keys.clear();
        keysOf(records[i], keys);
        for (const QString& key : keys)
            if (!key.isEmpty())
                entries.push_back({qHash(key), quint32(i)});
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
            // A common key (张伟, a switchboard number): neighbours by name, then by address.
            pairNeighbours(members, records, out, byName);
            pairNeighbours(members, records, out, byAddress);
        }
        start = end;
    }
}

void sortedPass(const std::vector<MatchRecord>& records, const std::function<const QString&(const MatchRecord&)>& key,
                std::vector<quint64>& out)
{
    std::vector<quint32> members;
    for (size_t i = 0; i < records.size(); ++i)
        if (!key(records[i]).isEmpty())
            members.push_back(quint32(i));
    pairNeighbours(members, records, out, key);
}

QString year(const MatchRecord& r) { return r.birthday.left(4); }
QString joined(const QString& a, const QString& b)
{
    return a.isEmpty() || b.isEmpty() ? QString() : a + QLatin1Char('|') + b;
}
} // namespace

std::vector<quint64> CandidateBlocker::pairs(const std::vector<MatchRecord>& records,
                                             const std::function<bool(qint64, qint64)>& progress)
{
    const std::vector<KeyOf> families = {
        [](const MatchRecord& r, QVector<QString>& k) { k += r.phones; },
        [](const MatchRecord& r, QVector<QString>& k) { k += r.emails; },
        [](const MatchRecord& r, QVector<QString>& k) {
            // The ID number, and both its ends: one or two typos rarely hit both halves.
            if (r.idNumber.size() >= 4)
                k.append(r.idNumber);
            if (r.idNumber.size() >= 6) {
                const qsizetype half = (r.idNumber.size() + 1) / 2;
                k.append(QStringLiteral("<") + r.idNumber.left(half));
                k.append(QStringLiteral(">") + r.idNumber.right(half));
            }
        },
        [](const MatchRecord& r, QVector<QString>& k) {
            k.append(r.namePinyin);
            if (r.nameSyllables != r.namePinyin)
                k.append(QStringLiteral("~") + r.nameSyllables);
        },
        [](const MatchRecord& r, QVector<QString>& k) {
            k.append(joined(r.birthday, r.familyPinyin.left(1)));
            k.append(joined(r.birthday, r.givenPinyin.left(1)));
            k.append(joined(r.birthday, r.postcode));
        },
        [](const MatchRecord& r, QVector<QString>& k) {
            k.append(joined(r.familyPinyin, r.postcode));
            k.append(joined(r.givenPinyin, r.postcode));
            k.append(joined(r.familyPinyin, year(r)));
            k.append(joined(r.givenPinyin, year(r)));
        },
        [](const MatchRecord& r, QVector<QString>& k) {
            k.append(joined(r.familyPinyin, r.city));
            k.append(joined(r.givenPinyin, r.city));
            k.append(joined(r.familyPinyin, r.givenPinyin.left(1)));
            k.append(joined(r.givenPinyin, r.familyPinyin.left(1)));
        },
        [](const MatchRecord& r, QVector<QString>& k) {
            k.append(joined(r.postcode, r.address.left(6)));
            k.append(joined(r.company, r.familyPinyin));
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
    sortedPass(records, byName, out);
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
