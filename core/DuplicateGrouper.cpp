#include "DuplicateGrouper.h"

#include <QHash>
#include <QSet>

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

QVector<DuplicateGroup> DuplicateGrouper::group(const QVector<DuplicatePair>& pairs, double threshold, double minLinked, int maxSize)
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
    // Members of each set (by root) and the linked pairs, to count the links between two sets.
    std::vector<std::vector<int>> members(size_t(ids.size()));
    for (int i = 0; i < int(ids.size()); ++i)
        members[size_t(i)] = {i};
    QSet<quint64> linked;
    for (const auto& [a, b] : ends)
        linked.insert(quint64(quint32(std::min(a, b))) << 32 | quint32(std::max(a, b)));
    auto linkedFraction = [&](int ra, int rb) {
        qint64 links = 0;
        for (int x : members[size_t(ra)])
            for (int y : members[size_t(rb)])
                links += linked.contains(quint64(quint32(std::min(x, y))) << 32 | quint32(std::max(x, y))) ? 1 : 0;
        return double(links) / double(members[size_t(ra)].size() * members[size_t(rb)].size());
    };
    for (const auto& [a, b] : ends) {
        const int ra = sets.find(a), rb = sets.find(b);
        if (ra == rb || sets.size(a) + sets.size(b) > maxSize)
            continue;
        // Average linkage on the links: at least half of the pairs across the two sets must be judged the same,
        // so one link between two groups (or a chain through one record) does not join them.
        if (linkedFraction(ra, rb) < minLinked)
            continue;
        sets.join(ra, rb);
        const int root = sets.find(ra), other = root == ra ? rb : ra;
        members[size_t(root)].insert(members[size_t(root)].end(), members[size_t(other)].begin(), members[size_t(other)].end());
        members[size_t(other)].clear();
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
