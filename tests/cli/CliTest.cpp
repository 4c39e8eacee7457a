#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
class Cli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    QString addCustomer(const QStringList& extra)
    {
        const CliRun r = cli(QStringList{QStringLiteral("add"), db()} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }
    QJsonObject show(const QString& code)
    {
        const CliRun r = cli({QStringLiteral("show"), db(), code, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().object();
    }
    void SetUp() override { ASSERT_EQ(cli({QStringLiteral("init"), db()}).exitCode, 0); }

    QTemporaryDir dir;
};
} // namespace

TEST(CliUsage, VersionPrintsTheVersion)
{
    const CliRun r = cli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+")))) << r.out.toStdString();
}

TEST(CliUsage, BadUsageExitsWithTwoAndSaysWhy)
{
    for (const QStringList& args : {QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                    QStringList{QStringLiteral("stats"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--bogus")},
                                    QStringList{QStringLiteral("show")}}) {
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_FALSE(r.err.trimmed().isEmpty());
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST_F(Cli, StatsOfAnEmptyArchiveAreIntegerZeros)
{
    const CliRun r = cli({QStringLiteral("stats"), db(), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject stats = r.json().object();
    for (const char* key : {"customers", "contacts", "interactions", "orders"}) {
        ASSERT_TRUE(stats.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(stats.value(QLatin1String(key)).isDouble());
        EXPECT_EQ(stats.value(QLatin1String(key)).toInteger(-1), 0);
    }
}

TEST_F(Cli, DemoFillsAnEmptyArchiveOnlyOnce)
{
    const CliRun demo = cli({QStringLiteral("demo"), db(), QStringLiteral("--customers"), QStringLiteral("300"),
                          QStringLiteral("--seed"), QStringLiteral("5")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QJsonObject stats = cli({QStringLiteral("stats"), db(), QStringLiteral("--json")}).json().object();
    EXPECT_EQ(stats.value(QStringLiteral("customers")).toInteger(), 300);
    EXPECT_GE(stats.value(QStringLiteral("contacts")).toInteger(), 300);
    EXPECT_GT(stats.value(QStringLiteral("interactions")).toInteger(), 0);
    EXPECT_GT(stats.value(QStringLiteral("orders")).toInteger(), 0);

    const CliRun again = cli({QStringLiteral("demo"), db(), QStringLiteral("--customers"), QStringLiteral("10")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_FALSE(again.err.isEmpty());
    EXPECT_EQ(cli({QStringLiteral("stats"), db(), QStringLiteral("--json")}).json()[QStringLiteral("customers")].toInteger(), 300);
}

TEST_F(Cli, AddPrintsTheNewCodeAndShowReturnsTheCustomer)
{
    const QString code = addCustomer({QStringLiteral("--name"), QStringLiteral("杭州云帆科技有限公司"), QStringLiteral("--phone"),
                                      QStringLiteral("138-0013-8000"), QStringLiteral("--email"), QStringLiteral("li@yunfan.cn"),
                                      QStringLiteral("--stage"), QStringLiteral("成交"), QStringLiteral("--owner"), QStringLiteral("lina")});
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^C\\d{6}$")).match(code).hasMatch()) << code.toStdString();

    const QJsonObject customer = show(code);
    EXPECT_EQ(customer[QStringLiteral("code")].toString(), code);
    EXPECT_EQ(customer[QStringLiteral("name")].toString(), QStringLiteral("杭州云帆科技有限公司"));
    EXPECT_EQ(customer[QStringLiteral("stage")].toString(), QStringLiteral("customer"));
    EXPECT_EQ(customer[QStringLiteral("owner")].toString(), QStringLiteral("lina"));
    EXPECT_EQ(customer[QStringLiteral("version")].toInt(), 1);
    const QJsonObject contact = customer[QStringLiteral("contacts")].toArray().at(0).toObject();
    EXPECT_EQ(contact[QStringLiteral("mobile")].toString(), QStringLiteral("+8613800138000"));
    EXPECT_EQ(contact[QStringLiteral("email")].toString(), QStringLiteral("li@yunfan.cn"));
    EXPECT_TRUE(contact[QStringLiteral("primary")].toBool());
    EXPECT_EQ(customer[QStringLiteral("orders")].toObject()[QStringLiteral("count")].toInt(-1), 0);
}

TEST_F(Cli, AddWithATakenCodeFailsAndChangesNothing)
{
    EXPECT_EQ(addCustomer({QStringLiteral("--name"), QStringLiteral("甲"), QStringLiteral("--code"), QStringLiteral("VIP-1")}),
              QStringLiteral("VIP-1"));
    const CliRun r = cli({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("乙"), QStringLiteral("--code"),
                       QStringLiteral("VIP-1")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << "one clear message";
    EXPECT_EQ(show(QStringLiteral("VIP-1"))[QStringLiteral("name")].toString(), QStringLiteral("甲"));
}

TEST_F(Cli, AddWithoutANameOrWithAnUnknownStageIsRefused)
{
    EXPECT_EQ(cli({QStringLiteral("add"), db(), QStringLiteral("--phone"), QStringLiteral("13800138000")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("甲"), QStringLiteral("--stage"),
                   QStringLiteral("sleeping")})
                  .exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("stats"), db(), QStringLiteral("--json")}).json()[QStringLiteral("customers")].toInteger(), 0);
}

TEST_F(Cli, UpdateChangesOnlyTheGivenFieldsAndBumpsTheVersion)
{
    const QString code = addCustomer({QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--company"),
                                      QStringLiteral("华为"), QStringLiteral("--owner"), QStringLiteral("zhangwei")});
    const CliRun r = cli({QStringLiteral("update"), db(), code, QStringLiteral("--phone"), QStringLiteral("13912345678"),
                       QStringLiteral("--stage"), QStringLiteral("active"), QStringLiteral("--notes"), QStringLiteral("爱喝茶")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject customer = show(code);
    EXPECT_EQ(customer[QStringLiteral("version")].toInt(), 2);
    EXPECT_EQ(customer[QStringLiteral("stage")].toString(), QStringLiteral("active"));
    EXPECT_EQ(customer[QStringLiteral("notes")].toString(), QStringLiteral("爱喝茶"));
    EXPECT_EQ(customer[QStringLiteral("name")].toString(), QStringLiteral("张三"));
    EXPECT_EQ(customer[QStringLiteral("company")].toString(), QStringLiteral("华为"));
    EXPECT_EQ(customer[QStringLiteral("owner")].toString(), QStringLiteral("zhangwei"));
    EXPECT_EQ(customer[QStringLiteral("contacts")].toArray().at(0)[QStringLiteral("mobile")].toString(),
              QStringLiteral("+8613912345678"));

    ASSERT_EQ(cli({QStringLiteral("update"), db(), code, QStringLiteral("--name"), QStringLiteral("张三丰"), QStringLiteral("--email"),
                   QStringLiteral("zsf@wudang.cn")})
                  .exitCode,
              0);
    customer = show(code);
    EXPECT_EQ(customer[QStringLiteral("version")].toInt(), 3);
    EXPECT_EQ(customer[QStringLiteral("name")].toString(), QStringLiteral("张三丰"));
    const QJsonArray contacts = customer[QStringLiteral("contacts")].toArray();
    ASSERT_EQ(contacts.size(), 1); // the same primary contact got the email, no second one
    EXPECT_EQ(contacts.at(0)[QStringLiteral("email")].toString(), QStringLiteral("zsf@wudang.cn"));
    EXPECT_EQ(contacts.at(0)[QStringLiteral("mobile")].toString(), QStringLiteral("+8613912345678"));
}

TEST_F(Cli, UnknownCodeIsADataErrorWithOneMessage)
{
    for (const QString& command : {QStringLiteral("show"), QStringLiteral("update")}) {
        const CliRun r = cli({command, db(), QStringLiteral("C999999"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, command == QStringLiteral("show") ? 1 : 2) << command.toStdString(); // update has no --json
    }
    const CliRun r = cli({QStringLiteral("update"), db(), QStringLiteral("C999999"), QStringLiteral("--name"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("C999999")));
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

TEST_F(Cli, ListFindsByNamePhoneAndCodeAndHonoursTheLimit)
{
    addCustomer({QStringLiteral("--name"), QStringLiteral("北京百度网讯"), QStringLiteral("--phone"), QStringLiteral("13800001111")});
    addCustomer({QStringLiteral("--name"), QStringLiteral("上海携程"), QStringLiteral("--phone"), QStringLiteral("13800002222")});
    addCustomer({QStringLiteral("--name"), QStringLiteral("北京小米"), QStringLiteral("--phone"), QStringLiteral("021-64553300")});

    auto names = [&](const QStringList& extra) {
        const CliRun r = cli(QStringList{QStringLiteral("list"), db(), QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList out;
        for (const QJsonValue& v : r.json().array())
            out << v[QStringLiteral("name")].toString();
        return out;
    };
    EXPECT_EQ(names({}).size(), 3);
    EXPECT_EQ(names({QStringLiteral("--query"), QStringLiteral("北京")}),
              (QStringList{QStringLiteral("北京百度网讯"), QStringLiteral("北京小米")}));
    EXPECT_EQ(names({QStringLiteral("--query"), QStringLiteral("2222")}), QStringList{QStringLiteral("上海携程")});
    EXPECT_EQ(names({QStringLiteral("--query"), QStringLiteral("C000003")}), QStringList{QStringLiteral("北京小米")});
    EXPECT_EQ(names({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);

    const CliRun plain = cli({QStringLiteral("list"), db(), QStringLiteral("--query"), QStringLiteral("携程")});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.out.startsWith(QStringLiteral("C000002\t上海携程"))) << plain.out.toStdString();
}

TEST_F(Cli, TheDbOptionNamesTheArchiveToo)
{
    const CliRun r = cli({QStringLiteral("add"), QStringLiteral("--db"), db(), QStringLiteral("--name"), QStringLiteral("王五")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("show"), QStringLiteral("--db"), db(), r.out.trimmed(), QStringLiteral("--json")})
                  .json()[QStringLiteral("name")]
                  .toString(),
              QStringLiteral("王五"));
}

TEST(CliFiles, AMissingArchiveIsNotCreatedByReadingCommands)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("typo.sqlite"));
    for (const QString& command : {QStringLiteral("list"), QStringLiteral("stats")}) {
        const CliRun r = cli({command, missing});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_FALSE(r.err.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(missing));
}

TEST(CliFiles, AFileThatIsNotAnArchiveIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.xlsx"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray content("PK\x03\x04 this is a spreadsheet, not an archive");
    file.write(content);
    file.close();
    for (const QString& command : {QStringLiteral("stats"), QStringLiteral("demo"), QStringLiteral("init")})
        EXPECT_EQ(cli({command, path}).exitCode, 1) << command.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), content);
}

namespace {
void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

TEST_F(Cli, ImportPrintsItsCountsAsJsonOnTheLastLineAndCanBeUndone)
{
    const QString csv = dir.filePath(QStringLiteral("客户.csv"));
    writeFile(csv, QStringLiteral("客户名称,手机,客户编号\n张三,138-0013-8000,\n,13800138001,\n李四,13900139000,L-4\n").toUtf8());
    const QString errors = dir.filePath(QStringLiteral("errors.csv"));
    const CliRun r = cli({QStringLiteral("import"), db(), csv, QStringLiteral("--json"), QStringLiteral("--errors"), errors});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(r.out.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
    EXPECT_EQ(result[QStringLiteral("rows")].toInteger(-1), 3);
    EXPECT_EQ(result[QStringLiteral("imported")].toInteger(-1), 2);
    EXPECT_EQ(result[QStringLiteral("updated")].toInteger(-1), 0);
    EXPECT_EQ(result[QStringLiteral("skipped")].toInteger(-1), 0);
    EXPECT_EQ(result[QStringLiteral("rejected")].toInteger(-1), 1);
    const qint64 batch = result[QStringLiteral("batch")].toInteger(0);
    EXPECT_GT(batch, 0);
    QFile errorFile(errors);
    ASSERT_TRUE(errorFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(errorFile.readAll()).contains(QStringLiteral("\r\n3,客户名称,")));
    EXPECT_EQ(show(QStringLiteral("L-4"))[QStringLiteral("contacts")].toArray().at(0)[QStringLiteral("mobile")].toString(),
              QStringLiteral("+8613900139000"));

    const CliRun undo = cli({QStringLiteral("import-undo"), db(), QString::number(batch)});
    EXPECT_EQ(undo.exitCode, 0) << undo.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("stats"), db(), QStringLiteral("--json")}).json()[QStringLiteral("customers")].toInteger(), 0);
    EXPECT_EQ(cli({QStringLiteral("import-undo"), db(), QString::number(batch)}).exitCode, 1); // only once
}

TEST_F(Cli, ImportDryRunAndSkipChangeNothing)
{
    addCustomer({QStringLiteral("--name"), QStringLiteral("甲"), QStringLiteral("--code"), QStringLiteral("K-1")});
    const QString csv = dir.filePath(QStringLiteral("k.csv"));
    writeFile(csv, "code,name\nK-1,changed\nK-2,new\n");
    const CliRun dry = cli({QStringLiteral("import"), db(), csv, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(dry.out.trimmed().toUtf8())[QStringLiteral("updated")].toInteger(), 1);
    EXPECT_EQ(cli({QStringLiteral("stats"), db(), QStringLiteral("--json")}).json()[QStringLiteral("customers")].toInteger(), 1);

    const CliRun skip = cli({QStringLiteral("import"), db(), csv, QStringLiteral("--on-existing"), QStringLiteral("skip"),
                             QStringLiteral("--json")});
    ASSERT_EQ(skip.exitCode, 0);
    const QJsonDocument counts = QJsonDocument::fromJson(skip.out.trimmed().toUtf8());
    EXPECT_EQ(counts[QStringLiteral("skipped")].toInteger(), 1);
    EXPECT_EQ(counts[QStringLiteral("imported")].toInteger(), 1);
    EXPECT_EQ(show(QStringLiteral("K-1"))[QStringLiteral("name")].toString(), QStringLiteral("甲"));
}

TEST_F(Cli, ImportOfAFileThatCannotBeReadIsOneClearErrorAndBadOptionsAreUsageErrors)
{
    const QString missing = dir.filePath(QStringLiteral("nope.csv"));
    CliRun r = cli({QStringLiteral("import"), db(), missing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
    const QString xls = dir.filePath(QStringLiteral("old.xls"));
    writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
    r = cli({QStringLiteral("import"), db(), xls});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(cli({QStringLiteral("import"), db(), xls, QStringLiteral("--as"), QStringLiteral("things")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import"), db(), xls, QStringLiteral("--on-existing"), QStringLiteral("merge")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import-undo"), db(), QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import-undo"), db(), QStringLiteral("42")}).exitCode, 1);
}

// Custom field values need the same field definitions in the receiving archive; ImporterRoundTrip covers them.
TEST_F(Cli, ExportThenImportGivesBackTheSameCustomers)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), db(), QStringLiteral("--customers"), QStringLiteral("60")}).exitCode, 0);
    for (const QString& name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
        const QString out = dir.filePath(name);
        const CliRun exported = cli({QStringLiteral("export"), db(), QStringLiteral("--out"), out});
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const QString copy = dir.filePath(name + QStringLiteral(".sqlite"));
        ASSERT_EQ(cli({QStringLiteral("init"), copy}).exitCode, 0);
        const CliRun imported = cli({QStringLiteral("import"), copy, out, QStringLiteral("--json")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        EXPECT_EQ(QJsonDocument::fromJson(imported.out.trimmed().toUtf8())[QStringLiteral("imported")].toInteger(), 60);
        for (const QString& code : {QStringLiteral("C000001"), QStringLiteral("C000033"), QStringLiteral("C000060")}) {
            QJsonObject original = show(code);
            const CliRun again = cli({QStringLiteral("show"), copy, code, QStringLiteral("--json")});
            QJsonObject copied = again.json().object();
            for (const char* key : {"name", "kind", "stage", "owner", "province", "city", "address", "postcode", "industry",
                                    "source", "level", "tags", "notes", "birthday", "id_number"})
                EXPECT_EQ(copied[QLatin1String(key)], original[QLatin1String(key)]) << key << " of " << code.toStdString();
            const QJsonObject primary = original[QStringLiteral("contacts")].toArray().at(0).toObject();
            const QJsonObject primaryCopy = copied[QStringLiteral("contacts")].toArray().at(0).toObject();
            for (const char* key : {"name", "title", "mobile", "phone", "email", "wechat"})
                EXPECT_EQ(primaryCopy[QLatin1String(key)], primary[QLatin1String(key)]) << key << " of " << code.toStdString();
        }
    }
}
