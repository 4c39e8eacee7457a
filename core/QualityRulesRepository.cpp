#include "QualityRulesRepository.h"

#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace {
const QString companyKey = QStringLiteral("quality_required_company");
const QString individualKey = QStringLiteral("quality_required_individual");
const QString staleKey = QStringLiteral("quality_stale_months");

QStringList splitKeys(const QString& text)
{
    QStringList keys;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString key = part.trimmed(); !key.isEmpty())
            keys.append(key);
    return keys;
}
} // namespace

Result<QualityRules> QualityRulesRepository::load()
{
    QualityRules rules = QualityRules::defaults();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?, ?)"));
    query.addBindValue(companyKey);
    query.addBindValue(individualKey);
    query.addBindValue(staleKey);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QualityRules>::failure(error);
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == companyKey)
            rules.companyRequired = splitKeys(value);
        else if (key == individualKey)
            rules.individualRequired = splitKeys(value);
        else if (key == staleKey)
            rules.staleMonths = value.toInt();
    }
    if (const QString problem = rules.check(); !problem.isEmpty())
        return Result<QualityRules>::failure(tr("The archive's quality rules are damaged: %1").arg(problem));
    return rules;
}

Status QualityRulesRepository::save(const QualityRules& rules)
{
    if (const QString problem = rules.check(); !problem.isEmpty())
        return Status::failure(problem, ErrorKind::Usage);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(tr("The archive is busy or read-only; nothing was saved."));
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    for (const auto& [key, value] : {std::pair{companyKey, rules.companyRequired.join(QLatin1Char(','))},
                                     std::pair{individualKey, rules.individualRequired.join(QLatin1Char(','))},
                                     std::pair{staleKey, QString::number(rules.staleMonths)}})
        if (Status s = SqlValue::run(m_db, sql, {key, value}); !s)
            return s;
    if (!transaction.commit())
        return Status::failure(tr("The archive refused to save the quality rules."));
    return {};
}
