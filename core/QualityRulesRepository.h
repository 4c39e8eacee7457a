#pragma once

#include "QualityRules.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The archive's quality rules, kept in the meta table (keys quality_required_company,
// quality_required_individual: comma-separated field keys; quality_stale_months). Missing keys mean the
// defaults, so older archives need no migration.
class QualityRulesRepository {
    Q_DECLARE_TR_FUNCTIONS(QualityRulesRepository)

public:
    explicit QualityRulesRepository(QSqlDatabase& db) : m_db(db) {}

    Result<QualityRules> load();
    // Refuses rules that QualityRules::check() rejects (ErrorKind::Usage); writes all keys in one transaction.
    Status save(const QualityRules& rules);

private:
    QSqlDatabase& m_db;
};
