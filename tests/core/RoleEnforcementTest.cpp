// Core refuses what a role may not do even when no window hides the button: follow-ups, tasks and orders on
// other people's customers, team-wide reports, and handing over a colleague's customers.
#include "AuditLog.h"
#include "Authenticator.h"
#include "ChurnDetector.h"
#include "CustomerBreakdown.h"
#include "CustomerOwnership.h"
#include "Handover.h"
#include "LifecycleAdvisor.h"
#include "PasswordHasher.h"
#include "QualityScanner.h"
#include "RfmCalculator.h"
#include "SearchIndex.h"
#include "SegmentReportBuilder.h"
#include "SensitiveViewLog.h"
#include "SqlValue.h"
#include "TempArchive.h"
#include "UserAdmin.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace {
const QDate asOf(2025, 6, 30);

class RoleEnforcement : public ::testing::Test {
protected:
    RoleEnforcement() : fast({1, 8192})
    {
        add(QStringLiteral("boss"), Role::Admin);
        signInAs(QStringLiteral("boss"));
        add(QStringLiteral("li"), Role::Sales);
        add(QStringLiteral("wang"), Role::Sales);
        add(QStringLiteral("zhou"), Role::Manager);
        add(QStringLiteral("kan"), Role::Viewer);
        lisCustomer = save(QStringLiteral("张三"), QStringLiteral("li"));
        wangsCustomer = save(QStringLiteral("李四"), QStringLiteral("wang"));
        poolCustomer = save(QStringLiteral("王五"), QString());
        Order order;
        order.customerId = wangsCustomer.id;
        order.orderNo = QStringLiteral("SO-1");
        order.date = QDate(2025, 1, 5);
        order.amountCents = 120000;
        EXPECT_TRUE(archive->orders().insert(order));
    }

    Database& db() { return archive->database(); }
    void add(const QString& login, Role role)
    {
        auto added = UserAdmin(db()).addUser(login, role, QStringLiteral("password-1"));
        ASSERT_TRUE(added) << added.error().toStdString();
    }
    void signInAs(const QString& login)
    {
        auto user = Authenticator(db().connection()).signIn(login, QStringLiteral("password-1"));
        ASSERT_TRUE(user) << user.error().toStdString();
        db().setActingUser(*user);
    }
    Customer save(const QString& name, const QString& owner)
    {
        Customer c = makeCustomer(name);
        c.owner = owner;
        auto saved = archive->saveCustomer(c, {});
        EXPECT_TRUE(saved) << saved.error().toStdString();
        return saved ? *saved : Customer{};
    }
    int count(const QString& sql)
    {
        QSqlQuery q(db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    Interaction followUpOn(const Customer& c)
    {
        Interaction i;
        i.customerId = c.id;
        i.author = db().actingUser().login;
        i.content = QStringLiteral("电话沟通报价");
        return i;
    }
    Task taskOn(const Customer& c, const QString& assignee)
    {
        Task t;
        t.customerId = c.id;
        t.title = QStringLiteral("寄样品");
        t.dueDate = QDate(2030, 1, 1);
        t.assignee = assignee;
        return t;
    }
    bool userActive(const QString& login)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT active FROM users WHERE login = ?"));
        q.addBindValue(login);
        return q.exec() && q.next() && q.value(0).toInt() != 0;
    }

    PasswordHasher::TestLimits fast;
    TempArchive archive;
    Customer lisCustomer, wangsCustomer, poolCustomer;
};
} // namespace

TEST_F(RoleEnforcement, SalesLogFollowUpsAndTasksOnlyOnTheirOwnCustomers)
{
    const auto taskForLi = archive->tasks().add(taskOn(wangsCustomer, QStringLiteral("li"))); // by the admin
    ASSERT_TRUE(taskForLi);
    signInAs(QStringLiteral("li"));
    const int followUpsBefore = count(QStringLiteral("SELECT count(*) FROM interactions"));

    EXPECT_TRUE(archive->interactions().insert(followUpOn(lisCustomer)));
    EXPECT_TRUE(archive->tasks().add(taskOn(lisCustomer, QStringLiteral("li"))));

    const auto othersFollowUp = archive->interactions().insert(followUpOn(wangsCustomer));
    ASSERT_FALSE(othersFollowUp);
    EXPECT_EQ(othersFollowUp.errorKind(), ErrorKind::Generic);
    EXPECT_TRUE(othersFollowUp.error().contains(wangsCustomer.code)) << othersFollowUp.error().toStdString();
    EXPECT_FALSE(archive->interactions().insert(followUpOn(poolCustomer))) << "claim a pool customer first";
    EXPECT_FALSE(archive->tasks().add(taskOn(wangsCustomer, QStringLiteral("li"))));
    // Completing logs a follow-up on wang's customer: refused, and the task stays open.
    TaskRepository::Completion done;
    done.by = QStringLiteral("li");
    EXPECT_FALSE(archive->tasks().complete(taskForLi->id, done));
    EXPECT_FALSE(archive->tasks().find(taskForLi->id)->isDone());
    EXPECT_FALSE(archive->tasks().remove(taskForLi->id));

    Order order;
    order.customerId = wangsCustomer.id;
    order.orderNo = QStringLiteral("SO-2");
    order.date = QDate(2025, 2, 1);
    order.amountCents = 100;
    EXPECT_FALSE(archive->orders().insert(order));

    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM interactions")), followUpsBefore + 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM orders")), 1);
}

