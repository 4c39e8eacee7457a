#include "LifecycleStageApplier.h"

#include "CustomerOwnership.h"
#include "CustomerRepository.h"
#include "Transaction.h"

Result<LifecycleStageApplier::Outcome> LifecycleStageApplier::apply(QSqlDatabase& db, CustomerRepository& customers,
                                                                    const QList<StageSuggestion>& accepted)
{
    using R = Result<Outcome>;
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("The archive is busy or read-only; no stage was changed."));
    Outcome outcome;
    for (const StageSuggestion& s : accepted) {
        auto customer = customers.findById(s.facts.customerId);
        if (!customer && customer.errorKind() == ErrorKind::NotFound) {
            outcome.skippedCodes.append(s.facts.code);
            continue;
        }
        if (!customer)
            return R::failure(customer.error(), customer.errorKind());
        if (customer->stage != s.facts.current) { // somebody changed it since: their decision stands
            outcome.skippedCodes.append(s.facts.code);
            continue;
        }
        if (customer->stage == s.suggested)
            continue;
        if (Status allowed = CustomerOwnership(db).check(customer->id, Permission::Edit); !allowed)
            return R::failure(allowed.error(), allowed.errorKind());
        Customer changed = *customer;
        changed.stage = s.suggested;
        if (auto saved = customers.update(changed); !saved)
            return R::failure(tr("Cannot change the stage of %1: %2").arg(s.facts.code, saved.error()),
                              saved.errorKind());
        ++outcome.applied;
    }
    if (!transaction.commit())
        return R::failure(tr("The archive refused the stage changes; nothing was changed."));
    return outcome;
}
