#include "StringSimilarity.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <vector>

namespace StringSimilarity {

namespace {
// Jaro's matching and transpositions for strings of at most 64 characters, with bit masks: for each
// character of `a`, the positions where it occurs in `b` (a small hash of b's characters), limited to the
// window and to positions not matched yet; the lowest such bit is the first match the textbook loop would
// take. Same result, without the character-by-character scan of the window (the scan's hottest function).
class PositionMasks {
public:
    explicit PositionMasks(QStringView b)
    {
        for (qsizetype j = 0; j < b.size(); ++j)
            slotFor(b[j].unicode()).mask |= quint64(1) << j;
    }
    quint64 positionsOf(char16_t c) const
    {
        for (unsigned i = hash(c);; i = (i + 1) & (Slots - 1)) {
            if (!isUsed(i))
                return 0;
            if (m_slots[i].key == c)
                return m_slots[i].mask;
        }
    }

private:
    static constexpr unsigned Slots = 128; // more than the 64 distinct characters b can hold
    struct Slot {
        char16_t key;
        quint64 mask;
    };
    static unsigned hash(char16_t c) { return (unsigned(c) * 2654435761u >> 16) & (Slots - 1); }
    bool isUsed(unsigned i) const { return (m_used[i / 64] >> (i % 64)) & 1; }
    Slot& slotFor(char16_t c)
    {
        for (unsigned i = hash(c);; i = (i + 1) & (Slots - 1)) {
            Slot& slot = m_slots[i];
            if (!isUsed(i)) {
                m_used[i / 64] |= quint64(1) << (i % 64);
                slot = {c, 0};
                return slot;
            }
            if (slot.key == c)
                return slot;
        }
    }
    // Only the used slots are ever read: clearing 128 of them for every one of millions of comparisons
    // cost more than the matching itself.
    quint64 m_used[2] = {0, 0};
    Slot m_slots[Slots];
};

struct JaroCounts {
    qsizetype matches = 0;
    qsizetype transpositions = 0; // matched characters out of order (half of them count)
};

JaroCounts jaroCountsShort(QStringView a, QStringView b, qsizetype window)
{
    const PositionMasks positions(b);
    quint64 matchedA = 0, matchedB = 0;
    JaroCounts counts;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window), to = std::min(b.size() - 1, i + window);
        if (from > to)
            break;
        const quint64 inWindow = (to - from == 63 ? ~quint64(0) : ((quint64(1) << (to - from + 1)) - 1)) << from;
        const quint64 open = positions.positionsOf(a[i].unicode()) & inWindow & ~matchedB;
        if (open) {
            matchedB |= open & (~open + 1);
            matchedA |= quint64(1) << i;
            ++counts.matches;
        }
    }
    while (matchedA) {
        const int i = std::countr_zero(matchedA), j = std::countr_zero(matchedB);
        counts.transpositions += a[i] != b[j] ? 1 : 0;
        matchedA &= matchedA - 1;
        matchedB &= matchedB - 1;
    }
    return counts;
}

JaroCounts jaroCountsLong(QStringView a, QStringView b, qsizetype window)
{
    std::vector<bool> matchedA(size_t(a.size()), false), matchedB(size_t(b.size()), false);
    JaroCounts counts;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window), to = std::min(b.size() - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB[size_t(j)] && a[i] == b[j]) {
                matchedA[size_t(i)] = matchedB[size_t(j)] = true;
                ++counts.matches;
                break;
            }
        }
    }
    for (qsizetype i = 0, j = 0; i < a.size(); ++i) {
        if (!matchedA[size_t(i)])
            continue;
        while (!matchedB[size_t(j)])
            ++j;
        counts.transpositions += a[i] != b[j] ? 1 : 0;
        ++j;
    }
    return counts;
}
} // namespace

double jaroWinkler(QStringView a, QStringView b)
{
    const qsizetype la = a.size(), lb = b.size();
    if (la == 0 || lb == 0)
        return la == lb ? 1.0 : 0.0;
    if (a == b)
        return 1.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    const JaroCounts counts = la <= 64 && lb <= 64 ? jaroCountsShort(a, b, window) : jaroCountsLong(a, b, window);
    if (counts.matches == 0)
        return 0.0;
    const double m = double(counts.matches);
    const double jaro = (m / double(la) + m / double(lb) + (m - double(counts.transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < std::min<qsizetype>({la, lb, 4}) && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

int damerauLevenshtein(QStringView a, QStringView b, int limit)
{
    const int la = int(a.size()), lb = int(b.size());
    if (std::abs(la - lb) > limit)
        return limit + 1;
    if (a == b)
        return 0;
    // Three rows of the optimal-string-alignment table; on the stack for the short strings compared here.
    constexpr int Small = 64;
    std::array<int, 3 * (Small + 1)> small{};
    std::vector<int> big;
    int* rows = small.data();
    if (lb > Small) {
        big.assign(3 * (size_t(lb) + 1), 0);
        rows = big.data();
    }
    int* before = rows;
    int* previous = rows + lb + 1;
    int* current = rows + 2 * (lb + 1);
    for (int j = 0; j <= lb; ++j)
        previous[j] = j;
    for (int i = 1; i <= la; ++i) {
        current[0] = i;
        int rowBest = current[0];
        for (int j = 1; j <= lb; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        int* oldest = before;
        before = previous;
        previous = current;
        current = oldest;
    }
    return std::min(previous[lb], limit + 1);
}

} // namespace StringSimilarity
