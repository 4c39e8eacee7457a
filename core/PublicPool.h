#pragma once

#include "Customer.h"
#include "CustomerListRow.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

class Archive;

// The public pool (公海): customers nobody owns. Customers whose owner has neither taken them on nor logged a
// follow-up for them in the last `staleDays` days go back to it (when staleDays > 0); reps claim customers from
// it, up to `claimCap` owned customers each (when claimCap > 0). Both settings live in the archive's meta table
// (pool_stale_days, pool_claim_cap), so the whole team shares them. Every change of owner is a normal customer
// update: the version goes up and history/audit see it.
class PublicPool {
    Q_DECLARE_TR_FUNCTIONS(PublicPool)

public:
    struct Settings {
        int staleDays = 0; // 0: owned customers never return by themselves
        int claimCap = 0;  // 0: no cap
    };

    explicit PublicPool(Archive& archive) : m_archive(archive) {}

    Result<Settings> settings();
    Status setSettings(const Settings& settings); // ErrorKind::Usage for negative numbers

    // Owned customers the rule sends back as of `today`: the owner has had them for more than staleDays days
    // and has logged no follow-up for them since today - staleDays. Empty when staleDays is 0.
    Result<QVector<qint64>> staleIds(const QDate& today = QDate::currentDate());
    // Sends the stale customers back to the pool, in one transaction. Returns how many went back.
    Result<int> releaseStale(const QDate& today = QDate::currentDate());

    // The customers in the pool, by code.
    Result<QVector<CustomerListRow>> members(int limit = -1);
    // Gives the pool customer `code` to `login`. ErrorKind::Conflict when someone owns it already (another rep
    // claimed it first), ErrorKind::Usage when the rep is at the cap, NotFound for an unknown code.
    Result<Customer> claim(const QString& code, const QString& login);

private:
    Result<int> ownedBy(const QString& login);

    Archive& m_archive;
};
