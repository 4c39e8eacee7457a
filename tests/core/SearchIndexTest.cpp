#include "BulkCustomerWriter.h"
#include "ImportTestFiles.h"
#include "SearchIndex.h"
#include "SearchText.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace {
// Codes of what a search finds, best first.
QStringList codesFor(Archive& archive, const QString& text, int limit = 50)
{
    SearchQuery query;
    query.text = text;
    query.limit = limit;
    const auto hits = SearchIndex(archive.database().connection()).search(query);
    EXPECT_TRUE(hits) << text.toStdString() << ": " << hits.error().toStdString();
    QStringList codes;
    if (hits)
        for (const SearchHit& hit : *hits)
            codes << hit.code;
    return codes;
}

Customer person(const QString& name, const QString& code)
{
    Customer c = makeCustomer(name, code);
    c.kind = CustomerKind::Individual;
    return c;
}

Contact contactWith(const QString& name, const QString& mobile, const QString& email = {})
{
    Contact c;
    c.name = name;
    c.mobile = mobile;
    c.email = email;
    return c;
}
} // namespace

TEST(SearchIndex, FindsChinesePinyinInitialsAndTraditionalForms)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("张伟"), QStringLiteral("P-1")), {}));
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("深圳华为科技有限公司"), QStringLiteral("P-2")), {}));
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("李娜"), QStringLiteral("P-3")), {}));

    for (const QString& text : {QStringLiteral("张伟"), QStringLiteral("张"), QStringLiteral("zhangwei"),
                                QStringLiteral("zw"), QStringLiteral("ZhangWei"), QStringLiteral("張偉"),
                                QStringLiteral("zhang wei"), QStringLiteral("伟")})
        EXPECT_EQ(codesFor(*a, text).value(0), QStringLiteral("P-1")) << text.toStdString();
    // Substrings of company names, 2 characters and more; pinyin of a company name.
    for (const QString& text : {QStringLiteral("华为"), QStringLiteral("为科技"), QStringLiteral("huawei"),
                                QStringLiteral("szhw"), QStringLiteral("華為")})
        EXPECT_EQ(codesFor(*a, text), QStringList{QStringLiteral("P-2")}) << text.toStdString();
    EXPECT_TRUE(codesFor(*a, QStringLiteral("不存在的客户")).isEmpty());
    EXPECT_TRUE(codesFor(*a, QStringLiteral("  ")).isEmpty());
    EXPECT_TRUE(codesFor(*a, QStringLiteral("\"*")).isEmpty()); // FTS syntax characters are just text
}

TEST(SearchIndex, PolyphonicSurnamesAreFoundByTheirSurnameReading)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("单田芳"), QStringLiteral("S-1")), {}));
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("曾小贤"), QStringLiteral("S-2")), {}));
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("解缙"), QStringLiteral("S-3")), {}));
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("仇英"), QStringLiteral("S-4")), {}));
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("区志坚"), QStringLiteral("S-5")), {}));
    EXPECT_EQ(codesFor(*a, QStringLiteral("shantianfang")).value(0), QStringLiteral("S-1"));
    EXPECT_EQ(codesFor(*a, QStringLiteral("stf")).value(0), QStringLiteral("S-1"));
    EXPECT_EQ(codesFor(*a, QStringLiteral("zengxiaoxian")).value(0), QStringLiteral("S-2"));
    EXPECT_EQ(codesFor(*a, QStringLiteral("zxx")).value(0), QStringLiteral("S-2"));
    EXPECT_EQ(codesFor(*a, QStringLiteral("xiejin")).value(0), QStringLiteral("S-3"));
    EXPECT_EQ(codesFor(*a, QStringLiteral("qiuying")).value(0), QStringLiteral("S-4"));
    EXPECT_EQ(codesFor(*a, QStringLiteral("ouzhijian")).value(0), QStringLiteral("S-5"));
    // The ordinary reading still finds the name: people type what they think.
    EXPECT_EQ(codesFor(*a, QStringLiteral("dantianfang")).value(0), QStringLiteral("S-1"));
}

