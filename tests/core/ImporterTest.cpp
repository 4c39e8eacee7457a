#include "ImportTestFiles.h"
#include "SharedTestData.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace {
qint64 scalar(Archive& archive, const QString& sql)
{
    QSqlQuery q(archive.database().connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

const ImportProblem* problemAt(const ImportReport& report, qint64 row)
{
    for (const ImportProblem& p : report.problems)
        if (p.row == row)
            return &p;
    return nullptr;
}
} // namespace

TEST(Importer, GbkCsvWithChineseHeadersImportsWithAutomaticMappingAlone)
{
    TempArchive a;
    const QString path = a.dir.filePath(QStringLiteral("客户.csv"));
    writeTextFile(path,
                  QStringLiteral("客户名称,手机,邮箱,省份,城市,负责人,客户编号,标签\r\n"
                                 "张三,138-0013-8000,ZhangSan@Example.COM,广东省,广州市,wangfang,,\"老客户，重点客户\"\r\n"
                                 "北京华为技术有限公司,1.39001390000E10,,北京市,北京市,lina,HW-01,\r\n"
                                 "ＡＢＣ贸易有限公司,０２１－６４５５３３００,,上海市,上海市,,,\r\n"),
                  "GB18030");
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->rows, 3);
    EXPECT_EQ(report->imported, 3);
    EXPECT_EQ(report->rejected, 0);
    EXPECT_GT(report->batch, 0);

    const auto zhang = a->customers().findByCode(QStringLiteral("C000001"));
    ASSERT_TRUE(zhang) << zhang.error().toStdString();
    EXPECT_EQ(zhang->name, QStringLiteral("张三"));
    EXPECT_EQ(zhang->kind, CustomerKind::Individual);
    EXPECT_EQ(zhang->province, QStringLiteral("广东省"));
    EXPECT_EQ(zhang->owner, QStringLiteral("wangfang"));
    EXPECT_EQ(zhang->tags, (QStringList{QStringLiteral("老客户"), QStringLiteral("重点客户")}));
    const auto contacts = *a->contacts().forCustomer(zhang->id);
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts[0].mobile, QStringLiteral("+8613800138000"));
    EXPECT_EQ(contacts[0].email, QStringLiteral("zhangsan@example.com"));
    EXPECT_EQ(contacts[0].name, QStringLiteral("张三")); // an individual is their own contact

    const auto huawei = a->customers().findByCode(QStringLiteral("HW-01"));
    ASSERT_TRUE(huawei);
    EXPECT_EQ(huawei->kind, CustomerKind::Company);
    // A phone that a spreadsheet showed in exponent form comes back as the same digits.
    EXPECT_EQ(a->contacts().forCustomer(huawei->id)->first().mobile, QStringLiteral("+8613900139000"));

    const auto abc = a->customers().findByCode(QStringLiteral("C000002"));
    ASSERT_TRUE(abc);
    EXPECT_EQ(abc->name, QStringLiteral("ABC贸易有限公司")); // full-width letters made half-width
    EXPECT_EQ(a->contacts().forCustomer(abc->id)->first().mobile, QStringLiteral("+862164553300"));
}

