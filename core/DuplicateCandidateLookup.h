#pragma once

#include "Contact.h"
#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

// The candidates of the check on entry (DuplicateFinder::findFor): existing customers that share an exact
// comparison key with a customer being entered. Every lookup is an exact, indexed one with a small limit,
// so the cost does not grow with the archive (docs/dedupe.md, "Check on entry"):
// - a phone (E.164, any typed format): the `p`+digits token of `search_terms`;
// - an e-mail: contacts(lower(email)) (schema step 16);
// - an ID number: customers(id_number) (schema step 16);
// - a person's name: its folded form (張偉 → 张伟) or full pinyin (Zhang Wei → zhangwei) as a whole token of
//   `search_names`, same city and province first;
// - a company: every two adjacent characters of its company key (华为技术 for 华为技术(北京)有限公司) as tokens
//   of `search_terms`, all required.
class DuplicateCandidateLookup {
    Q_DECLARE_TR_FUNCTIONS(DuplicateCandidateLookup)

public:
    static constexpr int Limit = 30; // per lookup

    explicit DuplicateCandidateLookup(QSqlDatabase& db) : m_db(db) {}

    // Ids of the candidates, without `customer.id`. `companyKey` is the customer's company key (for a company).
    Result<QSet<qint64>> find(const Customer& customer, const Contact& primary, const QString& companyKey);

private:
    Status collect(const QString& sql, const QVariantList& values, qint64 self, QSet<qint64>& found);

    QSqlDatabase& m_db;
};
