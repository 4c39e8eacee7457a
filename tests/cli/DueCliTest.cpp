#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
QStringList titles(const QJsonArray& items)
{
    QStringList result;
    for (const QJsonValue& v : items)
        result.append(v[QStringLiteral("title")].toString());
    return result;
}

// A fixed day, so "overdue" and "this week" do not depend on when the test runs.
const QString today = QStringLiteral("2026-03-16");

class DueCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    CliRun run(const QStringList& args)
    {
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(' ').toStdString() << ": " << r.err.toStdString();
        return r;
    }
    QString addTask(const QString& code, const QString& title, const QString& due, const QString& user = QString())
    {
        QStringList args{QStringLiteral("task"), QStringLiteral("add"), db(), code, QStringLiteral("--title"), title,
                         QStringLiteral("--due"), due};
        if (!user.isEmpty())
            args << QStringLiteral("--user") << user;
        return run(args).out.trimmed();
    }
    QJsonObject due(const QStringList& extra = {})
    {
        return run(QStringList{QStringLiteral("due"), db(), QStringLiteral("--today"), today, QStringLiteral("--json")} +
                   extra)
            .jsonObject();
    }
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), db()}).exitCode, 0);
        run({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("华夏科技"), QStringLiteral("--code"),
             QStringLiteral("K1"), QStringLiteral("--owner"), QStringLiteral("wangfang")});
        run({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("东方贸易"), QStringLiteral("--code"),
             QStringLiteral("K2"), QStringLiteral("--owner"), QStringLiteral("lijun")});
    }

    QTemporaryDir dir;
};
} // namespace

TEST_F(DueCli, JsonListsTasksByGroupWithTheDocumentedKeys)
{
    addTask(QStringLiteral("K1"), QStringLiteral("催款"), QStringLiteral("2026-03-10"));
    addTask(QStringLiteral("K1"), QStringLiteral("寄样品"), today);
    addTask(QStringLiteral("K2"), QStringLiteral("回访"), QStringLiteral("2026-03-22"));
    addTask(QStringLiteral("K2"), QStringLiteral("下周的事"), QStringLiteral("2026-03-23"));
    const QJsonObject all = due();
    EXPECT_EQ(titles(all[QStringLiteral("overdue")].toArray()), QStringList{QStringLiteral("催款")});
    EXPECT_EQ(titles(all[QStringLiteral("today")].toArray()), QStringList{QStringLiteral("寄样品")});
    EXPECT_EQ(titles(all[QStringLiteral("this_week")].toArray()), QStringList{QStringLiteral("回访")});
    const QJsonObject item = all[QStringLiteral("today")].toArray().at(0).toObject();
    EXPECT_EQ(item[QStringLiteral("kind")].toString(), QStringLiteral("task"));
    EXPECT_EQ(item[QStringLiteral("date")].toString(), today);
    EXPECT_EQ(item[QStringLiteral("code")].toString(), QStringLiteral("K1"));
    EXPECT_EQ(item[QStringLiteral("name")].toString(), QStringLiteral("华夏科技"));
    EXPECT_EQ(item[QStringLiteral("text")].toString(), QStringLiteral("寄样品"));
    EXPECT_EQ(item[QStringLiteral("user")].toString(), QStringLiteral("wangfang"));
    EXPECT_TRUE(item[QStringLiteral("task_id")].isDouble());
}