TEST(SearchIndex, PhonesInAnyFormatOrByLastFourDigitsAndEmails)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("甲公司"), QStringLiteral("T-1")),
                                {contactWith(QStringLiteral("王芳"), QStringLiteral("138 0013 8000"),
                                             QStringLiteral("wang.fang@example.com"))}));
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("乙公司"), QStringLiteral("T-2")),
                                {contactWith(QStringLiteral("刘强"), QStringLiteral("010-12345678"))}));
    for (const QString& text : {QStringLiteral("13800138000"), QStringLiteral("138-0013-8000"),
                                QStringLiteral("+86 138 0013 8000"), QStringLiteral("8000"), QStringLiteral("0013")})
        EXPECT_EQ(codesFor(*a, text), QStringList{QStringLiteral("T-1")}) << text.toStdString();
    EXPECT_EQ(codesFor(*a, QStringLiteral("010 1234 5678")), QStringList{QStringLiteral("T-2")});
    EXPECT_EQ(codesFor(*a, QStringLiteral("5678")), QStringList{QStringLiteral("T-2")});
    EXPECT_EQ(codesFor(*a, QStringLiteral("wang.fang@")), QStringList{QStringLiteral("T-1")});
    // Contact names, with their pinyin, find their customer.
    EXPECT_EQ(codesFor(*a, QStringLiteral("liuqiang")), QStringList{QStringLiteral("T-2")});
    EXPECT_EQ(codesFor(*a, QStringLiteral("王芳")), QStringList{QStringLiteral("T-1")});
}

TEST(SearchIndex, RanksExactCodeAndPhoneFirstThenNamePrefixThenTheRest)
{
    TempArchive a;
    // "8000" is one customer's code, another's phone tail, a third's name start and a fourth's notes.
    Customer noted = makeCustomer(QStringLiteral("丁公司"), QStringLiteral("D-4"));
    noted.notes = QStringLiteral("预算 8000 元左右");
    ASSERT_TRUE(a->saveCustomer(noted, {}));
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("8000号商店"), QStringLiteral("D-3")), {}));
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("乙公司"), QStringLiteral("D-2")),
                                {contactWith(QStringLiteral("王芳"), QStringLiteral("13800138000"))}));
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("甲公司"), QStringLiteral("8000")), {}));
    SearchQuery query;
    query.text = QStringLiteral("8000");
    const auto hits = SearchIndex(a->database().connection()).search(query);
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 4);
    EXPECT_EQ(hits->at(0).code, QStringLiteral("8000"));
    EXPECT_EQ(hits->at(1).code, QStringLiteral("D-2"));
    EXPECT_EQ(hits->at(2).code, QStringLiteral("D-3"));
    EXPECT_EQ(hits->at(3).code, QStringLiteral("D-4"));
    for (int i = 1; i < hits->size(); ++i)
        EXPECT_GT(hits->at(i - 1).score, hits->at(i).score);

    // Codes by prefix, case-insensitively, before names that merely contain the text.
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("客户D-1000"), QStringLiteral("X-1")), {}));
    EXPECT_EQ(codesFor(*a, QStringLiteral("d-")).mid(0, 4),
              (QStringList{QStringLiteral("D-2"), QStringLiteral("D-3"), QStringLiteral("D-4"), QStringLiteral("X-1")}));
    EXPECT_EQ(codesFor(*a, QStringLiteral("8000"), 2).size(), 2); // the limit holds
}

TEST(SearchIndex, ACustomersOwnNameRanksAboveAContactsName)
{
    TempArchive a;
    // A company where a 张伟 works, saved first, and two people whose own names fit "zw".
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("苏州鼎信商行"), QStringLiteral("K-1")),
                                {contactWith(QStringLiteral("张伟"), QStringLiteral("13800138001"))}));
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("张文"), QStringLiteral("K-2")), {}));
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("张伟平"), QStringLiteral("K-3")), {}));
    EXPECT_EQ(codesFor(*a, QStringLiteral("zw")),
              (QStringList{QStringLiteral("K-2"), QStringLiteral("K-3"), QStringLiteral("K-1")}));
    // The contact still finds the company.
    EXPECT_EQ(codesFor(*a, QStringLiteral("张伟")).value(0), QStringLiteral("K-3"));
    EXPECT_TRUE(codesFor(*a, QStringLiteral("张伟")).contains(QStringLiteral("K-1")));
}

