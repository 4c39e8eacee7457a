#include "DuplicateGrouper.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {
class UnionFind {
public:
    explicit UnionFind(qsizetype n) : m_parent(size_t(n)), m_size(size_t(n), 1) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    int size(int x) { return m_size[size_t(find(x))]; }
    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[size_t(a)] < m_size[size_t(b)])
            std::swap(a, b);
        m_parent[size_t(b)] = a;
        m_size[size_t(a)] += m_size[size_t(b)];
    }

private:
    std::vector<int> m_parent;
    std::vector<int> m_size;
};
} // namespace

QVector<DuplicateGroup> DuplicateGrouper::group(const QVector<DuplicatePair>& pairs, double threshold, double strong, int maxSize)
{
    QVector<DuplicatePair> kept;
    for (const DuplicatePair& p : pairs)
        if (p.probability >= threshold)
            kept.append(p);
    std::sort(kept.begin(), kept.end(), [](const DuplicatePair& a, const DuplicatePair& b) { return a.probability > b.probability; });

    QHash<qint64, int> index;
    QVector<qint64> ids;
    auto indexOf = [&](qint64 id) {
        auto it = index.find(id);
        if (it == index.end()) {
            it = index.insert(id, int(ids.size()));
            ids.append(id);
        }
        return *it;
    };
    std::vector<std::pair<int, int>> ends;
    ends.reserve(size_t(kept.size()));
    for (const DuplicatePair& p : kept)
        ends.emplace_back(indexOf(p.leftId), indexOf(p.rightId));

    UnionFind sets(ids.size());
    auto fits = [&](int a, int b) { return sets.size(a) + sets.size(b) <= maxSize; };
    // Strong pairs first, best first.
    size_t firstWeak = 0;
    for (; firstWeak < ends.size() && kept[qsizetype(firstWeak)].probability >= strong; ++firstWeak) {
        const auto [a, b] = ends[firstWeak];
        if (sets.find(a) != sets.find(b) && fits(a, b))
            sets.join(a, b);
    }
    // Weak pairs: count the links between the groups they connect; join on the second link, or at once when
    // one side is a lone record.
    QHash<quint64, int> links;
    for (size_t i = firstWeak; i < ends.size(); ++i) {
        const auto [a, b] = ends[i];
        int ra = sets.find(a), rb = sets.find(b);
        if (ra == rb || !fits(a, b))
            continue;
        if (ra > rb)
            std::swap(ra, rb);
        const int count = ++links[quint64(quint32(ra)) << 32 | quint32(rb)];
        if (sets.size(ra) == 1 || sets.size(rb) == 1 || count >= 2)
            sets.join(ra, rb);
    }

    QHash<int, int> groupOf; // root -> position in result
    QVector<DuplicateGroup> groups;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const auto [a, b] = ends[size_t(i)];
        const int root = sets.find(a);
        if (root != sets.find(b))
            continue; // a link the guard refused
        auto it = groupOf.find(root);
        if (it == groupOf.end()) {
            it = groupOf.insert(root, int(groups.size()));
            groups.append(DuplicateGroup{});
            groups.back().score = 1.0;
        }
        groups[*it].pairs.append(kept[i]);
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto it = groupOf.constFind(sets.find(int(i)));
        if (it != groupOf.constEnd())
            groups[*it].customerIds.append(ids[i]);
    }
    for (DuplicateGroup& g : groups) {
        std::sort(g.customerIds.begin(), g.customerIds.end());
        // The weakest link of a maximum spanning tree: pairs are best first, so join until connected.
        UnionFind tree(g.customerIds.size());
        auto local = [&](qint64 id) { return int(std::lower_bound(g.customerIds.begin(), g.customerIds.end(), id) - g.customerIds.begin()); };
        for (const DuplicatePair& p : g.pairs) {
            const int a = local(p.leftId), b = local(p.rightId);
            if (tree.find(a) != tree.find(b)) {
                tree.join(a, b);
                g.score = std::min(g.score, p.probability);
            }
        }
    }
    std::sort(groups.begin(), groups.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
        return a.score != b.score ? a.score > b.score : a.customerIds.front() < b.customerIds.front();
    });
    return groups;
}