TEST(Importer, EveryRejectedRowIsReportedWithRowColumnValueAndReason)
{
    TempArchive a;
    const QString path = a.dir.filePath(QStringLiteral("bad.csv"));
    writeTextFile(path, QStringLiteral("Name,Mobile,Email,Birthday\n"
                                       "Alice,13800138000,alice@example.com,1990-02-03\n"
                                       ",13800138001,nobody@example.com,\n"
                                       "Bob,12345,bob-at-example,1990-02-30\n"
                                       "\n"
                                       ",,,\n"
                                       "Carol,,,5/3/1985\n"));
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->rows, 4); // blank rows are not data
    EXPECT_EQ(report->imported, 3);
    EXPECT_EQ(report->rejected, 1);

    const ImportProblem* empty = problemAt(*report, 3);
    ASSERT_NE(empty, nullptr);
    EXPECT_EQ(empty->severity, ImportProblem::Severity::Rejected);
    EXPECT_EQ(empty->column, QStringLiteral("Name"));
    EXPECT_FALSE(empty->reason.isEmpty());

    // Bob is imported, and each value that could not be used is flagged, never silently dropped.
    QStringList flagged;
    for (const ImportProblem& p : report->problems)
        if (p.row == 4) {
            EXPECT_EQ(p.severity, ImportProblem::Severity::Warning);
            flagged << p.column + QLatin1Char('=') + p.value;
        }
    EXPECT_EQ(flagged, (QStringList{QStringLiteral("Birthday=1990-02-30"), QStringLiteral("Mobile=12345"),
                                    QStringLiteral("Email=bob-at-example")}));
    const auto bob = *a->customers().findByCode(QStringLiteral("C000002"));
    EXPECT_FALSE(bob.birthday.isValid());
    EXPECT_EQ(a->contacts().forCustomer(bob.id)->first().mobile, QStringLiteral("12345")); // kept as typed
    EXPECT_EQ(a->customers().findByCode(QStringLiteral("C000003"))->birthday, QDate(1985, 3, 5)); // day first

    // The error file lists the same problems for the admin.
    const QString errors = a.dir.filePath(QStringLiteral("errors.csv"));
    ASSERT_TRUE(Importer::writeProblems(*report, errors));
    QFile file(errors);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("row,column,value,reason,severity")));
    EXPECT_TRUE(text.contains(QStringLiteral("3,Name,,")));
    EXPECT_TRUE(text.contains(QStringLiteral("4,Birthday,1990-02-30,")));
}

TEST(Importer, FindsTheHeaderBelowATitleAndReadsAMappingFileThatJoinsColumns)
{
    TempArchive a;
    const QString path = a.dir.filePath(QStringLiteral("febrl-like.csv"));
    writeTextFile(path, QStringLiteral("rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, "
                                       "state, date_of_birth, soc_sec_id\n"
                                       "rec-1-org, michaela, neumann, 8, stanley street, miami, winston hills, 4223, nsw, "
                                       "19151111, 5304218\n"
                                       "rec-1-dup-0, michaela, neuman, 8, stanley street, , winston hils, 4223, nsw, 19151111, "
                                       "5304218\n"));
    const QString mappingPath = a.dir.filePath(QStringLiteral("mapping.json"));
    writeTextFile(mappingPath,
                  QStringLiteral(R"({"target": "customers", "columns": {"code": "rec_id", "given_name": "given_name",
                     "family_name": "surname", "address": ["street_number", "address_1", "address_2"], "city": "suburb",
                     "postcode": "postcode", "province": "state", "birthday": "date_of_birth", "id_number": "soc_sec_id"}})"));
    ImportOptions options;
    options.mapping = *ColumnMapping::fromFile(mappingPath);
    const auto report = importFile(*a, path, options);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 2);
    const auto org = *a->customers().findByCode(QStringLiteral("rec-1-org"));
    EXPECT_EQ(org.name, QStringLiteral("michaela neumann"));
    EXPECT_EQ(org.kind, CustomerKind::Individual);
    EXPECT_EQ(org.address, QStringLiteral("8 stanley street miami"));
    EXPECT_EQ(org.city, QStringLiteral("winston hills"));
    EXPECT_EQ(org.postcode, QStringLiteral("4223"));
    EXPECT_EQ(org.birthday, QDate(1915, 11, 11));
    EXPECT_EQ(org.idNumber, QStringLiteral("5304218"));
    EXPECT_EQ(a->customers().findByCode(QStringLiteral("rec-1-dup-0"))->address, QStringLiteral("8 stanley street"));

    // A sheet with a title and a blank line above the header.
    const QString titled = a.dir.filePath(QStringLiteral("titled.csv"));
    writeTextFile(titled, QStringLiteral("2024年客户名单\n\n序号,客户名称,联系电话\n1,杭州云帆科技有限公司,0571-88886666\n"));
    const auto second = importFile(*a, titled);
    ASSERT_TRUE(second) << second.error().toStdString();
    EXPECT_EQ(second->headerRow, 3);
    EXPECT_EQ(second->imported, 1);
}