TEST(SearchIndex, OwnerScopeAndAliasCodes)
{
    TempArchive a;
    Customer mine = makeCustomer(QStringLiteral("张伟贸易"), QStringLiteral("O-1"));
    mine.owner = QStringLiteral("wangfang");
    Customer theirs = makeCustomer(QStringLiteral("张伟商行"), QStringLiteral("O-2"));
    theirs.owner = QStringLiteral("lilei");
    const Customer storedMine = *a->saveCustomer(mine, {});
    ASSERT_TRUE(a->saveCustomer(theirs, {}));
    SearchQuery query;
    query.text = QStringLiteral("张伟");
    query.ownerId = *a->users().ensure(QStringLiteral("wangfang"));
    const auto hits = SearchIndex(a->database().connection()).search(query);
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().code, QStringLiteral("O-1"));

    // A merged-away code stays findable as an alias of the surviving customer.
    ASSERT_TRUE(SqlValue::run(a->database().connection(),
                              QStringLiteral("INSERT INTO customer_aliases(code, customer_id) VALUES ('OLD-7', ?)"),
                              {storedMine.id}));
    const auto alias = SearchIndex(a->database().connection()).search({QStringLiteral("old-7")});
    ASSERT_TRUE(alias);
    ASSERT_FALSE(alias->isEmpty());
    EXPECT_EQ(alias->first().code, QStringLiteral("O-1"));
    EXPECT_EQ(alias->first().match, SearchMatch::ExactCode);
}

TEST(SearchIndex, StaysCurrentOnInsertEditContactChangeAndDelete)
{
    TempArchive a;
    Customer c = *a->saveCustomer(makeCustomer(QStringLiteral("东方明珠"), QStringLiteral("E-1")), {});
    EXPECT_EQ(codesFor(*a, QStringLiteral("明珠")), QStringList{QStringLiteral("E-1")});

    // Edit through the repository alone (no Archive::saveCustomer): the old name is gone, the new one found.
    c.name = QStringLiteral("西湖龙井");
    c.tags = {QStringLiteral("茶叶")};
    c = *a->customers().update(c);
    EXPECT_TRUE(codesFor(*a, QStringLiteral("明珠")).isEmpty());
    EXPECT_EQ(codesFor(*a, QStringLiteral("xihu")), QStringList{QStringLiteral("E-1")});
    EXPECT_EQ(codesFor(*a, QStringLiteral("茶叶")), QStringList{QStringLiteral("E-1")});

    // Contacts: added, changed, removed.
    ASSERT_TRUE(a->saveCustomer(c, {contactWith(QStringLiteral("赵敏"), QStringLiteral("13911112222"))}));
    c = *a->customers().findById(c.id);
    EXPECT_EQ(codesFor(*a, QStringLiteral("2222")), QStringList{QStringLiteral("E-1")});
    EXPECT_EQ(codesFor(*a, QStringLiteral("zhaomin")), QStringList{QStringLiteral("E-1")});
    auto contacts = *a->contacts().forCustomer(c.id);
    contacts[0].mobile = QStringLiteral("+8613933334444");
    ASSERT_TRUE(a->contacts().replaceForCustomer(c.id, contacts));
    EXPECT_TRUE(codesFor(*a, QStringLiteral("2222")).isEmpty());
    EXPECT_EQ(codesFor(*a, QStringLiteral("4444")), QStringList{QStringLiteral("E-1")});
    ASSERT_TRUE(a->contacts().replaceForCustomer(c.id, {}));
    EXPECT_TRUE(codesFor(*a, QStringLiteral("zhaomin")).isEmpty());

    // Even a write that bypasses the repositories is picked up (triggers mark it, search refreshes).
    ASSERT_TRUE(SqlValue::run(a->database().connection(), QStringLiteral("UPDATE customers SET name = '黄山毛峰' WHERE id = ?"),
                              {c.id}));
    EXPECT_EQ(codesFor(*a, QStringLiteral("毛峰")), QStringList{QStringLiteral("E-1")});

    ASSERT_TRUE(a->customers().remove(c.id));
    EXPECT_TRUE(codesFor(*a, QStringLiteral("毛峰")).isEmpty());
    EXPECT_TRUE(codesFor(*a, QStringLiteral("E-1")).isEmpty());
}

