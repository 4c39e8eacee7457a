#include "StringSimilarity.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace StringSimilarity {

double jaroWinkler(QStringView a, QStringView b)
{
    const qsizetype la = a.size(), lb = b.size();
    if (la == 0 || lb == 0)
        return la == lb ? 1.0 : 0.0;
    if (a == b)
        return 1.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    // Names are short: fixed buffers avoid allocating for every one of millions of comparisons.
    constexpr qsizetype Small = 64;
    std::array<bool, Small> smallA{}, smallB{};
    std::vector<bool> bigA, bigB;
    const bool small = la <= Small && lb <= Small;
    if (!small) {
        bigA.assign(size_t(la), false);
        bigB.assign(size_t(lb), false);
    }
    auto matchedA = [&](qsizetype i) -> bool { return small ? smallA[size_t(i)] : bigA[size_t(i)]; };
    auto matchedB = [&](qsizetype i) -> bool { return small ? smallB[size_t(i)] : bigB[size_t(i)]; };
    auto setA = [&](qsizetype i) { small ? (smallA[size_t(i)] = true) : (bigA[size_t(i)] = true); };
    auto setB = [&](qsizetype i) { small ? (smallB[size_t(i)] = true) : (bigB[size_t(i)] = true); };

    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window), to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB(j) && a[i] == b[j]) {
                setA(i);
                setB(j);
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!matchedA(i))
            continue;
        while (!matchedB(j))
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(la) + m / double(lb) + (m - double(transpositions) / 2.0) / m) / 3.0;
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