TEST(Importer, ExistingCodesAreUpdatedOnlyInTheGivenFieldsOrSkipped)
{
    TempArchive a;
    Contact contact;
    contact.name = QStringLiteral("李经理");
    contact.mobile = QStringLiteral("13800000001");
    contact.email = QStringLiteral("li@old.cn");
    Customer existing = makeCustomer(QStringLiteral("旧名称有限公司"), QStringLiteral("K-1"));
    existing.city = QStringLiteral("南京市");
    existing.notes = QStringLiteral("重要");
    ASSERT_TRUE(a->saveCustomer(existing, {contact}));

    const QString path = a.dir.filePath(QStringLiteral("update.csv"));
    writeTextFile(path, QStringLiteral("编号,名称,邮箱,阶段\nK-1,新名称有限公司,li@new.cn,成交\n"));
    ImportOptions skip;
    skip.onExisting = ImportOptions::OnExisting::Skip;
    const auto skipped = importFile(*a, path, skip);
    ASSERT_TRUE(skipped);
    EXPECT_EQ(skipped->skipped, 1);
    EXPECT_EQ(a->customers().findByCode(QStringLiteral("K-1"))->name, QStringLiteral("旧名称有限公司"));

    const auto updated = importFile(*a, path);
    ASSERT_TRUE(updated) << updated.error().toStdString();
    EXPECT_EQ(updated->updated, 1);
    EXPECT_EQ(updated->imported, 0);
    const Customer after = *a->customers().findByCode(QStringLiteral("K-1"));
    EXPECT_EQ(after.name, QStringLiteral("新名称有限公司"));
    EXPECT_EQ(after.stage, CustomerStage::Customer);
    EXPECT_EQ(after.city, QStringLiteral("南京市")); // not in the file: unchanged
    EXPECT_EQ(after.notes, QStringLiteral("重要"));
    EXPECT_EQ(after.version, 2);
    const auto contacts = *a->contacts().forCustomer(after.id);
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts[0].email, QStringLiteral("li@new.cn"));
    EXPECT_EQ(contacts[0].mobile, QStringLiteral("+8613800000001"));
    EXPECT_EQ(contacts[0].name, QStringLiteral("李经理"));
}

TEST(Importer, UndoRemovesInsertedCustomersAndRestoresUpdatedOnesExactly)
{
    TempArchive a;
    Contact contact;
    contact.name = QStringLiteral("王五");
    contact.mobile = QStringLiteral("+8613800000002");
    Customer original = makeCustomer(QStringLiteral("原来的公司"), QStringLiteral("K-2"));
    original.tags = {QStringLiteral("老客户")};
    original.address = QStringLiteral("南京路1号");
    const Customer stored = *a->saveCustomer(original, {contact});
    const auto contactsBefore = *a->contacts().forCustomer(stored.id);

    const QString path = a.dir.filePath(QStringLiteral("batch.csv"));
    writeTextFile(path, QStringLiteral("编号,名称,手机,标签,地址\nK-2,改过的公司,13900000000,新客户,\n,新客户甲,13700000000,,\n,新客户乙,,,\n"));
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->updated, 1);
    EXPECT_EQ(a->customers().count(), 3);

    const auto undone = ImportUndo::undo(*a, report->batch);
    ASSERT_TRUE(undone) << undone.error().toStdString();
    EXPECT_TRUE(undone->undoneAt.isValid());
    EXPECT_EQ(a->customers().count(), 1);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM contacts")), 1);
    Customer restored = *a->customers().findByCode(QStringLiteral("K-2"));
    EXPECT_EQ(restored.name, QStringLiteral("原来的公司"));
    EXPECT_EQ(restored.tags, QStringList{QStringLiteral("老客户")});
    EXPECT_EQ(restored.address, QStringLiteral("南京路1号"));
    auto contactsAfter = *a->contacts().forCustomer(stored.id);
    ASSERT_EQ(contactsAfter.size(), 1);
    EXPECT_EQ(contactsAfter[0].mobile, contactsBefore[0].mobile);
    EXPECT_EQ(contactsAfter[0].name, contactsBefore[0].name);
    // The next generated code is free again? Not required; but the undo is recorded and cannot run twice.
    const auto again = ImportUndo::undo(*a, report->batch);
    EXPECT_FALSE(again);
    EXPECT_EQ(ImportUndo::batches(*a)->size(), 1);
}