TEST(SearchIndex, ImportedCustomersAreFoundAndImportUndoRemovesThem)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("原来的公司"), QStringLiteral("K-2")), {}));
    const QString path = a.dir.filePath(QStringLiteral("batch.csv"));
    writeTextFile(path, QStringLiteral("编号,名称,手机\nK-2,改过的公司,13900000000\n,新客户甲,13700001234\n"));
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(codesFor(*a, QStringLiteral("新客户甲")).size(), 1);
    EXPECT_EQ(codesFor(*a, QStringLiteral("1234")).size(), 1);
    EXPECT_EQ(codesFor(*a, QStringLiteral("改过的")), QStringList{QStringLiteral("K-2")});
    EXPECT_TRUE(codesFor(*a, QStringLiteral("原来的")).isEmpty());

    ASSERT_TRUE(ImportUndo::undo(*a, report->batch));
    EXPECT_TRUE(codesFor(*a, QStringLiteral("新客户甲")).isEmpty());
    EXPECT_TRUE(codesFor(*a, QStringLiteral("1234")).isEmpty());
    EXPECT_TRUE(codesFor(*a, QStringLiteral("改过的")).isEmpty());
    EXPECT_EQ(codesFor(*a, QStringLiteral("原来的")), QStringList{QStringLiteral("K-2")});
}

TEST(SearchIndex, RebuildRestoresADamagedIndex)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("张伟"), QStringLiteral("R-1")), {}));
    ASSERT_TRUE(SqlValue::run(a->database().connection(), QStringLiteral("DELETE FROM search_names"), {}));
    ASSERT_TRUE(SqlValue::run(a->database().connection(), QStringLiteral("DELETE FROM search_terms"), {}));
    ASSERT_TRUE(SqlValue::run(a->database().connection(), QStringLiteral("DELETE FROM search_text"), {}));
    EXPECT_TRUE(codesFor(*a, QStringLiteral("zw")).isEmpty());
    const auto rebuilt = SearchIndex(a->database().connection()).rebuild();
    ASSERT_TRUE(rebuilt) << rebuilt.error().toStdString();
    EXPECT_EQ(*rebuilt, 1);
    EXPECT_EQ(codesFor(*a, QStringLiteral("zw")), QStringList{QStringLiteral("R-1")});
}

TEST(SearchText, MatchSpanShowsWhatTheSearchMatchedInTheDisplayedValue)
{
    using Span = std::pair<int, int>;
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("深圳华为科技"), QStringLiteral("華為")), Span(2, 2));
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("张伟"), QStringLiteral("zw")), Span(0, 2));
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("北京华为科技"), QStringLiteral("huawei")), Span(2, 2));
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("北京华为科技"), QStringLiteral("huaw")), Span(2, 2));
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("138 0013 8000"), QStringLiteral("0013")), Span(4, 4));
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("138 0013 8000"), QStringLiteral("1380013")), Span(0, 8));
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("C000123"), QStringLiteral("c0001")), Span(0, 5));
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("单田芳"), QStringLiteral("shan")), Span(0, 1));
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("张伟"), QStringLiteral("xyz")), Span(-1, 0));
    // Pinyin matches start at a syllable: "angw" is inside zhang|wei and highlights nothing.
    EXPECT_EQ(SearchText::matchSpan(QStringLiteral("张伟"), QStringLiteral("angw")), Span(-1, 0));
}

TEST(SearchText, FoldingPlainHanAndAsciiGivesWhatFullNormalisationGives)
{
    // Texts of common Han and ASCII only skip ICU normalisation; a trailing "é" sends the same text down the
    // full path, which must fold the rest identically.
    for (const QString& text : {QStringLiteral("張偉"), QStringLiteral("ZHANG Wei 张伟"), QStringLiteral("廣州市黃河路409號A座"),
                                QStringLiteral("Acme Co., Ltd."), QStringLiteral("13800138000"), QStringLiteral("華為技術(北京)有限公司")}) {
        EXPECT_EQ(SearchText::fold(text + QStringLiteral("é")), SearchText::fold(text) + QStringLiteral("é")) << qPrintable(text);
    }
    EXPECT_EQ(SearchText::fold(QStringLiteral("張偉 ABC")), QStringLiteral("张伟 abc"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("ＺＨＡＮＧ　１３８")), QStringLiteral("zhang 138")); // full-width: the full path
}

