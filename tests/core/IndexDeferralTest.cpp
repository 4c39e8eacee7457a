#include "IndexDeferral.h"
#include "ImportTestFiles.h"
#include "SearchIndex.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace {
QStringList indexList(Archive& archive)
{
    return schemaEntries(archive, "index");
}

QString integrity(Archive& archive)
{
    QSqlQuery q(archive.database().connection());
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

qint64 scalar(Archive& archive, const QString& sql)
{
    QSqlQuery q(archive.database().connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

// A customer file big enough for the import to build its indexes after the rows instead of row by row.
QString writeLargeCustomerFile(const QString& path, int rows)
{
    static const char* const cities[] = {"广州市", "深圳市", "北京市", "上海市", "成都市"};
    QString text = QStringLiteral("客户名称,手机,城市,行业,标签\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("客户%1有限公司,+86138%2,%3,行业%4,标签%5\n")
                    .arg(i)
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(QString::fromUtf8(cities[i % 5]))
                    .arg(i % 7)
                    .arg(i % 3);
    writeTextFile(path, text);
    return path;
}

// The production thresholds (tens of thousands of rows) scaled down tenfold to keep the tests short.
ImportOptions scaledDownThresholds()
{
    ImportOptions options;
    options.judgeIndexesAfterRows = 1000;
    options.deferIndexesFromRows = 5000;
    return options;
}
} // namespace

TEST(IndexDeferral, LargeImportEndsWithEveryIndexCompleteAndCancelLeavesThemAsBefore)
{
    TempArchive a;
    const QStringList before = indexList(*a);
    const QString path = writeLargeCustomerFile(a.dir.filePath(QStringLiteral("large.csv")), 7000);
    const ImportOptions options = scaledDownThresholds();

    // Cancelled after the indexes were dropped: the archive, indexes included, is as it was.
    bool checked = false;
    bool droppedWhileLoading = false;
    const auto cancelled = importFile(*a, path, options, [&](double, qint64 rows) {
        if (rows >= 3000 && !checked) { // progress comes every few hundred rows
            checked = true;
            droppedWhileLoading = indexList(*a).filter(QStringLiteral("customers_city")).isEmpty();
        }
        return rows < 4000;
    });
    EXPECT_TRUE(droppedWhileLoading);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.errorKind(), ErrorKind::Cancelled);
    EXPECT_EQ(indexList(*a), before);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM customers")), 0);

    const auto report = importFile(*a, path, options);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 7000);
    EXPECT_EQ(indexList(*a), before);
    // integrity_check also compares every index entry with its table row.
    EXPECT_EQ(integrity(*a), QStringLiteral("ok"));
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM customers INDEXED BY customers_city WHERE city = '深圳市'")),
              1400);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM contacts INDEXED BY contacts_customer WHERE customer_id > 0")),
              7000);

    // Undo removes the batch and keeps the indexes.
    ASSERT_TRUE(ImportUndo::undo(*a, report->batch));
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM customers")), 0);
    EXPECT_EQ(indexList(*a), before);
    EXPECT_EQ(integrity(*a), QStringLiteral("ok"));
}

TEST(IndexDeferral, OnlyALoadTwiceTheTableDropsAndOnlyNonUniqueIndexes)
{
    TempArchive a;
    QSqlDatabase& db = a->database().connection();
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("客户%1").arg(i)), {}));
    const QStringList before = indexList(*a);
    {
        Transaction t(db);
        IndexDeferral small(db, {QStringLiteral("customers")}, 5);
        ASSERT_TRUE(small.prepare());
        ASSERT_TRUE(small.consider(19)); // fewer than twice the 10 rows there
        EXPECT_FALSE(small.isDeferred());
        EXPECT_EQ(indexList(*a), before);
    }
    Transaction t(db);
    IndexDeferral large(db, {QStringLiteral("customers")}, 5);
    ASSERT_TRUE(large.prepare());
    ASSERT_TRUE(large.consider(20));
    EXPECT_TRUE(large.isDeferred());
    const QStringList during = indexList(*a);
    EXPECT_FALSE(during.filter(QStringLiteral("sqlite_autoindex_customers_1")).isEmpty()); // the unique code stays
    EXPECT_TRUE(during.filter(QStringLiteral("customers_city")).isEmpty());
    EXPECT_FALSE(during.filter(QStringLiteral("contacts_customer")).isEmpty()); // not one of its tables
    ASSERT_TRUE(large.restore());
    EXPECT_EQ(indexList(*a), before);
}

// Indexing a large import's new customers for search takes a while after the last row was read (a rebuild of
// the search index from 20,000 new customers on): Cancel still works then, and leaves the archive as it was.
TEST(IndexDeferral, CancelWhileALargeImportIsIndexedForSearchLeavesTheArchiveAsItWas)
{
    TempArchive a;
    const QString path = writeLargeCustomerFile(a.dir.filePath(QStringLiteral("large.csv")), 20000);
    bool askedAfterTheRows = false;
    const auto cancelled = importFile(*a, path, {}, [&](double fraction, qint64 rows) {
        if (fraction < 1.0 || rows < 20000)
            return true;
        askedAfterTheRows = true; // every row is stored; the search index is being built
        return false;
    });
    EXPECT_TRUE(askedAfterTheRows);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.errorKind(), ErrorKind::Cancelled);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM customers")), 0);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM search_dirty")), 0);
    SearchQuery query;
    query.text = QStringLiteral("客户123有限公司");
    const auto hits = SearchIndex(a->database().connection()).search(query);
    ASSERT_TRUE(hits) << hits.error().toStdString();
    EXPECT_TRUE(hits->isEmpty());
    EXPECT_EQ(integrity(*a), QStringLiteral("ok"));
}

// A large first import rebuilds the search index, and builds the deferred indexes while the search index's
// own threads merge it: afterwards every index is complete and search finds the new customers; a cancel
// at that point leaves the archive as it was.
TEST(IndexDeferral, ALargeFirstImportBuildsItsIndexesWhileTheSearchIndexIsMerged)
{
    TempArchive a;
    const QStringList before = indexList(*a);
    const QString path = writeLargeCustomerFile(a.dir.filePath(QStringLiteral("large.csv")), 20000);
    const ImportOptions options = scaledDownThresholds();
    // Entries of the new search index written, the city index not built yet.
    const auto indexingBoth = [&] {
        return indexList(*a).filter(QStringLiteral("customers_city")).isEmpty() &&
               scalar(*a, QStringLiteral("SELECT count(*) FROM search_text_content")) == 20000;
    };

    const auto cancelled = importFile(*a, path, options, [&](double, qint64) { return !indexingBoth(); });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.errorKind(), ErrorKind::Cancelled);
    EXPECT_EQ(indexList(*a), before);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM customers")), 0);
    EXPECT_EQ(integrity(*a), QStringLiteral("ok"));

    const auto report = importFile(*a, path, options);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 20000);
    EXPECT_EQ(indexList(*a), before);
    EXPECT_EQ(integrity(*a), QStringLiteral("ok"));
    SearchQuery query;
    query.text = QStringLiteral("13800012345"); // the phone of row 12345
    const auto hits = SearchIndex(a->database().connection()).search(query);
    ASSERT_TRUE(hits) << hits.error().toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().name, QStringLiteral("客户12345有限公司"));
}
