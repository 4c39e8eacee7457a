#include "QualityWorker.h"

#include "Archive.h"
#include "QualityRulesRepository.h"
#include "QualityScanner.h"
#include "QualityWorstList.h"

QualityWorker::QualityWorker(QString archivePath, int listSize, QObject* parent)
    : ArchiveWorker(std::move(archivePath), parent), m_listSize(listSize)
{
}

bool QualityWorker::work(Archive& archive, QString& error)
{
    QSqlDatabase& db = archive.database().connection();
    auto rules = QualityRulesRepository(db).load();
    if (!rules) {
        error = rules.error();
        return false;
    }
    m_rules = *rules;
    const QualityScorer scorer(m_rules, QDateTime::currentDateTimeUtc());
    QualityWorstList worst(m_listSize);
    QHash<QString, QualityWorstList> byProblem;
    auto summary = QualityScanner(db, scorer).summarize([&](const QualityRecord& record, qint64 done, qint64 total) {
        worst.offer(record);
        for (const QString& problem : record.quality.problems) {
            auto it = byProblem.find(problem);
            if (it == byProblem.end())
                it = byProblem.insert(problem, QualityWorstList(m_listSize));
            it->offer(record);
        }
        return report(total > 0 ? double(done) / double(total) : 1.0, done);
    });
    if (!summary) {
        error = summary.error();
        return false;
    }
    m_summary = *summary;
    m_worst = worst.sorted();
    for (auto it = byProblem.cbegin(); it != byProblem.cend(); ++it)
        m_worstByProblem.insert(it.key(), it->sorted());
    return true;
}