TEST(SearchIndex, UpgradeRebuildsAnIndexOfTheFirstLayout)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("张伟"), QStringLiteral("U-1")),
                                {contactWith(QStringLiteral("王芳"), QStringLiteral("13800138000"))}));
    QSqlDatabase& db = a->database().connection();
    // The first layout's table, empty: what an archive indexed by an older Dossier has.
    ASSERT_TRUE(SqlValue::run(db, QStringLiteral("DROP TABLE search_terms"), {}));
    ASSERT_TRUE(SqlValue::run(db, QStringLiteral("CREATE VIRTUAL TABLE search_terms USING fts5(phone, tail, other,"
                                                 " tokenize = 'unicode61', prefix = '1 2', detail = 'column')"),
                              {}));
    ASSERT_TRUE(SearchIndex::upgradeLayout(db));
    EXPECT_EQ(codesFor(*a, QStringLiteral("zw")), QStringList{QStringLiteral("U-1")});
    EXPECT_EQ(codesFor(*a, QStringLiteral("8000")), QStringList{QStringLiteral("U-1")});
    EXPECT_EQ(codesFor(*a, QStringLiteral("13800138000")), QStringList{QStringLiteral("U-1")});
    EXPECT_EQ(codesFor(*a, QStringLiteral("芳")), QStringList{QStringLiteral("U-1")});
    // An index of the current layout is left as it is (not rebuilt: emptied tables stay empty).
    for (const char* table : {"search_text", "search_names", "search_terms"})
        ASSERT_TRUE(SqlValue::run(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), {}));
    ASSERT_TRUE(SearchIndex::upgradeLayout(db));
    EXPECT_TRUE(codesFor(*a, QStringLiteral("zw")).isEmpty());
}

TEST(SearchIndex, RebuildIndexesEveryCustomerOfAManyBatchArchive)
{
    TempArchive a;
    constexpr int customers = 2345; // several of the rebuild's batches, the last one partly filled
    {
        Transaction transaction(a->database().connection());
        ASSERT_TRUE(transaction.isActive());
        for (int i = 0; i < customers; ++i) {
            // Repeating names (the text caches) and one unique number per customer.
            const QString name = (i % 2 ? QStringLiteral("张伟") : QStringLiteral("李娜")) + QString::number(100000 + i);
            ASSERT_TRUE(a->saveCustomer(person(name, QStringLiteral("M-%1").arg(i)), {}));
        }
        ASSERT_TRUE(transaction.commit());
    }
    const auto rebuilt = SearchIndex(a->database().connection()).rebuild();
    ASSERT_TRUE(rebuilt) << rebuilt.error().toStdString();
    EXPECT_EQ(*rebuilt, customers);
    for (int i : {0, 1, 499, 500, 1999, 2344})
        EXPECT_EQ(codesFor(*a, QString::number(100000 + i)), QStringList{QStringLiteral("M-%1").arg(i)}) << i;
    EXPECT_EQ(codesFor(*a, QStringLiteral("zhangwei"), 5000).size(), customers / 2);
    EXPECT_EQ(codesFor(*a, QStringLiteral("lina"), 5000).size(), customers - customers / 2);
}

