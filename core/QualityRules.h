#pragma once

#include "CustomerKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// What the data-quality score asks of a record (see docs/quality.md): the fields a customer of each kind
// should have, and after how many months without an update or a follow-up a record counts as stale.
// Stored per archive in the meta table (QualityRulesRepository), so the whole team scores alike.
struct QualityRules {
    Q_DECLARE_TR_FUNCTIONS(QualityRules)

public:
    QStringList companyRequired;
    QStringList individualRequired;
    int staleMonths = 12;

    // company: industry, province, city, address, owner, contact, phone, email;
    // individual: province, city, owner, mobile, birthday; 12 months.
    static QualityRules defaults();
    // Every field key completeness can require, in display order. Customer columns (industry, province,
    // ...), "tags", and what the contacts provide: "contact" (at least one), "mobile", "phone" (a mobile
    // or a landline), "email".
    static const QStringList& fieldKeys();
    static QString fieldName(const QString& key); // translated, for display
    // Translated name of a problem key ("missing_email" -> "Email missing", "stale", ...).
    static QString problemName(const QString& problem);

    const QStringList& requiredFor(CustomerKind kind) const
    {
        return kind == CustomerKind::Individual ? individualRequired : companyRequired;
    }
    // Empty when every key is known and staleMonths is 1..120, otherwise what is wrong.
    QString check() const;

    bool operator==(const QualityRules&) const = default;
};
