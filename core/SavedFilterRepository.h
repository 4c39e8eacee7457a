#pragma once

#include "Result.h"
#include "SavedFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Saved smart lists (table saved_filters, schema step "saved smart lists"). Names are unique per owner.
class SavedFilterRepository {
    Q_DECLARE_TR_FUNCTIONS(SavedFilterRepository)

public:
    explicit SavedFilterRepository(QSqlDatabase& db) : m_db(db) {}

    // The user's own lists and the lists others shared, sorted by name (pinyin order).
    Result<QList<SavedFilter>> visibleTo(const QString& login);
    // Stores the list under (owner, name), replacing the owner's list of that name. Refuses an empty name or
    // owner and a definition SmartFilterSql cannot translate (ErrorKind::Usage). Returns it as stored.
    Result<SavedFilter> save(const SavedFilter& filter);
    // Only the owner may delete a list (ErrorKind::Usage otherwise); NotFound when it is gone.
    Status remove(qint64 id, const QString& login);

private:
    QSqlDatabase& m_db;
};