namespace {
// `count` customers 张伟0, 张伟1 … coded `codePrefix`0 …, in one transaction; each with the contact 王芳 and
// a mobile number of its own when asked.
void addNumberedPeople(Archive& archive, int count, const QString& codePrefix, bool withContact)
{
    Transaction transaction(archive.database().connection());
    ASSERT_TRUE(transaction.isActive());
    for (int i = 0; i < count; ++i) {
        QList<Contact> contacts;
        if (withContact)
            contacts << contactWith(QStringLiteral("王芳"), QStringLiteral("+86139%1").arg(i, 8, 10, QLatin1Char('0')));
        ASSERT_TRUE(archive.saveCustomer(person(QStringLiteral("张伟%1").arg(i), codePrefix + QString::number(i)), contacts));
    }
    ASSERT_TRUE(transaction.commit());
}

// FTS5's own check that an index holds exactly the entries of its content; empty when it does.
QString integrityProblem(QSqlDatabase& db, const char* table)
{
    QSqlQuery check(db);
    if (check.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')").arg(QLatin1String(table))))
        return {};
    return QLatin1String(table) + QStringLiteral(": ") + check.lastError().text();
}
} // namespace

// The rebuild makes the index pages on side connections and copies them into the archive: the result must be
// an index SQLite itself finds sound, that the same connection searches and keeps current at once.
TEST(SearchIndex, ARebuiltIndexIsSoundAndKeptCurrentByTheConnectionThatBuiltIt)
{
    TempArchive a;
    QSqlDatabase& db = a->database().connection();
    ASSERT_NO_FATAL_FAILURE(addNumberedPeople(*a, 3000, QStringLiteral("S-"), true));
    const QStringList queries = {QStringLiteral("zw"), QStringLiteral("张伟12"), QStringLiteral("0002999"),
                                 QStringLiteral("wangfang"), QStringLiteral("S-29")};
    QList<QStringList> before;
    for (const QString& q : queries)
        before << codesFor(*a, q, 5000);

    const auto rebuilt = SearchIndex(db).rebuild();
    ASSERT_TRUE(rebuilt) << rebuilt.error().toStdString();
    for (const char* table : {"search_text", "search_names", "search_terms"})
        EXPECT_EQ(integrityProblem(db, table), QString());
    for (int i = 0; i < queries.size(); ++i)
        EXPECT_EQ(codesFor(*a, queries[i], 5000), before[i]) << queries[i].toStdString();
    EXPECT_EQ(before[2], QStringList{QStringLiteral("S-2999")});
    // Built without merging and merged once at the end, the tables keep merging as they are updated later.
    for (const char* table : {"search_text", "search_names", "search_terms"}) {
        QSqlQuery setting(db);
        ASSERT_TRUE(setting.exec(QStringLiteral("SELECT v FROM %1_config WHERE k = 'automerge'").arg(QLatin1String(table))));
        ASSERT_TRUE(setting.next()) << table;
        EXPECT_EQ(setting.value(0).toInt(), 16) << table;
    }

    // Renaming a customer replaces its entries in the copied index.
    QSqlQuery idOf(db);
    ASSERT_TRUE(idOf.exec(QStringLiteral("SELECT id FROM customers WHERE code = 'S-7'")) && idOf.next());
    Customer renamed = *a->customers().findById(idOf.value(0).toLongLong());
    renamed.name = QStringLiteral("欧阳娜娜");
    ASSERT_TRUE(a->customers().update(renamed));
    EXPECT_EQ(codesFor(*a, QStringLiteral("oyn")), QStringList{QStringLiteral("S-7")});
    EXPECT_FALSE(codesFor(*a, QStringLiteral("张伟7"), 5000).contains(QStringLiteral("S-7")));
    for (const char* table : {"search_text", "search_names", "search_terms"})
        EXPECT_EQ(integrityProblem(db, table), QString());
}

// The final merges of a rebuild take seconds on a large archive; Cancel is asked for meanwhile, and stops them.
TEST(SearchIndex, CancellingARebuildOnceItsEntriesAreInKeepsTheOldIndex)
{
    TempArchive a;
    QSqlDatabase& db = a->database().connection();
    ASSERT_NO_FATAL_FAILURE(addNumberedPeople(*a, 300, QStringLiteral("K-"), false));
    const QStringList before = codesFor(*a, QStringLiteral("zw"), 1000);
    ASSERT_EQ(before.size(), 300);

    int asked = 0;
    const auto rebuilt = SearchIndex(db).rebuild([&](qint64) {
        ++asked;
        return false;
    });
    ASSERT_FALSE(rebuilt);
    EXPECT_EQ(rebuilt.errorKind(), ErrorKind::Cancelled);
    EXPECT_EQ(asked, 1); // 300 entries: never asked while they came in (every 10,000), once they were all in
    for (const char* table : {"search_text", "search_names", "search_terms"})
        EXPECT_EQ(integrityProblem(db, table), QString());
    EXPECT_EQ(codesFor(*a, QStringLiteral("zw"), 1000), before);
    EXPECT_EQ(codesFor(*a, QStringLiteral("K-299")).value(0), QStringLiteral("K-299"));
}

namespace {
// `count` customers with a contact each, written the way an import writes them (the triggers mark them all
// for indexing), inside the caller's transaction.
void bulkAdd(Archive& archive, int count)
{
    BulkCustomerWriter writer(archive.database().connection());
    ASSERT_TRUE(writer.prepare().ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        Customer c = person((i % 2 ? QStringLiteral("张伟") : QStringLiteral("李娜")) + QString::number(i),
                            QStringLiteral("B-%1").arg(i));
        c.createdAt = c.updatedAt = now;
        c.version = 1;
        const auto id = writer.addCustomer(c);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        ASSERT_TRUE(writer.addContact(*id, contactWith(QStringLiteral("王芳"), QStringLiteral("+861391%1").arg(i, 6, 10, QLatin1Char('0')))).ok());
    }
}

qint64 countOf(Archive& archive, const QString& sql)
{
    QSqlQuery query(archive.database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

// A first import of tens of thousands of customers is indexed by building the index anew (faster than entry by
// entry): every customer must be findable afterwards, exactly as after a refresh, and a rolled-back import
// must leave the index as it was.
TEST(SearchIndex, ALargeFirstImportIsIndexedCompletelyAndRollsBackWithTheImport)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(person(QStringLiteral("赵敏"), QStringLiteral("OLD-1")), {contactWith(QString(), QStringLiteral("13800138000"))}));
    constexpr int customers = 20000; // the size from which a mostly-dirty index is rebuilt
    QSqlDatabase& db = a->database().connection();
    {
        Transaction import(db);
        ASSERT_TRUE(import.isActive());
        bulkAdd(*a, customers);
        ASSERT_TRUE(SearchIndex(db).refresh().ok());
        EXPECT_EQ(countOf(*a, QStringLiteral("SELECT count(*) FROM search_dirty")), 0);
        EXPECT_EQ(codesFor(*a, QStringLiteral("赵敏")), QStringList{QStringLiteral("OLD-1")});
        // import.~Transaction(): rolled back
    }
    EXPECT_EQ(countOf(*a, QStringLiteral("SELECT count(*) FROM customers")), 1);
    EXPECT_TRUE(codesFor(*a, QStringLiteral("B-1")).isEmpty());
    EXPECT_TRUE(codesFor(*a, QStringLiteral("zhangwei")).isEmpty());
    EXPECT_EQ(codesFor(*a, QStringLiteral("8000")), QStringList{QStringLiteral("OLD-1")});

    {
        Transaction import(db);
        ASSERT_TRUE(import.isActive());
        bulkAdd(*a, customers);
        ASSERT_TRUE(SearchIndex(db).refresh().ok());
        ASSERT_TRUE(import.commit());
    }
    EXPECT_EQ(countOf(*a, QStringLiteral("SELECT count(*) FROM search_dirty")), 0);
    EXPECT_EQ(countOf(*a, QStringLiteral("SELECT count(*) FROM search_text")), customers + 1);
    for (int i : {0, 1, 9999, 19999}) {
        const QString code = QStringLiteral("B-%1").arg(i);
        const QString tail = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        EXPECT_EQ(codesFor(*a, QStringLiteral("+86 1391") + tail), QStringList{code}) << i; // the contact's phone
        EXPECT_TRUE(codesFor(*a, (i % 2 ? QStringLiteral("张伟") : QStringLiteral("李娜")) + QString::number(i)).contains(code)) << i;
    }
    EXPECT_EQ(codesFor(*a, QStringLiteral("zhangwei"), 50000).size(), customers / 2);
    EXPECT_EQ(codesFor(*a, QStringLiteral("赵敏")), QStringList{QStringLiteral("OLD-1")});
}
