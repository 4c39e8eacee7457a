#include "QualityWorstList.h"

#include <algorithm>

namespace {
bool lower(const QualityRecord& a, const QualityRecord& b)
{
    return a.quality.score != b.quality.score ? a.quality.score < b.quality.score : a.code < b.code;
}
} // namespace

void QualityWorstList::offer(const QualityRecord& record)
{
    if (m_capacity <= 0)
        return;
    if (m_heap.size() < m_capacity) {
        m_heap.append(record);
        std::push_heap(m_heap.begin(), m_heap.end(), lower);
    } else if (lower(record, m_heap.front())) {
        std::pop_heap(m_heap.begin(), m_heap.end(), lower);
        m_heap.back() = record;
        std::push_heap(m_heap.begin(), m_heap.end(), lower);
    }
}

QList<QualityRecord> QualityWorstList::sorted() const
{
    QList<QualityRecord> result = m_heap;
    std::sort(result.begin(), result.end(), lower);
    return result;
}