TEST_F(DueCli, UserOptionShowsOnlyThatUsersItems)
{
    addTask(QStringLiteral("K1"), QStringLiteral("王的"), today);
    addTask(QStringLiteral("K1"), QStringLiteral("交给李"), today, QStringLiteral("lijun"));
    addTask(QStringLiteral("K2"), QStringLiteral("李的"), today);
    const QJsonObject li = due({QStringLiteral("--user"), QStringLiteral("lijun")});
    EXPECT_EQ(titles(li[QStringLiteral("today")].toArray()), (QStringList{QStringLiteral("交给李"), QStringLiteral("李的")}));
    EXPECT_EQ(titles(due({QStringLiteral("--user"), QStringLiteral("wangfang")})[QStringLiteral("today")].toArray()),
              QStringList{QStringLiteral("王的")});

    const CliRun unknown = cli({QStringLiteral("due"), db(), QStringLiteral("--user"), QStringLiteral("nobody")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nobody")));
}

TEST_F(DueCli, TextOutputIsGroupedOverdueTodayThisWeek)
{
    addTask(QStringLiteral("K1"), QStringLiteral("本周任务"), QStringLiteral("2026-03-18"));
    addTask(QStringLiteral("K1"), QStringLiteral("逾期任务"), QStringLiteral("2026-03-01"));
    const QStringList lines = run({QStringLiteral("due"), db(), QStringLiteral("--today"), today}).out.split(u'\n');
    // Headings are the unindented lines, in this order, each with its count.
    QList<int> headings;
    for (int i = 0; i < lines.size(); ++i)
        if (!lines[i].isEmpty() && !lines[i].startsWith(u' '))
            headings.append(i);
    ASSERT_EQ(headings.size(), 3) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines[headings[0]].endsWith(QStringLiteral("(1)")));
    EXPECT_TRUE(lines[headings[1]].endsWith(QStringLiteral("(0)")));
    EXPECT_TRUE(lines[headings[0] + 1].contains(QStringLiteral("逾期任务")));
    EXPECT_TRUE(lines[headings[2] + 1].contains(QStringLiteral("本周任务")));
    EXPECT_TRUE(lines[headings[2] + 1].contains(QStringLiteral("2026-03-18")));
}

TEST_F(DueCli, TaskDoneLogsAFollowUpAndLeavesTheList)
{
    const QString id = addTask(QStringLiteral("K2"), QStringLiteral("确认合同"), today);
    ASSERT_FALSE(id.isEmpty());
    run({QStringLiteral("task"), QStringLiteral("done"), db(), id, QStringLiteral("--note"), QStringLiteral("已盖章"),
         QStringLiteral("--type"), QStringLiteral("visit"), QStringLiteral("--by"), QStringLiteral("lijun")});
    EXPECT_TRUE(due()[QStringLiteral("today")].toArray().isEmpty());
    const QJsonObject shown = run({QStringLiteral("show"), db(), QStringLiteral("K2"), QStringLiteral("--json")}).jsonObject();
    const QJsonArray followUps = shown[QStringLiteral("interactions")].toArray();
    ASSERT_EQ(followUps.size(), 1) << QJsonDocument(shown).toJson().toStdString();
    const QJsonObject logged = followUps.at(0).toObject();
    EXPECT_TRUE(logged[QStringLiteral("content")].toString().contains(QStringLiteral("确认合同")));
    EXPECT_TRUE(logged[QStringLiteral("content")].toString().contains(QStringLiteral("已盖章")));
    EXPECT_EQ(logged[QStringLiteral("type")].toString(), QStringLiteral("visit"));
    EXPECT_EQ(logged[QStringLiteral("author")].toString(), QStringLiteral("lijun"));

    const CliRun again = cli({QStringLiteral("task"), QStringLiteral("done"), db(), id});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_FALSE(again.err.isEmpty());
}

TEST_F(DueCli, BadTaskArgumentsAreRefusedWithoutWriting)
{
    const auto exitOf = [&](const QStringList& args) { return cli(args).exitCode; };
    EXPECT_EQ(exitOf({QStringLiteral("task"), db()}), 2);
    EXPECT_EQ(exitOf({QStringLiteral("task"), QStringLiteral("add"), db(), QStringLiteral("K1"), QStringLiteral("--title"),
                      QStringLiteral("x")}),
              2);
    EXPECT_EQ(exitOf({QStringLiteral("task"), QStringLiteral("add"), db(), QStringLiteral("K1"), QStringLiteral("--title"),
                      QStringLiteral("x"), QStringLiteral("--due"), QStringLiteral("2026-02-30")}),
              2);
    EXPECT_EQ(exitOf({QStringLiteral("task"), QStringLiteral("add"), db(), QStringLiteral("NOPE"), QStringLiteral("--title"),
                      QStringLiteral("x"), QStringLiteral("--due"), today}),
              1);
    EXPECT_EQ(exitOf({QStringLiteral("task"), QStringLiteral("done"), db(), QStringLiteral("abc")}), 2);
    EXPECT_EQ(exitOf({QStringLiteral("due"), db(), QStringLiteral("--today"), QStringLiteral("tomorrow")}), 2);
    const QJsonObject all = due();
    for (const char* group : {"overdue", "today", "this_week"})
        EXPECT_TRUE(all[QLatin1String(group)].toArray().isEmpty()) << group;
}
