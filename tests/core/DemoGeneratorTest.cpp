#include "CustomerValidator.h"
#include "DemoGenerator.h"
#include "PhoneNumber.h"
#include "TempArchive.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <numeric>
#include <gtest/gtest.h>

namespace {
const QDate today(2026, 6, 30);

DemoGenerator::Options options(qint64 customers, quint64 seed = 7)
{
    DemoGenerator::Options o;
    o.customers = customers;
    o.seed = seed;
    o.today = today;
    return o;
}

// Everything a user could see of the generated records, as one fingerprint (ids and row order excluded
// only where SQLite chooses them).
QByteArray fingerprint(Archive& archive)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT c.code, c.name, c.kind, c.family_name, c.given_name, c.company, c.industry, c.province,"
                       " c.city, c.address, c.postcode, c.source, c.level, c.stage, coalesce(u.login, ''), c.notes,"
                       " coalesce(c.birthday, ''), c.id_number, c.created_at, c.updated_at FROM customers c"
                       " LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.code"),
        QStringLiteral("SELECT c.code, k.name, k.title, k.mobile, k.phone, k.email, k.wechat, k.is_primary FROM contacts k"
                       " JOIN customers c ON c.id = k.customer_id ORDER BY c.code, k.id"),
        QStringLiteral("SELECT c.code, i.type, i.happened_at, i.content, coalesce(i.next_date, '') FROM interactions i"
                       " JOIN customers c ON c.id = i.customer_id ORDER BY c.code, i.id"),
        QStringLiteral("SELECT o.order_no, o.order_date, o.amount_cents, o.product FROM orders o ORDER BY o.order_no"),
    };
    for (const QString& sql : queries) {
        QSqlQuery q(archive.database().connection());
        EXPECT_TRUE(q.exec(sql));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    }
    return hash.result();
}

qint64 scalar(Archive& archive, const QString& sql)
{
    QSqlQuery q(archive.database().connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST(DemoGenerator, SameSeedGivesTheSameArchiveAndAnotherSeedAnotherOne)
{
    TempArchive first, second, third;
    ASSERT_TRUE(DemoGenerator::generate(*first, options(300, 7)));
    ASSERT_TRUE(DemoGenerator::generate(*second, options(300, 7)));
    ASSERT_TRUE(DemoGenerator::generate(*third, options(300, 8)));
    EXPECT_EQ(fingerprint(*first), fingerprint(*second));
    EXPECT_NE(fingerprint(*first), fingerprint(*third));
}

TEST(DemoGenerator, CreatesTheRequestedCustomersEachWithOneToThreeContactsAndOnePrimary)
{
    TempArchive a;
    const auto stats = DemoGenerator::generate(*a, options(1000));
    ASSERT_TRUE(stats) << stats.error().toStdString();
    EXPECT_EQ(stats->customers, 1000);
    EXPECT_EQ(a->customers().count(), 1000);
    EXPECT_GT(stats->interactions, 1000);
    EXPECT_GT(stats->orders, 1000);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM (SELECT customer_id, count(*) n, sum(is_primary) p FROM contacts"
                                        " GROUP BY customer_id) WHERE n BETWEEN 1 AND 3 AND p = 1")),
              1000);
    // Codes run on from the counter, and the next manual customer gets the following one.
    EXPECT_TRUE(a->customers().findByCode(QStringLiteral("C000001")));
    EXPECT_TRUE(a->customers().findByCode(QStringLiteral("C001000")));
    EXPECT_EQ(*a->customers().nextCode(), QStringLiteral("C001001"));
    EXPECT_EQ(a->saveCustomer(makeCustomer(QStringLiteral("新客户")), {})->code, QStringLiteral("C001001"));
}

