#include "ImportTestFiles.h"
#include "SearchIndex.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace {
QStringList triggerList(Archive& archive)
{
    return schemaEntries(archive, "trigger");
}

QStringList codesFound(Archive& archive, const QString& text)
{
    SearchQuery query;
    query.text = text;
    const auto hits = SearchIndex(archive.database().connection()).search(query);
    EXPECT_TRUE(hits) << hits.error().toStdString();
    QStringList codes;
    if (hits)
        for (const SearchHit& hit : *hits)
            codes << hit.code;
    return codes;
}

qint64 pendingMarks(Archive& archive)
{
    QSqlQuery q(archive.database().connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM search_dirty")));
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

// The import turns the search index's insert triggers off while its rows go in and marks its customers
// itself: new customers, and existing ones that got a new contact, are found right after it, and the
// triggers are back exactly as they were for the edits that follow.
TEST(SearchMarkDeferral, ImportedAndUpdatedCustomersAreFoundAndTheTriggersAreBack)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("老客户"), QStringLiteral("K1")), {}));
    const QStringList before = triggerList(*a);
    const QString path = a.dir.filePath(QStringLiteral("customers.csv"));
    writeTextFile(path, QStringLiteral("客户编号,客户名称,手机,标签\n"
                                       "K1,老客户,13912345678,回头客\n"
                                       "N1,新来的公司,13800001111,展会\n"));
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 1);
    EXPECT_EQ(report->updated, 1);
    EXPECT_EQ(triggerList(*a), before);
    EXPECT_EQ(pendingMarks(*a), 0); // the import indexed what it marked
    EXPECT_EQ(codesFound(*a, QStringLiteral("新来的")), QStringList{QStringLiteral("N1")});
    EXPECT_EQ(codesFound(*a, QStringLiteral("13800001111")), QStringList{QStringLiteral("N1")});
    EXPECT_EQ(codesFound(*a, QStringLiteral("13912345678")), QStringList{QStringLiteral("K1")}); // its new contact
    EXPECT_EQ(codesFound(*a, QStringLiteral("回头客")), QStringList{QStringLiteral("K1")});        // its new tag

    // The triggers work again: a contact added by hand afterwards marks its customer.
    QSqlQuery add(a->database().connection());
    ASSERT_TRUE(add.exec(QStringLiteral("INSERT INTO contacts(customer_id, name) SELECT id, '王五' FROM customers"
                                        " WHERE code = 'N1'")));
    EXPECT_EQ(pendingMarks(*a), 1);
}

TEST(SearchMarkDeferral, CancelAndDryRunLeaveTheTriggersAndMarksAsBefore)
{
    TempArchive a;
    const QStringList before = triggerList(*a);
    const QString path = a.dir.filePath(QStringLiteral("customers.csv"));
    QString text = QStringLiteral("客户名称,手机\n");
    for (int i = 0; i < 600; ++i)
        text += QStringLiteral("公司%1,1380000%2\n").arg(i).arg(i, 4, 10, QLatin1Char('0'));
    writeTextFile(path, text);

    bool triggersOffWhileLoading = false;
    const auto cancelled = importFile(*a, path, {}, [&](double, qint64 rows) {
        triggersOffWhileLoading = triggerList(*a).filter(QStringLiteral("search_contacts_insert")).isEmpty();
        return rows < 256; // progress comes every 256 rows
    });
    EXPECT_TRUE(triggersOffWhileLoading);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.errorKind(), ErrorKind::Cancelled);
    EXPECT_EQ(triggerList(*a), before);
    EXPECT_EQ(pendingMarks(*a), 0);

    ImportOptions dryRun;
    dryRun.dryRun = true;
    const auto tried = importFile(*a, path, dryRun);
    ASSERT_TRUE(tried) << tried.error().toStdString();
    EXPECT_EQ(tried->imported, 600);
    EXPECT_EQ(triggerList(*a), before);
    EXPECT_EQ(pendingMarks(*a), 0);
    EXPECT_TRUE(codesFound(*a, QStringLiteral("公司12")).isEmpty());
}
