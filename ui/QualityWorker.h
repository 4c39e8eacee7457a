#pragma once

#include "ArchiveWorker.h"
#include "QualityRecord.h"
#include "QualityRules.h"
#include "QualitySummary.h"

#include <QHash>
#include <QList>

// Scores every customer on a worker thread with its own connection (core/QualityScanner) for the quality
// dashboard: the archive-wide summary, the lowest-scoring records overall, and the lowest-scoring records
// per problem (for the "needs attention" list), each list bounded to `listSize` entries.
class QualityWorker : public ArchiveWorker {
    Q_OBJECT

public:
    ~QualityWorker() override { stop(); } // before the members work() uses are destroyed
    QualityWorker(QString archivePath, int listSize = 500, QObject* parent = nullptr);

    // Valid after a successful finish:
    const QualitySummary& summary() const { return m_summary; }
    const QualityRules& rules() const { return m_rules; }
    const QList<QualityRecord>& worst() const { return m_worst; }
    const QHash<QString, QList<QualityRecord>>& worstByProblem() const { return m_worstByProblem; }

protected:
    bool work(Archive& archive, QString& error) override;

private:
    int m_listSize;
    QualityRules m_rules;
    QualitySummary m_summary;
    QList<QualityRecord> m_worst;
    QHash<QString, QList<QualityRecord>> m_worstByProblem;
};
