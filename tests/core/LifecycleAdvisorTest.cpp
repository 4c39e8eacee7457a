#include "LifecycleAdvisor.h"
#include "LifecycleStageApplier.h"
#include "TempArchive.h"

#include <QThread>

#include <gtest/gtest.h>

namespace {
const QDate asOf(2025, 6, 30);

LifecycleAdvisor::Options options()
{
    LifecycleAdvisor::Options o;
    o.asOf = asOf;
    o.activeDays = 90;
    o.lostDays = 365;
    return o;
}

LifecycleFacts facts(qint64 orders, int daysSinceLastOrder, qint64 followUps, bool churnRisk = false)
{
    LifecycleFacts f;
    f.orders = orders;
    if (orders > 0)
        f.lastOrder = asOf.addDays(-daysSinceLastOrder);
    f.followUps = followUps;
    f.churnRisk = churnRisk;
    return f;
}

Customer add(Archive& archive, const QString& code, CustomerStage stage)
{
    Customer c = makeCustomer(code, code);
    c.stage = stage;
    auto saved = archive.customers().insert(c);
    EXPECT_TRUE(saved) << saved.error().toStdString();
    return saved ? *saved : Customer{};
}

void addOrder(Archive& archive, qint64 customerId, const QDate& date)
{
    static int number = 0;
    Order order;
    order.customerId = customerId;
    order.orderNo = QStringLiteral("LC%1").arg(++number);
    order.date = date;
    order.amountCents = 5000;
    ASSERT_TRUE(archive.orders().insert(order));
}

void addFollowUp(Archive& archive, qint64 customerId, const QDate& date)
{
    Interaction i;
    i.customerId = customerId;
    i.type = InteractionType::Call;
    i.happenedAt = QDateTime(date, QTime(9, 30), Qt::UTC);
    i.author = QStringLiteral("wangfang");
    i.content = QStringLiteral("电话回访");
    ASSERT_TRUE(archive.interactions().insert(i));
}

const StageSuggestion* find(const QList<StageSuggestion>& list, const QString& code)
{
    for (const StageSuggestion& s : list)
        if (s.facts.code == code)
            return &s;
    return nullptr;
}
} // namespace

TEST(LifecycleAdvisor, RuleFollowsOrdersAndFollowUps)
{
    const auto o = options();
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(0, 0, 2), o), CustomerStage::Lead); // contacted, never bought
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(0, 0, 0), o), std::nullopt);       // nothing to go on
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(3, 0, 0), o), CustomerStage::Active);
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(3, 90, 0), o), CustomerStage::Active); // the limit is still active
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(3, 91, 0), o), CustomerStage::Customer);
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(3, 365, 0), o), CustomerStage::Customer);
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(3, 366, 5), o), CustomerStage::Lost);
    // Overdue for its own rhythm (ChurnDetector) is lost once it is no longer active ...
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(3, 120, 0, true), o), CustomerStage::Lost);
    // ... but a recent order wins.
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(3, 30, 0, true), o), CustomerStage::Active);
    auto shorter = o;
    shorter.activeDays = 30;
    EXPECT_EQ(LifecycleAdvisor::stageFor(facts(3, 45, 0), shorter), CustomerStage::Customer);
}

TEST(LifecycleAdvisor, SuggestsOnlyStagesThatDifferAndAppliesWhatIsAccepted)
{
    TempArchive a;
    const Customer contacted = add(*a, QStringLiteral("A-contacted"), CustomerStage::Customer);
    addFollowUp(*a, contacted.id, asOf.addDays(-10));
    add(*a, QStringLiteral("B-untouched"), CustomerStage::Customer); // no orders, no follow-ups: left alone
    const Customer recent = add(*a, QStringLiteral("C-recent"), CustomerStage::Lead);
    addOrder(*a, recent.id, asOf.addDays(-5));
    const Customer gone = add(*a, QStringLiteral("D-gone"), CustomerStage::Active);
    addOrder(*a, gone.id, asOf.addDays(-400));
    const Customer fine = add(*a, QStringLiteral("E-fine"), CustomerStage::Active); // already right
    addOrder(*a, fine.id, asOf.addDays(-20));
    const Customer later = add(*a, QStringLiteral("F-later"), CustomerStage::Lead);
    addOrder(*a, later.id, asOf.addDays(+3)); // after the as-of date: does not count
    addFollowUp(*a, later.id, asOf.addDays(+3));

    LifecycleAdvisor advisor(a->database().connection());
    const auto suggestions = advisor.suggest(options());
    ASSERT_TRUE(suggestions) << suggestions.error().toStdString();
    ASSERT_EQ(suggestions->size(), 3);
    ASSERT_NE(find(*suggestions, QStringLiteral("A-contacted")), nullptr);
    EXPECT_EQ(find(*suggestions, QStringLiteral("A-contacted"))->suggested, CustomerStage::Lead);
    EXPECT_EQ(find(*suggestions, QStringLiteral("A-contacted"))->facts.lastFollowUp, asOf.addDays(-10));
    ASSERT_NE(find(*suggestions, QStringLiteral("C-recent")), nullptr);
    EXPECT_EQ(find(*suggestions, QStringLiteral("C-recent"))->suggested, CustomerStage::Active);
    ASSERT_NE(find(*suggestions, QStringLiteral("D-gone")), nullptr);
    EXPECT_EQ(find(*suggestions, QStringLiteral("D-gone"))->suggested, CustomerStage::Lost);
    EXPECT_EQ(find(*suggestions, QStringLiteral("D-gone"))->facts.current, CustomerStage::Active);

    // Nothing changed until applied.
    EXPECT_EQ(a->customers().findById(recent.id)->stage, CustomerStage::Lead);

    // The user accepts C and D only. Meanwhile somebody set D by hand: D is skipped, not overwritten.
    Customer edited = *a->customers().findById(gone.id);
    edited.stage = CustomerStage::Customer;
    ASSERT_TRUE(a->customers().update(edited));
    QThread::msleep(5); // updated_at has millisecond resolution
    const auto outcome =
        LifecycleStageApplier::apply(a->database().connection(), a->customers(),
                                     {*find(*suggestions, QStringLiteral("C-recent")),
                                      *find(*suggestions, QStringLiteral("D-gone"))});
    ASSERT_TRUE(outcome) << outcome.error().toStdString();
    EXPECT_EQ(outcome->applied, 1);
    EXPECT_EQ(outcome->skippedCodes, QStringList{QStringLiteral("D-gone")});

    const Customer appliedC = *a->customers().findById(recent.id);
    EXPECT_EQ(appliedC.stage, CustomerStage::Active);
    EXPECT_EQ(appliedC.version, recent.version + 1); // the normal save path
    EXPECT_GT(appliedC.updatedAt, recent.updatedAt);
    EXPECT_EQ(a->customers().findById(gone.id)->stage, CustomerStage::Customer);
    EXPECT_EQ(a->customers().findById(contacted.id)->stage, CustomerStage::Customer); // not accepted
}

TEST(LifecycleAdvisor, InvalidDateIsAUsageError)
{
    TempArchive a;
    LifecycleAdvisor advisor(a->database().connection());
    LifecycleAdvisor::Options o;
    EXPECT_EQ(advisor.suggest(o).errorKind(), ErrorKind::Usage);
}
