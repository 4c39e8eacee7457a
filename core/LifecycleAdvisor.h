#pragma once

#include "ChurnDetector.h"
#include "Result.h"
#include "StageSuggestion.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// Suggests lifecycle stages (lead -> customer -> active -> lost) from orders and follow-ups; nothing is
// changed here (LifecycleStageApplier applies what the user accepts). The rule, for an as-of date:
//  - no orders, but at least one follow-up          -> lead
//  - no orders and no follow-ups                    -> no suggestion (nothing to go on)
//  - last order at most `activeDays` ago            -> active
//  - else last order more than `lostDays` ago, or the ChurnDetector flags the customer -> lost
//  - else                                           -> customer
// A customer is only listed when the rule's stage differs from the current one.
class LifecycleAdvisor {
    Q_DECLARE_TR_FUNCTIONS(LifecycleAdvisor)

public:
    struct Options {
        QDate asOf;
        int activeDays = 90;
        int lostDays = 365;
        double churnGapMultiple = 2.0; // passed to ChurnDetector
        int churnSingleOrderDays = 365;
    };

    explicit LifecycleAdvisor(QSqlDatabase& db) : m_db(db) {}

    // In customer code order.
    Result<QList<StageSuggestion>> suggest(const Options& options);

    // The rule's stage for one customer; nullopt when it has nothing to go on.
    static std::optional<CustomerStage> stageFor(const LifecycleFacts& facts, const Options& options);
    // A short translated reason for the suggestion ("last order 12 days ago").
    static QString reason(const LifecycleFacts& facts, const Options& options);

private:
    QSqlDatabase& m_db;
};