TEST_F(RoleEnforcement, ViewersChangeNothingAndManagersWorkOnEveryone)
{
    signInAs(QStringLiteral("kan"));
    EXPECT_FALSE(archive->interactions().insert(followUpOn(lisCustomer)));
    EXPECT_FALSE(archive->tasks().add(taskOn(lisCustomer, QStringLiteral("kan"))));
    signInAs(QStringLiteral("zhou"));
    EXPECT_TRUE(archive->interactions().insert(followUpOn(wangsCustomer)));
    EXPECT_TRUE(archive->interactions().insert(followUpOn(poolCustomer)));
    EXPECT_TRUE(archive->tasks().add(taskOn(lisCustomer, QStringLiteral("li"))));
}

TEST_F(RoleEnforcement, TeamWideReportsNeedTheReportsRight)
{
    QSqlDatabase& c = db().connection();
    const auto tryAll = [&]() {
        QStringList passed;
        if (RfmCalculator(c).compute({asOf, QDate()}))
            passed << QStringLiteral("rfm");
        if (ChurnDetector(c).assess({asOf}))
            passed << QStringLiteral("churn");
        if (CustomerBreakdown(c).customersBy(CustomerBreakdown::Column::Province))
            passed << QStringLiteral("province");
        if (CustomerBreakdown(c).followUpsPerRepWeek(asOf, 12))
            passed << QStringLiteral("follow-ups per rep");
        if (LifecycleAdvisor(c).suggest({asOf}))
            passed << QStringLiteral("lifecycle");
        if (QualityScanner(c, QualityScorer(QualityRules{}, QDateTime(asOf, QTime(12, 0), Qt::UTC))).summarize())
            passed << QStringLiteral("quality");
        SegmentReportBuilder::Options report;
        report.asOf = asOf;
        if (SegmentReportBuilder::build(*archive, report))
            passed << QStringLiteral("report");
        return passed;
    };
    const QStringList everything = {QStringLiteral("rfm"),       QStringLiteral("churn"),
                                    QStringLiteral("province"),  QStringLiteral("follow-ups per rep"),
                                    QStringLiteral("lifecycle"), QStringLiteral("quality"),
                                    QStringLiteral("report")};
    signInAs(QStringLiteral("li"));
    EXPECT_EQ(tryAll(), QStringList());
    signInAs(QStringLiteral("kan"));
    EXPECT_EQ(tryAll(), QStringList());
    signInAs(QStringLiteral("zhou"));
    EXPECT_EQ(tryAll(), everything);
}

TEST_F(RoleEnforcement, HandoverDisablesTheDepartingUserInTheSameStep)
{
    const auto moved = Handover(*archive).run(QStringLiteral("wang"), QStringLiteral("li"));
    ASSERT_TRUE(moved) << moved.error().toStdString();
    EXPECT_EQ(moved->customers, 1);
    EXPECT_TRUE(moved->disabled);
    EXPECT_FALSE(userActive(QStringLiteral("wang")));
    EXPECT_EQ(archive->customers().findById(wangsCustomer.id)->owner, QStringLiteral("li"));
    EXPECT_FALSE(Authenticator(db().connection()).signIn(QStringLiteral("wang"), QStringLiteral("password-1")));
    // Traced like any permission change, by the admin who did it.
    AuditQuery disabling;
    disabling.action = AuditActions::permission;
    const auto entries = AuditLog(db().connection()).list(disabling);
    ASSERT_TRUE(entries);
    ASSERT_FALSE(entries->isEmpty());
    EXPECT_EQ(entries->first().entityCode, QStringLiteral("wang"));
    EXPECT_EQ(entries->first().newValue, QStringLiteral("disabled"));
    EXPECT_EQ(entries->first().login, QStringLiteral("boss"));
}

TEST_F(RoleEnforcement, ManagersHandOverButOnlyAdminsDisable)
{
    signInAs(QStringLiteral("zhou"));
    const auto refused = Handover(*archive).run(QStringLiteral("wang"), QStringLiteral("li"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("wang"))) << refused.error().toStdString();
    EXPECT_TRUE(userActive(QStringLiteral("wang")));
    EXPECT_EQ(archive->customers().findById(wangsCustomer.id)->owner, QStringLiteral("wang")) << "all or nothing";

    const auto kept = Handover(*archive).run(QStringLiteral("wang"), QStringLiteral("li"), Handover::Departing::KeepActive);
    ASSERT_TRUE(kept) << kept.error().toStdString();
    EXPECT_FALSE(kept->disabled);
    EXPECT_TRUE(userActive(QStringLiteral("wang")));
    EXPECT_EQ(archive->customers().findById(wangsCustomer.id)->owner, QStringLiteral("li"));
}

