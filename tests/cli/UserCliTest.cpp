#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
const QString adminPassword = QStringLiteral("boss-password");
const QString salesPassword = QStringLiteral("li-password");
const QString viewerPassword = QStringLiteral("viewer-password");

// A team archive: customers of li, of wang and one in the public pool, then accounts for boss (admin),
// li (sales) and zhao (viewer). wang stays an owner name without a password.
class UserCli : public ::testing::Test {
protected:
    QString db() const { return dir.filePath(QStringLiteral("team.sqlite")); }

    // dossier-cli with DOSSIER_PASSWORD / DOSSIER_NEW_PASSWORD set (empty: unset) and stdin closed.
    CliRun run(const QStringList& args, const QString& password = QString(), const QString& newPassword = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOSSIER_PASSWORD"));
        env.remove(QStringLiteral("DOSSIER_NEW_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("DOSSIER_PASSWORD"), password);
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("DOSSIER_NEW_PASSWORD"), newPassword);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DOSSIER_CLI_PATH), args);
        process.closeWriteChannel(); // a password prompt reads end-of-file, never waits
        EXPECT_TRUE(process.waitForFinished(60000)) << args.join(' ').toStdString();
        CliRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    CliRun as(const QString& user, const QString& password, QStringList args)
    {
        args << QStringLiteral("--user") << user;
        return run(args, password);
    }
    void addCustomer(const QString& code, const QString& name, const QString& phone, const QString& owner)
    {
        QStringList args{QStringLiteral("add"), db(), QStringLiteral("--code"), code, QStringLiteral("--name"), name,
                         QStringLiteral("--phone"), phone, QStringLiteral("--email"), QStringLiteral("zhang@example.com")};
        if (!owner.isEmpty())
            args << QStringLiteral("--owner") << owner;
        const CliRun r = run(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    void SetUp() override
    {
        ASSERT_EQ(run({QStringLiteral("init"), db()}).exitCode, 0);
        addCustomer(QStringLiteral("K-1"), QStringLiteral("张三"), QStringLiteral("13800138000"), QStringLiteral("li"));
        addCustomer(QStringLiteral("K-2"), QStringLiteral("李四"), QStringLiteral("13900139000"), QStringLiteral("wang"));
        addCustomer(QStringLiteral("K-3"), QStringLiteral("王五"), QStringLiteral("13700137000"), QString());
    }
    void addAccounts()
    {
        CliRun r = run({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("boss"), QStringLiteral("--role"),
                        QStringLiteral("admin")},
                       QString(), adminPassword);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = run({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("li"), QStringLiteral("--role"),
                 QStringLiteral("sales"), QStringLiteral("--user"), QStringLiteral("boss")},
                adminPassword, salesPassword);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = run({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("zhao"), QStringLiteral("--role"),
                 QStringLiteral("viewer"), QStringLiteral("--user"), QStringLiteral("boss")},
                adminPassword, viewerPassword);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QJsonArray listAs(const QString& user, const QString& password)
    {
        const CliRun r = as(user, password, {QStringLiteral("list"), db(), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().array();
    }

    QTemporaryDir dir;
};

QStringList codes(const QJsonArray& rows)
{
    QStringList result;
    for (const QJsonValue& row : rows)
        result.append(row[QStringLiteral("code")].toString());
    return result;
}

QString phoneOf(const QJsonArray& rows, const QString& code)
{
    for (const QJsonValue& row : rows)
        if (row[QStringLiteral("code")].toString() == code)
            return row[QStringLiteral("phone")].toString();
    return QStringLiteral("(absent)");
}
} // namespace

TEST_F(UserCli, ArchiveWithoutUsersRunsWithoutSignIn)
{
    const CliRun r = run({QStringLiteral("list"), db(), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(codes(r.json().array()), (QStringList{QStringLiteral("K-1"), QStringLiteral("K-2"), QStringLiteral("K-3")}));
    EXPECT_EQ(phoneOf(r.json().array(), QStringLiteral("K-2")), QStringLiteral("+8613900139000"));
}

TEST_F(UserCli, FirstUserMustBeAnAdmin)
{
    const CliRun sales = run({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("li"),
                              QStringLiteral("--role"), QStringLiteral("sales")},
                             QString(), salesPassword);
    EXPECT_EQ(sales.exitCode, 1);
    EXPECT_TRUE(sales.err.contains(QStringLiteral("admin"))) << sales.err.toStdString(); // "--role admin" in zh_CN too
    // Refused: the archive still runs without sign-in.
    EXPECT_EQ(run({QStringLiteral("list"), db()}).exitCode, 0);
    const CliRun weak = run({QStringLiteral("user"), QStringLiteral("add"), db(), QStringLiteral("boss"),
                             QStringLiteral("--role"), QStringLiteral("admin")},
                            QString(), QStringLiteral("short"));
    EXPECT_NE(weak.exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("list"), db()}).exitCode, 0);
}

TEST_F(UserCli, ArchiveWithUsersRefusesCommandsWithoutAValidUser)
{
    addAccounts();
    const CliRun anonymous = run({QStringLiteral("list"), db()});
    EXPECT_EQ(anonymous.exitCode, 1);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--user"))) << anonymous.err.toStdString();
    EXPECT_TRUE(anonymous.out.isEmpty());
    const CliRun wrong = as(QStringLiteral("boss"), QStringLiteral("not-the-password"), {QStringLiteral("list"), db()});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.out.isEmpty());
    EXPECT_FALSE(wrong.err.contains(QStringLiteral("not-the-password")));
    // No password at all (stdin is not a terminal and gives nothing): refused too.
    EXPECT_EQ(as(QStringLiteral("boss"), QString(), {QStringLiteral("list"), db()}).exitCode, 1);
    // wang owns customers but has no password: cannot sign in.
    EXPECT_EQ(as(QStringLiteral("wang"), QStringLiteral("anything-at-all"), {QStringLiteral("list"), db()}).exitCode, 1);
    // --user=NAME works as well as --user NAME, wherever it stands.
    const CliRun ok = run({QStringLiteral("list"), QStringLiteral("--user=boss"), db()}, adminPassword);
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(ok.out.count(u'\n'), 3);
}

TEST_F(UserCli, SalesSeeOwnCustomersAndThePoolWithPoolPhonesMasked)
{
    addAccounts();
    const QJsonArray rows = listAs(QStringLiteral("li"), salesPassword);
    EXPECT_EQ(codes(rows), (QStringList{QStringLiteral("K-1"), QStringLiteral("K-3")}));
    EXPECT_EQ(phoneOf(rows, QStringLiteral("K-1")), QStringLiteral("+8613800138000"));
    EXPECT_EQ(phoneOf(rows, QStringLiteral("K-3")), QStringLiteral("137****7000"));

    const CliRun other = as(QStringLiteral("li"), salesPassword, {QStringLiteral("show"), db(), QStringLiteral("K-2")});
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.err.contains(QStringLiteral("K-2"))) << other.err.toStdString();
    EXPECT_FALSE(other.out.contains(QStringLiteral("李四")));

    const CliRun pool =
        as(QStringLiteral("li"), salesPassword, {QStringLiteral("show"), db(), QStringLiteral("K-3"), QStringLiteral("--json")});
    ASSERT_EQ(pool.exitCode, 0) << pool.err.toStdString();
    const QJsonObject contact = pool.jsonObject()[QStringLiteral("contacts")].toArray().first().toObject();
    EXPECT_EQ(contact[QStringLiteral("mobile")].toString(), QStringLiteral("137****7000"));
    EXPECT_EQ(contact[QStringLiteral("email")].toString(), QStringLiteral("z***@example.com"));
    EXPECT_EQ(pool.jsonObject()[QStringLiteral("orders")][QStringLiteral("total")].toString(), QStringLiteral("***"));

    const CliRun search = as(QStringLiteral("li"), salesPassword,
                             {QStringLiteral("search"), db(), QStringLiteral("李四"), QStringLiteral("--json")});
    ASSERT_EQ(search.exitCode, 0) << search.err.toStdString();
    EXPECT_TRUE(search.json().array().isEmpty()) << search.out.toStdString();

    // Export: only li's own customers.
    const QString out = dir.filePath(QStringLiteral("li.csv"));
    const CliRun exported = as(QStringLiteral("li"), salesPassword,
                               {QStringLiteral("export"), db(), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("张三")));
    EXPECT_FALSE(csv.contains(QStringLiteral("李四")));
    EXPECT_FALSE(csv.contains(QStringLiteral("王五")));

    // Changing someone else's customer is refused and changes nothing.
    const CliRun update = as(QStringLiteral("li"), salesPassword,
                             {QStringLiteral("update"), db(), QStringLiteral("K-2"), QStringLiteral("--name"), QStringLiteral("改名")});
    EXPECT_EQ(update.exitCode, 1);
    EXPECT_EQ(as(QStringLiteral("boss"), adminPassword, {QStringLiteral("show"), db(), QStringLiteral("K-2")}).out.contains(
                  QStringLiteral("李四")),
              true);
    // Their own: allowed.
    EXPECT_EQ(as(QStringLiteral("li"), salesPassword,
                 {QStringLiteral("update"), db(), QStringLiteral("K-1"), QStringLiteral("--notes"), QStringLiteral("回访")})
                  .exitCode,
              0);
    // Reports are for managers.
    EXPECT_EQ(as(QStringLiteral("li"), salesPassword, {QStringLiteral("segment"), db()}).exitCode, 1);
}

TEST_F(UserCli, ViewerReadsEverythingMaskedAndChangesNothing)
{
    addAccounts();
    const QJsonArray rows = listAs(QStringLiteral("zhao"), viewerPassword);
    EXPECT_EQ(codes(rows), (QStringList{QStringLiteral("K-1"), QStringLiteral("K-2"), QStringLiteral("K-3")}));
    for (const QString& code : {QStringLiteral("K-1"), QStringLiteral("K-2"), QStringLiteral("K-3")})
        EXPECT_TRUE(phoneOf(rows, code).contains(QStringLiteral("****"))) << phoneOf(rows, code).toStdString();
    const CliRun exported = as(QStringLiteral("zhao"), viewerPassword,
                               {QStringLiteral("export"), db(), QStringLiteral("--out"), dir.filePath(QStringLiteral("v.csv"))});
    EXPECT_EQ(exported.exitCode, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("v.csv"))));
    EXPECT_EQ(as(QStringLiteral("zhao"), viewerPassword,
                 {QStringLiteral("add"), db(), QStringLiteral("--name"), QStringLiteral("新客户")})
                  .exitCode,
              1);
    // The admin sees the real numbers.
    EXPECT_EQ(phoneOf(listAs(QStringLiteral("boss"), adminPassword), QStringLiteral("K-2")), QStringLiteral("+8613900139000"));
}

