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

// A fixed "today" keeps every boundary reproducible: Monday 2026-03-16.
const QDate today(2026, 3, 16);

qint64 addCustomer(Archive& a, const QString& name, const QString& owner, CustomerKind kind = CustomerKind::Company,
                   const QDate& birthday = {}, const QList<Contact>& contacts = {})
{
    Customer c = makeCustomer(name);
    c.owner = owner;
    c.kind = kind;
    c.birthday = birthday;
    const auto saved = a.saveCustomer(c, contacts);
    EXPECT_TRUE(saved) << saved.error().toStdString();
    return saved ? saved->id : 0;
}

Task task(qint64 customerId, const QString& title, const QDate& due, const QString& assignee = QString())
{
    Task t;
    t.customerId = customerId;
    t.title = title;
    t.dueDate = due;
    t.assignee = assignee;
    t.createdBy = QStringLiteral("boss");
    return t;
}

Interaction followUp(qint64 customerId, const QDateTime& at, const QDate& next, const QString& author = QStringLiteral("wangfang"))
{
    Interaction i;
    i.customerId = customerId;
    i.type = InteractionType::Call;
    i.happenedAt = at;
    i.author = author;
    i.content = QStringLiteral("电话沟通");
    i.nextDate = next;
    return i;
}

Contact contact(const QString& name, const QDate& birthday)
{
    Contact k;
    k.name = name;
    k.birthday = birthday;
    return k;
}

QStringList texts(const QList<DueItem>& items)
{
    QStringList result;
    for (const DueItem& item : items)
        result.append(item.text);
    return result;
}

DueLists due(Archive& a, const QDate& day = today, const QString& user = QString())
{
    auto lists = DueList(a.database().connection()).compute(day, user);
    EXPECT_TRUE(lists) << lists.error().toStdString();
    return lists ? *lists : DueLists{};
}
} // namespace

TEST(DueList, TasksFallIntoOverdueTodayAndThisWeekByDueDate)
{
    TempArchive a;
    const qint64 id = addCustomer(*a, QStringLiteral("华夏科技"), QStringLiteral("wangfang"));
    for (const auto& [title, days] : std::initializer_list<std::pair<const char*, int>>{
             {"last month", -30}, {"yesterday", -1}, {"today", 0}, {"tomorrow", 1}, {"in six days", 6}, {"in a week", 7}})
        ASSERT_TRUE(a->tasks().add(task(id, QString::fromUtf8(title), today.addDays(days))));
    const DueLists lists = due(*a);
    EXPECT_EQ(texts(lists.overdue), (QStringList{QStringLiteral("last month"), QStringLiteral("yesterday")}));
    EXPECT_EQ(texts(lists.today), (QStringList{QStringLiteral("today")}));
    // "This week" is the next six days; the seventh day is next week's business.
    EXPECT_EQ(texts(lists.thisWeek), (QStringList{QStringLiteral("tomorrow"), QStringLiteral("in six days")}));
    ASSERT_EQ(lists.today.size(), 1);
    const DueItem& item = lists.today.first();
    EXPECT_EQ(item.kind, DueKind::Task);
    EXPECT_EQ(item.date, today);
    EXPECT_EQ(item.name, QStringLiteral("华夏科技"));
    EXPECT_EQ(item.user, QStringLiteral("wangfang")); // unassigned: the customer's owner
    EXPECT_GT(item.taskId, 0);
}

TEST(DueList, DoneTasksAreNotDue)
{
    TempArchive a;
    const qint64 id = addCustomer(*a, QStringLiteral("华夏科技"), QStringLiteral("wangfang"));
    const auto added = a->tasks().add(task(id, QStringLiteral("报价"), today.addDays(-2)));
    ASSERT_TRUE(added);
    ASSERT_TRUE(a->tasks().complete(added->id, doneBy(QStringLiteral("wangfang"))));
    EXPECT_EQ(due(*a).total(), 0);
}