TEST_F(RoleEnforcement, SalesCannotHandOverAnyone)
{
    signInAs(QStringLiteral("li"));
    const auto refused = Handover(*archive).run(QStringLiteral("wang"), QStringLiteral("li"), Handover::Departing::KeepActive);
    ASSERT_FALSE(refused);
    EXPECT_EQ(archive->customers().findById(wangsCustomer.id)->owner, QStringLiteral("wang"));
}

TEST_F(RoleEnforcement, SeeingSensitiveFieldsIsAuditedOncePerQuarterHour)
{
    Contact mobile;
    mobile.name = QStringLiteral("李四");
    mobile.mobile = QStringLiteral("+8613800138000");
    Customer withPhone = wangsCustomer;
    auto saved = archive->saveCustomer(withPhone, {mobile});
    ASSERT_TRUE(saved) << saved.error().toStdString();
    const auto contacts = archive->contacts().forCustomer(saved->id);
    ASSERT_TRUE(contacts);
    const auto views = [&]() {
        AuditQuery q;
        q.action = AuditActions::viewSensitive;
        return AuditLog(db().connection()).list(q).value();
    };

    signInAs(QStringLiteral("zhou"));
    SensitiveViewLog log(db().connection());
    EXPECT_TRUE(log.record(*saved, *contacts, QStringLiteral("detail")).value());
    ASSERT_EQ(views().size(), 1);
    EXPECT_EQ(views().first().login, QStringLiteral("zhou"));
    EXPECT_EQ(views().first().entityCode, saved->code);
    EXPECT_EQ(views().first().field, QStringLiteral("mobile,order_amounts")); // SO-1 is wang's customer's order
    EXPECT_FALSE(log.record(*saved, *contacts, QStringLiteral("detail")).value()) << "again within 15 minutes";
    EXPECT_FALSE(log.record(poolCustomer, {}, QStringLiteral("detail")).value()) << "nothing sensitive to see";

    signInAs(QStringLiteral("kan")); // a viewer sees it masked: nothing was revealed
    EXPECT_FALSE(log.record(*saved, *contacts, QStringLiteral("detail")).value());
    signInAs(QStringLiteral("li")); // sales: wang's customer is masked for li, li's own is not
    EXPECT_FALSE(log.record(*saved, *contacts, QStringLiteral("detail")).value());
    EXPECT_EQ(views().size(), 1);
}

TEST_F(RoleEnforcement, SalesSearchFindsTheirCustomersEvenWhenOthersFillTheCap)
{
    QSet<qint64> visibleToLi;
    for (int i = 0; i < 20; ++i)
        save(QStringLiteral("张伟%1号").arg(i), QStringLiteral("wang"));
    visibleToLi << save(QStringLiteral("张伟甲"), QStringLiteral("li")).id << save(QStringLiteral("张伟乙"), QStringLiteral("li")).id
                << save(QStringLiteral("张伟丙"), QString()).id;
    signInAs(QStringLiteral("li"));
    const AccessPolicy policy(db().actingUser());

    CustomerFilter filter;
    filter.quickSearch = QStringLiteral("张伟");
    ASSERT_TRUE(CustomerOwnership::restrict(filter, policy));
    const auto listed = archive->customers().listIds(filter, CustomerSortKey::Relevance, Qt::AscendingOrder, 5);
    ASSERT_TRUE(listed) << listed.error().toStdString();
    EXPECT_EQ(QSet<qint64>(listed->begin(), listed->end()), visibleToLi);

    SearchQuery query(QStringLiteral("zw"), 5); // pinyin initials, the same customers
    ASSERT_TRUE(CustomerOwnership::restrict(query, policy));
    const auto hits = SearchIndex(db().connection()).search(query);
    ASSERT_TRUE(hits) << hits.error().toStdString();
    QSet<qint64> found;
    for (const SearchHit& hit : *hits)
        found.insert(hit.customerId);
    EXPECT_EQ(found, visibleToLi);

    signInAs(QStringLiteral("zhou")); // a manager is not narrowed: the cap is reached
    CustomerFilter everyone;
    everyone.quickSearch = QStringLiteral("张伟");
    ASSERT_TRUE(CustomerOwnership::restrict(everyone, AccessPolicy(db().actingUser())));
    EXPECT_EQ(archive->customers().listIds(everyone, CustomerSortKey::Relevance, Qt::AscendingOrder, 5)->size(), 5);
}