TEST_F(UserCli, AdminsListAndDisableUsers)
{
    addAccounts();
    const CliRun list = as(QStringLiteral("boss"), adminPassword,
                           {QStringLiteral("user"), QStringLiteral("list"), db(), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    QHash<QString, QString> roles;
    for (const QJsonValue& u : list.json().array())
        roles.insert(u[QStringLiteral("login")].toString(), u[QStringLiteral("role")].toString());
    EXPECT_EQ(roles.value(QStringLiteral("boss")), QStringLiteral("admin"));
    EXPECT_EQ(roles.value(QStringLiteral("li")), QStringLiteral("sales"));
    EXPECT_EQ(roles.value(QStringLiteral("zhao")), QStringLiteral("viewer"));
    EXPECT_EQ(roles.value(QStringLiteral("wang")), QStringLiteral("sales"));
    EXPECT_FALSE(list.out.contains(QStringLiteral("argon2")));

    EXPECT_EQ(as(QStringLiteral("li"), salesPassword, {QStringLiteral("user"), QStringLiteral("list"), db()}).exitCode, 1);
    EXPECT_EQ(as(QStringLiteral("li"), salesPassword,
                 {QStringLiteral("user"), QStringLiteral("disable"), db(), QStringLiteral("zhao")})
                  .exitCode,
              1);
    const CliRun disabled = as(QStringLiteral("boss"), adminPassword,
                               {QStringLiteral("user"), QStringLiteral("disable"), db(), QStringLiteral("li")});
    ASSERT_EQ(disabled.exitCode, 0) << disabled.err.toStdString();
    const CliRun refused = as(QStringLiteral("li"), salesPassword, {QStringLiteral("list"), db()});
    EXPECT_EQ(refused.exitCode, 1);
    // The reason, in English or in the Simplified Chinese the CLI follows on a Chinese system.
    EXPECT_TRUE(refused.err.contains(QStringLiteral("disabled")) || refused.err.contains(QStringLiteral("停用")))
        << refused.err.toStdString();
    // The only admin cannot disable themselves.
    EXPECT_EQ(as(QStringLiteral("boss"), adminPassword,
                 {QStringLiteral("user"), QStringLiteral("disable"), db(), QStringLiteral("boss")})
                  .exitCode,
              1);
}

TEST_F(UserCli, ShowingUnmaskedPhonesIsAuditedAndMaskedOnesAreNot)
{
    addAccounts();
    const auto views = [&]() {
        const CliRun audit = as(QStringLiteral("boss"), adminPassword, {QStringLiteral("audit"), db(), QStringLiteral("--json")});
        EXPECT_EQ(audit.exitCode, 0) << audit.err.toStdString();
        QStringList seen;
        for (const QJsonValue& e : audit.json().array())
            if (e[QStringLiteral("action")].toString() == QStringLiteral("view-sensitive"))
                seen << e[QStringLiteral("login")].toString() + QLatin1Char(' ') + e[QStringLiteral("code")].toString() +
                            QLatin1Char(' ') + e[QStringLiteral("field")].toString();
        return seen;
    };
    EXPECT_EQ(as(QStringLiteral("zhao"), viewerPassword, {QStringLiteral("show"), db(), QStringLiteral("K-2")}).exitCode, 0);
    EXPECT_EQ(as(QStringLiteral("li"), salesPassword, {QStringLiteral("show"), db(), QStringLiteral("K-3")}).exitCode, 0);
    EXPECT_EQ(views(), QStringList()) << "masked for the viewer and for a pool customer shown to sales";
    EXPECT_EQ(as(QStringLiteral("boss"), adminPassword, {QStringLiteral("show"), db(), QStringLiteral("K-2")}).exitCode, 0);
    EXPECT_EQ(views(), QStringList{QStringLiteral("boss K-2 mobile,email")});
}