TEST(DueList, OnlyTheLatestFollowUpOfACustomerPlansTheNextOne)
{
    TempArchive a;
    const qint64 first = addCustomer(*a, QStringLiteral("甲公司"), QStringLiteral("wangfang"));
    const qint64 second = addCustomer(*a, QStringLiteral("乙公司"), QStringLiteral("wangfang"));
    const QDateTime morning(today.addDays(-10), QTime(2, 0), Qt::UTC);
    // First customer: the planned call is overdue and nothing happened since.
    ASSERT_TRUE(a->interactions().insert(followUp(first, morning, today.addDays(-3))));
    // Second customer: the plan was followed by a later call without a new date: nothing is due.
    ASSERT_TRUE(a->interactions().insert(followUp(second, morning, today.addDays(-3))));
    ASSERT_TRUE(a->interactions().insert(followUp(second, morning.addDays(5), QDate())));
    DueLists lists = due(*a);
    ASSERT_EQ(lists.overdue.size(), 1);
    EXPECT_EQ(lists.overdue.first().kind, DueKind::FollowUp);
    EXPECT_EQ(lists.overdue.first().customerId, first);
    EXPECT_EQ(lists.overdue.first().date, today.addDays(-3));
    EXPECT_TRUE(lists.today.isEmpty() && lists.thisWeek.isEmpty());

    // A later follow-up that plans again replaces the old date.
    ASSERT_TRUE(a->interactions().insert(followUp(first, morning.addDays(8), today.addDays(2))));
    lists = due(*a);
    EXPECT_TRUE(lists.overdue.isEmpty());
    ASSERT_EQ(lists.thisWeek.size(), 1);
    EXPECT_EQ(lists.thisWeek.first().date, today.addDays(2));
}

TEST(DueList, BirthdaysAcrossTheYearEndAreThisWeekAndNeverOverdue)
{
    TempArchive a;
    const QDate newYearsEve(2026, 12, 29);
    addCustomer(*a, QStringLiteral("甲公司"), QStringLiteral("wangfang"), CustomerKind::Company, {},
                {contact(QStringLiteral("张伟"), QDate(1980, 1, 2)), contact(QStringLiteral("李娜"), QDate(1975, 12, 29)),
                 contact(QStringLiteral("王强"), QDate(1990, 12, 28)), contact(QStringLiteral("赵敏"), QDate(1985, 1, 5)),
                 contact(QStringLiteral("刘洋"), QDate(1988, 1, 4))});
    const DueLists lists = due(*a, newYearsEve);
    EXPECT_TRUE(lists.overdue.isEmpty()); // 王强's birthday yesterday is simply past
    ASSERT_EQ(lists.today.size(), 1);
    EXPECT_EQ(lists.today.first().person, QStringLiteral("李娜"));
    EXPECT_EQ(lists.today.first().date, newYearsEve);
    ASSERT_EQ(lists.thisWeek.size(), 2); // 2 and 4 January; 5 January is a day too far
    EXPECT_EQ(lists.thisWeek.at(0).person, QStringLiteral("张伟"));
    EXPECT_EQ(lists.thisWeek.at(0).date, QDate(2027, 1, 2));
    EXPECT_EQ(lists.thisWeek.at(1).person, QStringLiteral("刘洋"));
    EXPECT_EQ(lists.thisWeek.at(1).date, QDate(2027, 1, 4));
    EXPECT_EQ(lists.thisWeek.at(0).kind, DueKind::Birthday);
}

TEST(DueList, LeapDayBirthdaysFallOnTheLastDayOfFebruaryInCommonYears)
{
    EXPECT_EQ(DueList::nextBirthday(QDate(2000, 2, 29), QDate(2027, 2, 1)), QDate(2027, 2, 28));
    EXPECT_EQ(DueList::nextBirthday(QDate(2000, 2, 29), QDate(2028, 2, 1)), QDate(2028, 2, 29));
    EXPECT_EQ(DueList::nextBirthday(QDate(2000, 2, 29), QDate(2027, 3, 1)), QDate(2028, 2, 29));
    EXPECT_EQ(DueList::nextBirthday(QDate(1990, 12, 31), QDate(2026, 12, 31)), QDate(2026, 12, 31));

    TempArchive a;
    addCustomer(*a, QStringLiteral("甲公司"), QStringLiteral("wangfang"), CustomerKind::Company, {},
                {contact(QStringLiteral("张伟"), QDate(2000, 2, 29))});
    const DueLists common = due(*a, QDate(2027, 2, 28));
    ASSERT_EQ(common.today.size(), 1);
    EXPECT_EQ(common.today.first().date, QDate(2027, 2, 28));
    EXPECT_TRUE(due(*a, QDate(2027, 3, 1)).today.isEmpty());
    const DueLists leap = due(*a, QDate(2028, 2, 28));
    EXPECT_TRUE(leap.today.isEmpty());
    ASSERT_EQ(leap.thisWeek.size(), 1);
    EXPECT_EQ(leap.thisWeek.first().date, QDate(2028, 2, 29));
}