TEST(DemoGenerator, ContactDataIsValidAsUsersWouldEnterIt)
{
    TempArchive a;
    ASSERT_TRUE(DemoGenerator::generate(*a, options(400)));
    QSqlQuery q(a->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT mobile, phone, email FROM contacts")));
    int contacts = 0, landlines = 0, emails = 0;
    while (q.next()) {
        ++contacts;
        const PhoneNumber mobile = PhoneNumber::parse(q.value(0).toString());
        EXPECT_TRUE(mobile.isValid() && mobile.isMobile()) << q.value(0).toString().toStdString();
        EXPECT_EQ(mobile.normalized(), q.value(0).toString()); // already E.164
        if (!q.value(1).toString().isEmpty()) {
            ++landlines;
            EXPECT_TRUE(PhoneNumber::parse(q.value(1).toString()).isValid()) << q.value(1).toString().toStdString();
        }
        if (!q.value(2).toString().isEmpty()) {
            ++emails;
            EXPECT_TRUE(CustomerValidator::isValidEmail(q.value(2).toString()));
        }
    }
    EXPECT_GT(landlines, contacts / 20);
    EXPECT_GT(emails, contacts / 4);

    // Every generated customer passes the same validation a user's entry would.
    const auto ids = *a->customers().listIds({}, CustomerSortKey::Code);
    int withIdNumber = 0;
    for (qint64 id : ids) {
        const Customer c = *a->customers().findById(id);
        EXPECT_TRUE(CustomerValidator::validateCustomer(c).isEmpty()) << c.code.toStdString();
        withIdNumber += c.idNumber.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(withIdNumber, 0);
}

TEST(DemoGenerator, OrdersAreSkewedWithLeadsWithoutOrdersAndSomeLapsedCustomers)
{
    TempArchive a;
    ASSERT_TRUE(DemoGenerator::generate(*a, options(2000)));
    auto& db = *a;
    // Orders lie in the last three years and never in the future.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE order_date > '2026-06-30'"
                                        " OR order_date < '2023-06-30'")),
              0);
    // Leads have no orders; every other stage has at least one.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM customers c WHERE (c.stage = 'lead') ="
                                        " EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)")),
              0);
    const qint64 leads = scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE stage = 'lead'"));
    EXPECT_GT(leads, 200);
    EXPECT_LT(leads, 800);
    // Lapsed: bought once, not in the last year.
    const qint64 lapsed = scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT max(order_date) last FROM orders"
                                                    " GROUP BY customer_id) WHERE last < '2025-06-30'"));
    EXPECT_GT(lapsed, 100);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE stage = 'lost'")), 50);

    // Pareto-like: the top fifth of buying customers bring well over half of the revenue.
    QSqlQuery q(db.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sum(amount_cents) s FROM orders GROUP BY customer_id ORDER BY s DESC")));
    QList<qint64> revenue;
    while (q.next())
        revenue.append(q.value(0).toLongLong());
    ASSERT_GT(revenue.size(), 1000);
    const qint64 total = std::accumulate(revenue.begin(), revenue.end(), qint64(0));
    const qint64 top = std::accumulate(revenue.begin(), revenue.begin() + revenue.size() / 5, qint64(0));
    EXPECT_GT(double(top) / double(total), 0.55);
    EXPECT_LT(double(top) / double(total), 0.95);
}

TEST(DemoGenerator, CustomersSpreadOverProvincesOwnersAndTagsAndSortInPinyinOrder)
{
    TempArchive a;
    ASSERT_TRUE(DemoGenerator::generate(*a, options(1500)));
    EXPECT_GE(a->customers().provinces().size(), 15);
    EXPECT_EQ(a->customers().owners().size(), 8);
    EXPECT_GE(a->customers().tags().size(), 5);
    EXPECT_GT(scalar(*a, QStringLiteral("SELECT count(*) FROM customers WHERE kind = 'individual'")), 300);
    EXPECT_GT(scalar(*a, QStringLiteral("SELECT count(*) FROM custom_field_values")), 100);

    // The name column sorts by pinyin, so 阿/安 names come before 张/赵 names.
    const auto ids = *a->customers().listIds({}, CustomerSortKey::Name, Qt::AscendingOrder, 50);
    const auto rows = *a->customers().rows(ids);
    ASSERT_EQ(rows.size(), 50);
    const auto lastIds = *a->customers().listIds({}, CustomerSortKey::Name, Qt::DescendingOrder, 50);
    const auto lastRows = *a->customers().rows(lastIds);
    for (const auto& row : rows)
        EXPECT_FALSE(row.name.startsWith(QStringLiteral("张")) || row.name.startsWith(QStringLiteral("赵")))
            << row.name.toStdString();
    for (const auto& row : lastRows)
        EXPECT_FALSE(row.name.startsWith(QStringLiteral("安")) || row.name.startsWith(QStringLiteral("北京")))
            << row.name.toStdString();
}

TEST(DemoGenerator, CancellingLeavesTheArchiveEmpty)
{
    TempArchive a;
    int calls = 0;
    const auto result = DemoGenerator::generate(*a, options(5000), [&](qint64 done, qint64) {
        ++calls;
        return done < 2000;
    });
    EXPECT_FALSE(result);
    EXPECT_GE(calls, 3);
    EXPECT_EQ(a->customers().count(), 0);
    EXPECT_EQ(*a->customers().nextCode(), QStringLiteral("C000001"));
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM orders")), 0);
}

TEST(DemoGenerator, RefusesANegativeCount)
{
    TempArchive a;
    const auto result = DemoGenerator::generate(*a, options(-1));
    EXPECT_FALSE(result);
    EXPECT_EQ(result.errorKind(), ErrorKind::Usage);
}

TEST(DemoGenerator, NoTwoContactsShareAnEmailAddress)
{
    // Common names (王明, 张伟) would otherwise give two different people wangming@qq.com, and duplicate
    // detection would then be right to take them for one.
    TempArchive a;
    ASSERT_TRUE(DemoGenerator::generate(*a, options(3000)));
    EXPECT_GT(scalar(*a, QStringLiteral("SELECT count(*) FROM contacts WHERE email <> ''")), 1000);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM (SELECT email FROM contacts WHERE email <> ''"
                                        " GROUP BY lower(email) HAVING count(*) > 1)")),
              0);
}
