#pragma once

#include "QualityRecord.h"

#include <QList>

// The `capacity` lowest-scoring records seen so far (ties: by code), for the "needs attention" list and
// `dossier-cli quality --worst`. A bounded heap: scanning a million records keeps only `capacity` of them.
class QualityWorstList {
public:
    explicit QualityWorstList(qsizetype capacity = 500) : m_capacity(capacity) {}

    void offer(const QualityRecord& record);
    QList<QualityRecord> sorted() const; // lowest score first
    qsizetype capacity() const { return m_capacity; }

private:
    qsizetype m_capacity;
    QList<QualityRecord> m_heap; // max-heap: the best of the kept records on top, evicted first
};
