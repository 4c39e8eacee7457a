#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
// Three customers whose scores follow by hand from docs/quality.md when a company needs owner, phone, email:
//  A: all three, valid; never contacted      -> 50 + 30 + 10 = 90
//  B: owner and a phone that does not parse  -> 33.3 + 20 + 10 = 63.3 -> 63
//  C: nothing                                -> 0 + 30 + 10 = 40
class QualityCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), db()}).exitCode, 0);
        ASSERT_EQ(cli({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("甲公司"), QStringLiteral("--code"),
                       QStringLiteral("A"), QStringLiteral("--phone"), QStringLiteral("13800138000"), QStringLiteral("--email"),
                       QStringLiteral("a@163.com"), QStringLiteral("--owner"), QStringLiteral("wang")})
                      .exitCode,
                  0);
        ASSERT_EQ(cli({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("乙公司"), QStringLiteral("--code"),
                       QStringLiteral("B"), QStringLiteral("--phone"), QStringLiteral("12345"), QStringLiteral("--owner"),
                       QStringLiteral("wang")})
                      .exitCode,
                  0);
        ASSERT_EQ(cli({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("丙公司"), QStringLiteral("--code"),
                       QStringLiteral("C")})
                      .exitCode,
                  0);
    }
    QJsonObject json(QStringList extra = {})
    {
        const CliRun r = cli(QStringList{QStringLiteral("quality"), db(), QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QTemporaryDir dir;
};
} // namespace

TEST_F(QualityCli, JsonHasCustomersAverageAndProblemCounts)
{
    const QJsonObject o = json({QStringLiteral("--company-fields"), QStringLiteral("owner,phone,email"), QStringLiteral("--worst"),
                                QStringLiteral("2")});
    EXPECT_EQ(o.value(QStringLiteral("customers")).toInt(), 3);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("average_score")).toDouble(), 64.3); // (90 + 63 + 40) / 3
    const QJsonObject problems = o.value(QStringLiteral("problems")).toObject();
    EXPECT_EQ(problems.value(QStringLiteral("missing_email")).toInt(), 2);
    EXPECT_EQ(problems.value(QStringLiteral("missing_phone")).toInt(), 1);
    EXPECT_EQ(problems.value(QStringLiteral("missing_owner")).toInt(), 1);
    EXPECT_EQ(problems.value(QStringLiteral("invalid_phone")).toInt(), 1);
    EXPECT_EQ(problems.value(QStringLiteral("not_contacted")).toInt(), 3);
    for (const char* zero : {"stale", "invalid_email", "impossible_date"}) {
        EXPECT_TRUE(problems.value(QString::fromLatin1(zero)).isDouble()) << zero << " is always reported";
        EXPECT_EQ(problems.value(QString::fromLatin1(zero)).toInt(), 0) << zero;
    }
    const QJsonArray worst = o.value(QStringLiteral("worst")).toArray();
    ASSERT_EQ(worst.size(), 2);
    EXPECT_EQ(worst[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("C"));
    EXPECT_EQ(worst[0].toObject().value(QStringLiteral("score")).toInt(), 40);
    EXPECT_EQ(worst[1].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("B"));
    EXPECT_EQ(worst[1].toObject().value(QStringLiteral("score")).toInt(), 63);

    int bucketed = 0;
    for (const QJsonValue& bucket : o.value(QStringLiteral("score_distribution")).toArray())
        bucketed += bucket.toObject().value(QStringLiteral("customers")).toInt();
    EXPECT_EQ(bucketed, 3);
    bool wangListed = false;
    for (const QJsonValue& owner : o.value(QStringLiteral("by_owner")).toArray()) {
        if (owner.toObject().value(QStringLiteral("owner")).toString() == QLatin1String("wang")) {
            wangListed = true;
            EXPECT_DOUBLE_EQ(owner.toObject().value(QStringLiteral("average_score")).toDouble(), 76.5); // (90 + 63) / 2
        }
    }
    EXPECT_TRUE(wangListed);
}

TEST_F(QualityCli, SavedRulesApplyToLaterRuns)
{
    // Default company rules need 8 fields; A has owner, contact, phone and email: 25 + 30 + 10 = 65.
    EXPECT_EQ(json({QStringLiteral("--worst"), QStringLiteral("3")})
                  .value(QStringLiteral("worst"))
                  .toArray()
                  .last()
                  .toObject()
                  .value(QStringLiteral("score"))
                  .toInt(),
              65);
    ASSERT_EQ(cli({QStringLiteral("quality"), db(), QStringLiteral("--company-fields"), QStringLiteral("owner,phone,email"),
                   QStringLiteral("--stale-months"), QStringLiteral("6"), QStringLiteral("--save-rules")})
                  .exitCode,
              0);
    const QJsonObject o = json();
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("average_score")).toDouble(), 64.3);
    EXPECT_EQ(o.value(QStringLiteral("rules")).toObject().value(QStringLiteral("stale_months")).toInt(), 6);
}

TEST_F(QualityCli, TextSummaryAndBadInput)
{
    const CliRun text = cli({QStringLiteral("quality"), db()});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("not_contacted"))) << text.out.toStdString();
    // Default rules: A 65, B 18.75 + 20 + 10 = 49, C 40 -> average 51.3
    EXPECT_TRUE(text.out.contains(QStringLiteral("51.3"))) << text.out.toStdString();

    const CliRun unknownField = cli({QStringLiteral("quality"), db(), QStringLiteral("--company-fields"), QStringLiteral("shoe_size")});
    EXPECT_EQ(unknownField.exitCode, 2);
    EXPECT_TRUE(unknownField.err.contains(QStringLiteral("shoe_size"))) << unknownField.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("quality"), db(), QStringLiteral("--stale-months"), QStringLiteral("0")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("quality"), dir.filePath(QStringLiteral("missing.sqlite"))}).exitCode, 1);
}