TEST(Importer, UndoIsRefusedWhenARecordChangedAfterTheImport)
{
    TempArchive a;
    const QString path = a.dir.filePath(QStringLiteral("one.csv"));
    writeTextFile(path, QStringLiteral("客户名称\n甲公司\n乙公司\n"));
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report);
    Customer edited = *a->customers().findByCode(QStringLiteral("C000002"));
    edited.notes = QStringLiteral("导入后手工补充的备注");
    ASSERT_TRUE(a->saveCustomer(edited, {}));

    const auto undone = ImportUndo::undo(*a, report->batch);
    EXPECT_FALSE(undone);
    EXPECT_EQ(undone.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(undone.error().contains(QStringLiteral("C000002")));
    EXPECT_EQ(a->customers().count(), 2); // nothing undone
}

TEST(Importer, CancelOrAFailureHalfwayLeavesTheArchiveAsItWas)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("已有客户")), {}));
    QString csv = QStringLiteral("客户名称,手机\n");
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("客户%1,1380000%2\n").arg(i).arg(i, 4, 10, QChar(u'0'));
    const QString path = a.dir.filePath(QStringLiteral("big.csv"));
    writeTextFile(path, csv);

    const auto cancelled = importFile(*a, path, {}, [](double, qint64 rows) { return rows < 2000; });
    EXPECT_FALSE(cancelled);
    EXPECT_EQ(cancelled.errorKind(), ErrorKind::Cancelled);
    EXPECT_EQ(a->customers().count(), 1);
    EXPECT_EQ(ImportUndo::batches(*a)->size(), 0);

    // The archive refuses one row in the middle (as a full disk or a constraint would): nothing stays.
    QSqlQuery trigger(a->database().connection());
    ASSERT_TRUE(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON customers WHEN NEW.name = '客户1500'"
                                            " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    const auto failed = importFile(*a, path);
    EXPECT_FALSE(failed);
    EXPECT_TRUE(failed.error().contains(QStringLiteral("1502"))) << failed.error().toStdString(); // the row number
    EXPECT_EQ(a->customers().count(), 1);
    EXPECT_EQ(scalar(*a, QStringLiteral("SELECT count(*) FROM contacts")), 0);
    EXPECT_EQ(*a->customers().nextCode(), QStringLiteral("C000002"));
}

TEST(Importer, DryRunCountsEverythingAndStoresNothing)
{
    TempArchive a;
    const QString path = a.dir.filePath(QStringLiteral("dry.csv"));
    writeTextFile(path, QStringLiteral("客户名称,手机\n甲,13800138000\n,13800138001\n乙,\n"));
    ImportOptions options;
    options.dryRun = true;
    const auto report = importFile(*a, path, options);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->rejected, 1);
    EXPECT_EQ(report->batch, 0);
    EXPECT_EQ(a->customers().count(), 0);
    EXPECT_EQ(ImportUndo::batches(*a)->size(), 0);
}

