#include "DueList.h"
#include "TempArchive.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace {
TaskRepository::Completion doneBy(const QString& login)
{
    TaskRepository::Completion how;
    how.by = login;
    return how;
}

Task task(qint64 customerId, const QString& title, const QDate& due)
{
    Task t;
    t.customerId = customerId;
    t.title = title;
    t.dueDate = due;
    t.assignee = QStringLiteral("wangfang");
    t.createdBy = QStringLiteral("boss");
    return t;
}

qint64 interactionCount(Archive& a)
{
    QSqlQuery q(a.database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM interactions")) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST(TaskRepository, AddedTaskReadsBackWithItsPeople)
{
    TempArchive a;
    const auto customer = a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    ASSERT_TRUE(customer);
    const auto added = a->tasks().add(task(customer->id, QStringLiteral("  寄送报价单 "), QDate(2026, 3, 20)));
    ASSERT_TRUE(added) << added.error().toStdString();
    EXPECT_EQ(added->title, QStringLiteral("寄送报价单"));
    EXPECT_EQ(added->dueDate, QDate(2026, 3, 20));
    EXPECT_EQ(added->assignee, QStringLiteral("wangfang"));
    EXPECT_EQ(added->createdBy, QStringLiteral("boss"));
    EXPECT_TRUE(added->createdAt.isValid());
    EXPECT_FALSE(added->isDone());
    EXPECT_EQ(a->tasks().forCustomer(customer->id)->size(), 1);
}

TEST(TaskRepository, IncompleteTasksAreRefused)
{
    TempArchive a;
    const auto customer = a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    ASSERT_TRUE(customer);
    EXPECT_EQ(a->tasks().add(task(customer->id, QStringLiteral("   "), QDate(2026, 3, 20))).errorKind(), ErrorKind::Usage);
    EXPECT_EQ(a->tasks().add(task(customer->id, QStringLiteral("报价"), QDate())).errorKind(), ErrorKind::Usage);
    EXPECT_EQ(a->tasks().add(task(0, QStringLiteral("报价"), QDate(2026, 3, 20))).errorKind(), ErrorKind::Usage);
    EXPECT_EQ(a->tasks().add(task(999, QStringLiteral("报价"), QDate(2026, 3, 20))).errorKind(), ErrorKind::NotFound);
    EXPECT_TRUE(a->tasks().forCustomer(customer->id)->isEmpty());
}

TEST(TaskRepository, CompletingATaskLogsAFollowUp)
{
    TempArchive a;
    const auto customer = a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    ASSERT_TRUE(customer);
    const auto added = a->tasks().add(task(customer->id, QStringLiteral("寄送报价单"), QDate(2026, 3, 20)));
    ASSERT_TRUE(added);
    TaskRepository::Completion how;
    how.by = QStringLiteral("lijun");
    how.type = InteractionType::Email;
    how.note = QStringLiteral("已发邮件");
    how.nextDate = QDate(2026, 3, 27);
    const auto logged = a->tasks().complete(added->id, how);
    ASSERT_TRUE(logged) << logged.error().toStdString();

    const auto timeline = a->interactions().forCustomer(customer->id);
    ASSERT_EQ(timeline->size(), 1);
    const Interaction& followUp = timeline->first();
    EXPECT_EQ(followUp.id, logged->id);
    EXPECT_EQ(followUp.type, InteractionType::Email);
    EXPECT_EQ(followUp.author, QStringLiteral("lijun"));
    EXPECT_TRUE(followUp.content.contains(QStringLiteral("寄送报价单")));
    EXPECT_TRUE(followUp.content.contains(QStringLiteral("已发邮件")));
    EXPECT_EQ(followUp.nextDate, QDate(2026, 3, 27));
    const auto done = a->tasks().find(added->id);
    EXPECT_TRUE(done->isDone());
    EXPECT_EQ(done->followUpId, logged->id);

    // Done twice: refused, and no second follow-up appears.
    EXPECT_EQ(a->tasks().complete(added->id, how).errorKind(), ErrorKind::Conflict);
    EXPECT_EQ(interactionCount(*a), 1);
    EXPECT_EQ(a->tasks().complete(12345, how).errorKind(), ErrorKind::NotFound);
}

TEST(TaskRepository, CompletingATaskClosesTheCustomersPlannedFollowUp)
{
    TempArchive a;
    const auto customer = a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    ASSERT_TRUE(customer);
    const QDate today = QDate::currentDate();
    Interaction planned;
    planned.customerId = customer->id;
    planned.happenedAt = QDateTime::currentDateTimeUtc().addDays(-5);
    planned.content = QStringLiteral("下周回访");
    planned.nextDate = today.addDays(-1);
    ASSERT_TRUE(a->interactions().insert(planned));
    const auto added = a->tasks().add(task(customer->id, QStringLiteral("回访"), today));
    ASSERT_TRUE(added);
    EXPECT_EQ(DueList(a->database().connection()).compute(today)->total(), 2);
    ASSERT_TRUE(a->tasks().complete(added->id, doneBy(QStringLiteral("wangfang"))));
    EXPECT_EQ(DueList(a->database().connection()).compute(today)->total(), 0);
}

TEST(TaskRepository, WhenTheFollowUpCannotBeLoggedTheTaskStaysOpen)
{
    TempArchive a;
    const auto customer = a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    ASSERT_TRUE(customer);
    const auto added = a->tasks().add(task(customer->id, QStringLiteral("回访"), QDate(2026, 3, 20)));
    ASSERT_TRUE(added);
    QSqlQuery trigger(a->database().connection());
    ASSERT_TRUE(trigger.exec(QStringLiteral(
        "CREATE TRIGGER refuse BEFORE INSERT ON interactions BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    EXPECT_FALSE(a->tasks().complete(added->id, doneBy(QStringLiteral("wangfang"))));
    EXPECT_FALSE(a->tasks().find(added->id)->isDone());
    EXPECT_EQ(interactionCount(*a), 0);
}

TEST(TaskRepository, DeletingTheCustomerDeletesItsTasks)
{
    TempArchive a;
    const auto customer = a->customers().insert(makeCustomer(QStringLiteral("华夏科技")));
    ASSERT_TRUE(customer);
    const auto added = a->tasks().add(task(customer->id, QStringLiteral("回访"), QDate(2026, 3, 20)));
    ASSERT_TRUE(added);
    ASSERT_TRUE(a->customers().remove(customer->id));
    EXPECT_EQ(a->tasks().find(added->id).errorKind(), ErrorKind::NotFound);
}
