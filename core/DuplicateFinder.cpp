#include "DuplicateFinder.h"

DuplicateFinder::DuplicateFinder(QSqlDatabase& db) : m_db(db) {}

Result<DuplicateScan> DuplicateFinder::scan(const DuplicateScanOptions& options)
{
    Q_UNUSED(options);
    return DuplicateScan{};
}

Result<QVector<DuplicatePair>> DuplicateFinder::findFor(const Customer& customer, const Contact& primary,
                                                        double threshold, int limit)
{
    Q_UNUSED(customer);
    Q_UNUSED(primary);
    Q_UNUSED(threshold);
    Q_UNUSED(limit);
    return QVector<DuplicatePair>{};
}