TEST(Importer, OrdersResolveCustomersByCodeAndUnderstandChineseAmountsAndDates)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("甲公司"), QStringLiteral("A-1")), {}));
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("乙公司"), QStringLiteral("B-1")), {}));
    const QString path = a.dir.filePath(QStringLiteral("orders.csv"));
    writeTextFile(path, QStringLiteral("订单号,客户编号,下单日期,金额,产品\n"
                                       "SO-1,A-1,2024年3月5日,\"¥1,234.50\",轴承\n"
                                       "SO-2,A-1,2024/3/6,88元,\n"
                                       "SO-3,B-1,45356,1.2万,液压阀门\n"
                                       "SO-4,X-9,2024-03-07,100,\n"
                                       "SO-5,B-1,明天,100,\n"));
    ImportOptions options;
    options.target = ImportTarget::Orders;
    const auto report = importFile(*a, path, options);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 3);
    EXPECT_EQ(report->rejected, 2);
    EXPECT_TRUE(problemAt(*report, 5)->reason.contains(QStringLiteral("X-9")));
    EXPECT_EQ(problemAt(*report, 6)->column, QStringLiteral("下单日期"));

    const qint64 a1 = *a->customers().idOfCode(QStringLiteral("A-1"));
    const OrderTotals totals = *a->orders().totalsForCustomer(a1);
    EXPECT_EQ(totals.count, 2);
    EXPECT_EQ(totals.amountCents, 123450 + 8800);
    EXPECT_EQ(totals.firstDate, QDate(2024, 3, 5));
    const auto b1 = *a->orders().forCustomer(*a->customers().idOfCode(QStringLiteral("B-1")));
    ASSERT_EQ(b1.size(), 1);
    EXPECT_EQ(b1[0].date, QDate(2024, 3, 5)); // Excel serial 45356
    EXPECT_EQ(b1[0].amountCents, 1200000);

    // The same order numbers again: updated, and undo puts the old amounts back.
    const QString again = a.dir.filePath(QStringLiteral("orders2.csv"));
    writeTextFile(again, QStringLiteral("订单号,客户编号,日期,金额\nSO-1,A-1,2024-03-05,2000\n"));
    const auto second = importFile(*a, again, options);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->updated, 1);
    EXPECT_EQ(a->orders().totalsForCustomer(a1)->amountCents, 200000 + 8800);
    ASSERT_TRUE(ImportUndo::undo(*a, second->batch));
    EXPECT_EQ(a->orders().totalsForCustomer(a1)->amountCents, 123450 + 8800);
}

TEST(Importer, FollowUpsAreImportedWithTypeAuthorAndNextDate)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("甲公司"), QStringLiteral("A-1")), {}));
    const QString path = a.dir.filePath(QStringLiteral("followups.csv"));
    writeTextFile(path, QStringLiteral("客户编号,跟进时间,跟进方式,跟进内容,跟进人,下次跟进\n"
                                       "A-1,2024-03-05 14:30,拜访,上门演示,zhangwei,2024-03-12\n"
                                       "A-1,2024/3/1,电话,,zhangwei,\n"));
    ImportOptions options;
    options.target = ImportTarget::Interactions;
    const auto report = importFile(*a, path, options);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 2);
    const auto list = *a->interactions().forCustomer(*a->customers().idOfCode(QStringLiteral("A-1")));
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].type, InteractionType::Visit);
    EXPECT_EQ(list[0].content, QStringLiteral("上门演示"));
    EXPECT_EQ(list[0].author, QStringLiteral("zhangwei"));
    EXPECT_EQ(list[0].nextDate, QDate(2024, 3, 12));
    EXPECT_EQ(list[0].happenedAt.toLocalTime(), QDateTime(QDate(2024, 3, 5), QTime(14, 30)));
    EXPECT_EQ(list[1].type, InteractionType::Call);
}

