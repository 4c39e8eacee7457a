#include "SearchDocumentReader.h"
#include "SqliteStatement.h"
#include "TempArchive.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace {
QList<SearchDocument> readAll(QSqlDatabase& db, bool merged)
{
    SearchDocumentReader reader;
    sqlite3* handle = SqliteStatement::handle(db);
    const Status opened = merged ? reader.openAll(handle) : reader.openSome(handle, QString());
    EXPECT_TRUE(opened) << opened.error().toStdString();
    QList<SearchDocument> documents;
    SearchDocument d;
    while (reader.next(d))
        documents << d;
    EXPECT_EQ(reader.error(), QString());
    return documents;
}

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
}
} // namespace

// A rebuild reads every document with ordered scans merged in C++; a refresh reads some with subqueries.
// Both must give the same documents, or a rebuilt index would differ from an updated one.
TEST(SearchDocumentReader, ReadingAllGivesWhatReadingEachGives)
{
    TempArchive a;
    QSqlDatabase& db = a->database().connection();
    for (int i = 1; i <= 6; ++i)
        ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("客户%1").arg(i), QStringLiteral("C-%1").arg(i)), {}));
    // Contacts added out of customer order, tags with ids out of name order, aliases, and customers with none.
    exec(db, QStringLiteral("INSERT INTO contacts(customer_id, name, mobile, phone, email) VALUES"
                            " (3, '王芳', '+8613900000001', '', 'wf@example.com'), (1, '李四', '', '010-1234', ''),"
                            " (3, '赵六', '+8613900000002', '', ''), (1, '张三', '+8613800000000', '', 'zs@example.com')"));
    exec(db, QStringLiteral("INSERT INTO tags(id, name) VALUES (20, '重点'), (10, '经销商'), (30, '需回访')"));
    exec(db, QStringLiteral("INSERT INTO customer_tags(customer_id, tag_id) VALUES (2, 30), (2, 10), (5, 20), (2, 20)"));
    exec(db, QStringLiteral("INSERT INTO customer_aliases(code, customer_id) VALUES ('OLD-9', 5), ('OLD-1', 5), ('X-3', 6)"));

    const QList<SearchDocument> each = readAll(db, false);
    const QList<SearchDocument> all = readAll(db, true);
    ASSERT_EQ(each.size(), 6);
    ASSERT_EQ(all.size(), each.size());
    for (qsizetype i = 0; i < each.size(); ++i) {
        SCOPED_TRACE(each[i].code.toStdString());
        EXPECT_EQ(all[i].id, each[i].id);
        EXPECT_EQ(all[i].name, each[i].name);
        EXPECT_EQ(all[i].contacts, each[i].contacts);
        EXPECT_EQ(all[i].tags, each[i].tags);
        EXPECT_EQ(all[i].aliases, each[i].aliases);
    }
    // What the lists hold, spelled out for one customer of each kind.
    const QChar unit(31), record(30);
    EXPECT_EQ(all[0].contacts, QStringLiteral("李四") + unit + unit + QStringLiteral("010-1234") + unit + record +
                                   QStringLiteral("张三") + unit + QStringLiteral("+8613800000000") + unit + unit +
                                   QStringLiteral("zs@example.com"));
    EXPECT_EQ(all[1].tags, QStringLiteral("经销商") + unit + QStringLiteral("重点") + unit + QStringLiteral("需回访"));
    EXPECT_EQ(all[4].aliases, QStringLiteral("OLD-9") + unit + QStringLiteral("OLD-1"));
    EXPECT_TRUE(all[3].contacts.isEmpty() && all[3].tags.isEmpty() && all[3].aliases.isEmpty());
}
