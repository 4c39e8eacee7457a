#pragma once

#include "Result.h"
#include "StageSuggestion.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class CustomerRepository;
class QSqlDatabase;

// Applies the stage suggestions the user accepted, in one transaction, through CustomerRepository::update
// (so version and updated_at change as for any edit). A customer whose stage changed since the suggestion
// was made is skipped, not overwritten; any other failure rolls everything back.
class LifecycleStageApplier {
    Q_DECLARE_TR_FUNCTIONS(LifecycleStageApplier)

public:
    struct Outcome {
        int applied = 0;
        QStringList skippedCodes; // stage changed meanwhile, or the customer is gone
    };

    static Result<Outcome> apply(QSqlDatabase& db, CustomerRepository& customers,
                                 const QList<StageSuggestion>& accepted);
};