TEST(Importer, AFileWithoutKnownHeadersOrAMappingThatDoesNotFitGetsOneClearMessage)
{
    TempArchive a;
    const QString path = a.dir.filePath(QStringLiteral("unknown.csv"));
    writeTextFile(path, QStringLiteral("foo,bar\n1,2\n"));
    const auto report = importFile(*a, path);
    EXPECT_FALSE(report);
    EXPECT_FALSE(report.error().isEmpty());

    ImportOptions options;
    options.mapping = *ColumnMapping::fromJson(R"({"target":"customers","columns":{"name":"客户名称"}})");
    const auto misfit = importFile(*a, path, options);
    EXPECT_FALSE(misfit);
    EXPECT_TRUE(misfit.error().contains(QStringLiteral("客户名称")));
    EXPECT_EQ(a->customers().count(), 0);
}

TEST(Importer, AFileThatNamesTheSameCustomerTwiceIsUndoneCompletely)
{
    TempArchive a;
    ASSERT_TRUE(a->saveCustomer(makeCustomer(QStringLiteral("已有客户"), QStringLiteral("OLD")), {}));
    const QString path = a.dir.filePath(QStringLiteral("twice.csv"));
    writeTextFile(path, QStringLiteral("编号,名称,城市\nN-1,新客户,杭州市\nN-2,另一个,宁波市\nN-1,新客户,温州市\nOLD,改名了,\n"));
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->updated, 2);
    EXPECT_EQ(a->customers().findByCode(QStringLiteral("N-1"))->city, QStringLiteral("温州市"));

    const auto undone = ImportUndo::undo(*a, report->batch);
    ASSERT_TRUE(undone) << undone.error().toStdString();
    EXPECT_EQ(a->customers().count(), 1);
    EXPECT_EQ(a->customers().findByCode(QStringLiteral("OLD"))->name, QStringLiteral("已有客户"));
}

// The public Febrl test file through the mapping file the issue gives: every record is accounted for.
TEST(Importer, FebrlDatasetImportsWithTheIssuesMappingFile)
{
    const QString path = sharedData(QStringLiteral("febrl/dataset3.csv"));
    QFile raw(path);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly)) << path.toStdString();
    // Independent count of what must be rejected: records with neither given name nor surname.
    int records = 0, nameless = 0;
    raw.readLine(); // header
    while (!raw.atEnd()) {
        const QList<QByteArray> cells = raw.readLine().split(',');
        if (cells.size() < 3)
            continue;
        ++records;
        if (cells[1].trimmed().isEmpty() && cells[2].trimmed().isEmpty())
            ++nameless;
    }

    TempArchive a;
    ImportOptions options;
    options.mapping = *ColumnMapping::fromJson(
        R"({"target": "customers", "columns": {"code": "rec_id", "given_name": "given_name", "family_name": "surname",
            "address": ["street_number", "address_1", "address_2"], "city": "suburb", "postcode": "postcode",
            "province": "state", "birthday": "date_of_birth", "id_number": "soc_sec_id"}})");
    const auto report = importFile(*a, path, options);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->rows, records);
    EXPECT_EQ(report->rejected, nameless);
    EXPECT_EQ(report->imported, records - nameless);
    int badDates = 0;
    for (const ImportProblem& p : report->problems)
        badDates += p.column.trimmed() == QLatin1String("date_of_birth") ? 1 : 0;
    EXPECT_EQ(badDates, 35); // the data README counts 35 impossible birth dates in dataset3
    const Customer org = *a->customers().findByCode(QStringLiteral("rec-1496-org"));
    EXPECT_EQ(org.kind, CustomerKind::Individual);
    EXPECT_FALSE(org.postcode.isEmpty());
}