TEST(DueList, AnIndividualsOwnBirthdayIsListedOnce)
{
    TempArchive a;
    const QDate birthday(1985, 3, 18);
    addCustomer(*a, QStringLiteral("陈静"), QStringLiteral("wangfang"), CustomerKind::Individual, birthday,
                {contact(QStringLiteral("陈静"), birthday), contact(QStringLiteral("陈静的先生"), birthday)});
    const DueLists lists = due(*a);
    QStringList people;
    for (const DueItem& item : lists.thisWeek)
        people.append(item.person);
    EXPECT_EQ(people, (QStringList{QStringLiteral("陈静"), QStringLiteral("陈静的先生")}));
    // A company's "birthday" field is not a birthday of anyone.
    TempArchive b;
    addCustomer(*b, QStringLiteral("甲公司"), QStringLiteral("wangfang"), CustomerKind::Company, birthday);
    EXPECT_EQ(due(*b).total(), 0);
}

TEST(DueList, RenewalDatesStayOverdueUntilMoved)
{
    TempArchive a;
    Customer c = makeCustomer(QStringLiteral("甲公司"));
    c.owner = QStringLiteral("wangfang");
    c.renewalDate = today.addDays(-40);
    auto saved = a->saveCustomer(c, {});
    ASSERT_TRUE(saved);
    DueLists lists = due(*a);
    ASSERT_EQ(lists.overdue.size(), 1);
    EXPECT_EQ(lists.overdue.first().kind, DueKind::Renewal);
    EXPECT_EQ(lists.overdue.first().date, today.addDays(-40));

    Customer renewed = *saved;
    renewed.renewalDate = today.addDays(3);
    ASSERT_TRUE(a->saveCustomer(renewed, {}));
    lists = due(*a);
    EXPECT_TRUE(lists.overdue.isEmpty());
    ASSERT_EQ(lists.thisWeek.size(), 1);
    EXPECT_EQ(lists.thisWeek.first().date, today.addDays(3));
    EXPECT_EQ(a->customers().findById(saved->id)->renewalDate, today.addDays(3));
}

TEST(DueList, EachUserSeesWhatIsTheirs)
{
    TempArchive a;
    const qint64 wangs = addCustomer(*a, QStringLiteral("王的客户"), QStringLiteral("wangfang"), CustomerKind::Company, {},
                                     {contact(QStringLiteral("张伟"), today)});
    const qint64 lis = addCustomer(*a, QStringLiteral("李的客户"), QStringLiteral("lijun"));
    const qint64 nobodys = addCustomer(*a, QStringLiteral("无人负责"), QString());
    ASSERT_TRUE(a->tasks().add(task(wangs, QStringLiteral("王的任务"), today)));
    ASSERT_TRUE(a->tasks().add(task(wangs, QStringLiteral("交给李"), today, QStringLiteral("lijun"))));
    ASSERT_TRUE(a->tasks().add(task(lis, QStringLiteral("李的任务"), today)));
    // Unowned customer: the planned follow-up is for whoever planned it.
    ASSERT_TRUE(a->interactions().insert(
        followUp(nobodys, QDateTime(today.addDays(-1), QTime(3, 0), Qt::UTC), today, QStringLiteral("lijun"))));

    const DueLists wang = due(*a, today, QStringLiteral("wangfang"));
    EXPECT_EQ(texts(wang.today), (QStringList{QStringLiteral("王的任务"), DueList::tr("Birthday of %1").arg(QStringLiteral("张伟"))}));
    const DueLists li = due(*a, today, QStringLiteral("lijun"));
    EXPECT_EQ(li.today.size(), 3);
    for (const DueItem& item : li.today)
        EXPECT_EQ(item.user, QStringLiteral("lijun"));
    EXPECT_EQ(due(*a, today, QStringLiteral("nobody")).total(), 0);
    EXPECT_EQ(due(*a).today.size(), 5); // everybody's
}

TEST(DueList, OfTwoFollowUpsAtTheSameMomentTheOneLoggedLaterCounts)
{
    TempArchive a;
    const qint64 id = addCustomer(*a, QStringLiteral("甲公司"), QStringLiteral("wangfang"));
    const QDateTime at(today.addDays(-1), QTime(2, 0), Qt::UTC);
    ASSERT_TRUE(a->interactions().insert(followUp(id, at, today.addDays(1))));
    EXPECT_EQ(due(*a).thisWeek.size(), 1);
    ASSERT_TRUE(a->interactions().insert(followUp(id, at, QDate())));
    EXPECT_EQ(due(*a).total(), 0);
}