// Issue 10's check on entry for imports: a row that shares a phone (in any format), an e-mail (in any case) or
// an ID number with a customer already in the archive is imported and flagged with that customer's code;
// a row that repeats an earlier row of the same file is flagged with that row; a new row is not flagged.
TEST(Importer, RowsSharingAPhoneEmailOrIdWithAnExistingCustomerAreFlaggedNotRejected)
{
    TempArchive a;
    Contact contact;
    contact.name = QStringLiteral("李经理");
    contact.mobile = QStringLiteral("13800000001");
    contact.email = QStringLiteral("li@example.cn");
    Customer existing = makeCustomer(QStringLiteral("南京旧客户有限公司"), QStringLiteral("K-1"));
    existing.idNumber = QStringLiteral("11010519491231002X");
    ASSERT_TRUE(a->saveCustomer(existing, {contact}));

    const QString path = a.dir.filePath(QStringLiteral("new.csv"));
    writeTextFile(path, QStringLiteral("名称,手机,邮箱,身份证号\n"
                                       "李四,138 0000 0001,,\n"          // row 2: same mobile, other format
                                       "王五,,LI@Example.CN,\n"          // row 3: same e-mail, other case
                                       "赵六,,,11010519491231002x\n"     // row 4: same ID number
                                       "钱七,13911112222,qian@example.cn,\n" // row 5: new
                                       "钱七二,13911112222,,\n"));       // row 6: same as row 5 only
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 5);
    EXPECT_EQ(report->rejected, 0);
    for (const qint64 row : {2, 3, 4}) {
        const ImportProblem* p = problemAt(*report, row);
        ASSERT_NE(p, nullptr) << "row " << row;
        EXPECT_EQ(p->severity, ImportProblem::Severity::Warning);
        EXPECT_TRUE(p->reason.contains(QStringLiteral("K-1"))) << p->reason.toStdString();
    }
    EXPECT_EQ(problemAt(*report, 5), nullptr);
    const ImportProblem* repeat = problemAt(*report, 6);
    ASSERT_NE(repeat, nullptr);
    EXPECT_EQ(repeat->severity, ImportProblem::Severity::Warning);
    EXPECT_TRUE(repeat->reason.contains(QStringLiteral("row 5 of this file"))) << repeat->reason.toStdString();
    EXPECT_FALSE(repeat->reason.contains(QStringLiteral("K-1")));
    for (qsizetype i = 1; i < report->problems.size(); ++i)
        EXPECT_LE(report->problems[i - 1].row, report->problems[i].row) << "problems stay in row order";
}

// The same customer twice in one sheet, into an empty archive: every repeat is imported and flagged with the
// first row that has the same mobile, e-mail or ID number; rows that only share a name are not.
TEST(Importer, RowsRepeatingAnEarlierRowOfTheSameFileAreFlaggedWithThatRow)
{
    TempArchive a;
    const QString path = a.dir.filePath(QStringLiteral("twice.csv"));
    writeTextFile(path, QStringLiteral("名称,手机,邮箱,身份证号\n"
                                       "张伟,13800138000,zw@example.cn,\n"           // row 2
                                       "张伟,,,\n"                                   // row 3: the name only
                                       "張偉,+86 138-0013-8000,,\n"                  // row 4: row 2's mobile
                                       "Zhang Wei,,ZW@EXAMPLE.CN,\n"                 // row 5: row 2's e-mail
                                       "李娜,13911112222,,11010519491231002X\n"      // row 6
                                       "李娜,13922223333,,11010519491231002x\n"));   // row 7: row 6's ID number
    const auto report = importFile(*a, path);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 6);
    EXPECT_EQ(report->rejected, 0);
    for (const auto& [row, earlier] : {std::pair{4, 2}, std::pair{5, 2}, std::pair{7, 6}}) {
        const ImportProblem* p = problemAt(*report, row);
        ASSERT_NE(p, nullptr) << "row " << row;
        EXPECT_EQ(p->severity, ImportProblem::Severity::Warning);
        EXPECT_TRUE(p->reason.contains(QStringLiteral("row %1 of this file").arg(earlier))) << p->reason.toStdString();
    }
    for (const int row : {2, 3, 6})
        EXPECT_EQ(problemAt(*report, row), nullptr) << "row " << row;
}
