#include "ArchiveExporter.h"
#include "CsvWriter.h"
#include "DemoGenerator.h"
#include "ImportField.h"
#include "TempArchive.h"
#include "XlsxTableWriter.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

namespace {
using Table = QList<QStringList>;

// A small RFC 4180 reader, independent of the importer's, so the two cannot agree on the same mistake.
Table parseCsv(const QString& text)
{
    Table rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Table readUtf8Csv(const QString& path)
{
    const QByteArray bytes = readAll(path);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no UTF-8 byte order mark";
    return parseCsv(QString::fromUtf8(bytes.mid(3)));
}

QByteArray zipEntry(const QString& path, const QString& entry)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry))
        return {};
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList headersOf(ImportTarget target)
{
    QStringList headers;
    for (const ImportField& field : ImportFields::forTarget(target))
        headers.append(field.header());
    return headers;
}

int column(ImportTarget target, const char* key)
{
    const auto& fields = ImportFields::forTarget(target);
    for (int i = 0; i < fields.size(); ++i)
        if (fields.at(i).key == QLatin1String(key))
            return i;
    ADD_FAILURE() << "no field " << key;
    return 0;
}

// One customer with every exported field filled in, plus an order and a follow-up.
struct FullCustomer {
    explicit FullCustomer(Archive& archive)
    {
        EXPECT_TRUE(archive.customFields().define({0, QStringLiteral("信用额度"), CustomFieldType::Number, {}}));
        Customer c;
        c.code = QStringLiteral("C000042");
        c.name = QStringLiteral("王芳");
        c.kind = CustomerKind::Individual;
        c.familyName = QStringLiteral("王");
        c.givenName = QStringLiteral("芳");
        c.company = QStringLiteral("杭州西湖茶业有限公司");
        c.industry = QStringLiteral("茶叶");
        c.province = QStringLiteral("浙江");
        c.city = QStringLiteral("杭州");
        c.address = QStringLiteral("西湖区龙井路1号, 3楼");
        c.postcode = QStringLiteral("010020"); // leading zero must survive
        c.source = QStringLiteral("展会");
        c.level = QStringLiteral("A");
        c.stage = CustomerStage::Active;
        c.owner = QStringLiteral("zhangwei");
        c.tags = {QStringLiteral("重点客户"), QStringLiteral("老客户")};
        c.notes = QStringLiteral("喜欢\"明前\"龙井\n第二行");
        c.birthday = QDate(1990, 5, 17);
        c.idNumber = QStringLiteral("330106199005170023");
        c.renewalDate = QDate(2026, 9, 1);
        c.customFields.insert(QStringLiteral("信用额度"), QStringLiteral("50000"));
        Contact other;
        other.name = QStringLiteral("李助理");
        other.mobile = QStringLiteral("13900139000");
        Contact primary;
        primary.name = QStringLiteral("王芳");
        primary.title = QStringLiteral("总经理");
        primary.mobile = QStringLiteral("138-0013-8000");
        primary.phone = QStringLiteral("0571-87654321");
        primary.email = QStringLiteral("wangfang@example.com");
        primary.wechat = QStringLiteral("wf_tea");
        primary.isPrimary = true;
        auto saved = archive.saveCustomer(c, {other, primary});
        EXPECT_TRUE(saved) << saved.error().toStdString();
        id = saved ? saved->id : 0;

        Order o;
        o.customerId = id;
        o.orderNo = QStringLiteral("SO-0001");
        o.date = QDate(2024, 3, 5);
        o.amountCents = 123450;
        o.product = QStringLiteral("明前龙井 x2");
        EXPECT_TRUE(archive.orders().insert(o));

        Interaction in;
        in.customerId = id;
        in.type = InteractionType::Visit;
        in.happenedAt = QDateTime(QDate(2024, 3, 5), QTime(8, 30), Qt::UTC);
        in.author = QStringLiteral("zhangwei");
        in.content = QStringLiteral("上门拜访, 谈续约");
        in.nextDate = QDate(2024, 4, 1);
        EXPECT_TRUE(archive.interactions().insert(in));
    }
    qint64 id = 0;
};

ExportOptions optionsFor(ImportTarget target)
{
    ExportOptions options;
    options.target = target;
    return options;
}

DemoGenerator::Options demo(qint64 customers)
{
    DemoGenerator::Options options;
    options.customers = customers;
    options.seed = 3;
    options.today = QDate(2024, 6, 30);
    return options;
}
} // namespace

TEST(CsvWriter, QuotesOnlyFieldsThatNeedIt)
{
    EXPECT_EQ(CsvWriter::quoted(QStringLiteral("张伟")), QStringLiteral("张伟"));
    EXPECT_EQ(CsvWriter::quoted(QStringLiteral("+8613800138000")), QStringLiteral("+8613800138000"));
    EXPECT_EQ(CsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::quoted(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
    EXPECT_EQ(CsvWriter::quoted(QStringLiteral(" padded ")), QStringLiteral("\" padded \""));
}

TEST(ArchiveExporter, CustomersCsvHasBomTranslatedHeadersAndReimportableValues)
{
    TempArchive a;
    FullCustomer full(*a);
    const QString path = a.dir.filePath(QStringLiteral("客户.csv"));
    const auto written = ArchiveExporter::exportTo(*a, path, optionsFor(ImportTarget::Customers));
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_EQ(*written, 1);

    const QByteArray bytes = readAll(path);
    EXPECT_TRUE(bytes.contains("\r\n")) << "Excel-friendly CRLF line ends";
    const Table table = readUtf8Csv(path);
    ASSERT_EQ(table.size(), 2);
    EXPECT_EQ(table.at(0), headersOf(ImportTarget::Customers) + QStringList{QStringLiteral("信用额度")});
    const QStringList& row = table.at(1);
    ASSERT_EQ(row.size(), table.at(0).size());
    for (int i = 0; i < row.size(); ++i)
        EXPECT_FALSE(row.at(i).isEmpty()) << "empty column " << table.at(0).at(i).toStdString();

    const auto at = [&](const char* key) { return row.at(column(ImportTarget::Customers, key)); };
    EXPECT_EQ(at("code"), QStringLiteral("C000042"));
    EXPECT_EQ(at("kind"), QStringLiteral("individual")); // keys, not translated names
    EXPECT_EQ(at("stage"), QStringLiteral("active"));
    EXPECT_EQ(at("contact_name"), QStringLiteral("王芳")); // the primary contact, not the first added
    EXPECT_EQ(at("mobile"), QStringLiteral("+8613800138000"));
    EXPECT_EQ(at("phone"), QStringLiteral("+8657187654321"));
    EXPECT_EQ(at("postcode"), QStringLiteral("010020"));
    EXPECT_EQ(at("tags"), QStringLiteral("老客户, 重点客户")); // joined with ", ", sorted as stored
    EXPECT_EQ(at("birthday"), QStringLiteral("1990-05-17"));
    EXPECT_EQ(at("renewal_date"), QStringLiteral("2026-09-01"));
    EXPECT_EQ(at("address"), QStringLiteral("西湖区龙井路1号, 3楼"));
    EXPECT_EQ(at("notes"), QStringLiteral("喜欢\"明前\"龙井\n第二行"));
    EXPECT_EQ(at("owner"), QStringLiteral("zhangwei"));
    EXPECT_EQ(row.last(), QStringLiteral("50000"));
}

TEST(ArchiveExporter, Gb18030CsvHoldsTheSameTextWithoutBom)
{
    TempArchive a;
    FullCustomer full(*a);
    const QString utf8 = a.dir.filePath(QStringLiteral("u.csv"));
    const QString gb = a.dir.filePath(QStringLiteral("g.csv"));
    ExportOptions options = optionsFor(ImportTarget::Customers);
    ASSERT_TRUE(ArchiveExporter::exportTo(*a, utf8, options));
    options.csvEncoding = QStringLiteral("gb18030");
    ASSERT_TRUE(ArchiveExporter::exportTo(*a, gb, options));

    const QByteArray gbBytes = readAll(gb);
    EXPECT_FALSE(gbBytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(gbBytes.contains(QByteArray::fromHex("cdf5b7bc"))) << "王芳 in GB18030";
    QStringDecoder decoder("GB18030");
    const QString gbText = decoder.decode(gbBytes);
    EXPECT_EQ(gbText, QString::fromUtf8(readAll(utf8).mid(3)));

    options.csvEncoding = QStringLiteral("latin1");
    const auto refused = ArchiveExporter::exportTo(*a, gb, options);
    EXPECT_FALSE(refused);
    EXPECT_EQ(refused.errorKind(), ErrorKind::Usage);
}

TEST(ArchiveExporter, OrdersCsvWritesIsoDatesAndYuanWithTwoDecimals)
{
    TempArchive a;
    FullCustomer full(*a);
    const QString path = a.dir.filePath(QStringLiteral("orders.csv"));
    ASSERT_TRUE(ArchiveExporter::exportTo(*a, path, optionsFor(ImportTarget::Orders)));
    const Table table = readUtf8Csv(path);
    ASSERT_EQ(table.size(), 2);
    EXPECT_EQ(table.at(0), headersOf(ImportTarget::Orders));
    const QStringList expected = {QStringLiteral("SO-0001"), QStringLiteral("C000042"), QStringLiteral("2024-03-05"),
                                  QStringLiteral("1234.50"), QStringLiteral("CNY"), QStringLiteral("明前龙井 x2")};
    EXPECT_EQ(table.at(1), expected);
}

TEST(ArchiveExporter, FollowUpsCsvWritesLocalTimeAndTypeKey)
{
    TempArchive a;
    FullCustomer full(*a);
    const QString path = a.dir.filePath(QStringLiteral("followups.csv"));
    ASSERT_TRUE(ArchiveExporter::exportTo(*a, path, optionsFor(ImportTarget::Interactions)));
    const Table table = readUtf8Csv(path);
    ASSERT_EQ(table.size(), 2);
    EXPECT_EQ(table.at(0), headersOf(ImportTarget::Interactions));
    const QString local = QDateTime(QDate(2024, 3, 5), QTime(8, 30), Qt::UTC)
                              .toLocalTime()
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QStringList expected = {QStringLiteral("C000042"), local,           QStringLiteral("visit"),
                                  QStringLiteral("上门拜访, 谈续约"), QStringLiteral("zhangwei"), QStringLiteral("2024-04-01")};
    EXPECT_EQ(table.at(1), expected);
}

TEST(ArchiveExporter, FilterRestrictsCustomersAndTheirOrdersInCodeOrder)
{
    TempArchive a;
    ASSERT_TRUE(DemoGenerator::generate(*a, demo(300)));
    ExportOptions options = optionsFor(ImportTarget::Customers);
    options.filter.stage = CustomerStage::Active;
    const auto expectedIds = a->customers().listIds(options.filter, CustomerSortKey::Code);
    ASSERT_TRUE(expectedIds);
    ASSERT_GT(expectedIds->size(), 0);
    ASSERT_LT(expectedIds->size(), 300);

    const QString path = a.dir.filePath(QStringLiteral("active.csv"));
    const auto written = ArchiveExporter::exportTo(*a, path, options);
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_EQ(*written, expectedIds->size());
    const Table table = readUtf8Csv(path);
    ASSERT_EQ(table.size(), expectedIds->size() + 1);
    const int stage = column(ImportTarget::Customers, "stage");
    const int code = column(ImportTarget::Customers, "code");
    for (qsizetype i = 1; i < table.size(); ++i) {
        EXPECT_EQ(table.at(i).at(stage), QStringLiteral("active"));
        EXPECT_EQ(table.at(i).at(code), a->customers().findById(expectedIds->at(i - 1))->code);
    }

    options.target = ImportTarget::Orders;
    const QString orders = a.dir.filePath(QStringLiteral("active-orders.csv"));
    const auto orderCount = ArchiveExporter::exportTo(*a, orders, options);
    ASSERT_TRUE(orderCount);
    qint64 expectedOrders = 0;
    for (qint64 id : *expectedIds)
        expectedOrders += a->orders().forCustomer(id)->size();
    EXPECT_EQ(*orderCount, expectedOrders);
    const Table orderTable = readUtf8Csv(orders);
    const int customerCode = column(ImportTarget::Orders, "customer_code");
    for (qsizetype i = 2; i < orderTable.size(); ++i)
        EXPECT_LE(orderTable.at(i - 1).at(customerCode), orderTable.at(i).at(customerCode)) << "customer code order";
}

TEST(ArchiveExporter, XlsxKeepsPhonesAndCodesAsTextAndDatesAsDates)
{
    TempArchive a;
    FullCustomer full(*a);
    const QString path = a.dir.filePath(QStringLiteral("客户.xlsx"));
    const auto written = ArchiveExporter::exportTo(*a, path, optionsFor(ImportTarget::Customers));
    ASSERT_TRUE(written) << written.error().toStdString();

    const QString sheet = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    ASSERT_FALSE(sheet.isEmpty());
    // Strings are written inline (constant-memory mode); a phone must never be a <v> number.
    EXPECT_TRUE(sheet.contains(QStringLiteral("<is><t>+8613800138000</t></is>")));
    EXPECT_FALSE(sheet.contains(QStringLiteral("<v>8613800138000</v>")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<is><t>010020</t></is>")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<is><t>C000042</t></is>")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<t>") + ImportFields::forTarget(ImportTarget::Customers).first().header()));
    // Birthday as a real Excel date: the serial number of 1990-05-17.
    const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(1990, 5, 17));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>%1</v>").arg(serial)));
    EXPECT_TRUE(sheet.contains(QStringLiteral("ySplit=\"1\""))) << "header row frozen";
    EXPECT_TRUE(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<cols>")));
    const QString styles = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("yyyy-mm-dd")));

    const QString orders = a.dir.filePath(QStringLiteral("orders.xlsx"));
    ASSERT_TRUE(ArchiveExporter::exportTo(*a, orders, optionsFor(ImportTarget::Orders)));
    const QString orderSheet = QString::fromUtf8(zipEntry(orders, QStringLiteral("xl/worksheets/sheet1.xml")));
    EXPECT_TRUE(orderSheet.contains(QStringLiteral("<v>1234.5</v>"))) << "amount as a number";
    EXPECT_TRUE(QString::fromUtf8(zipEntry(orders, QStringLiteral("xl/styles.xml"))).contains(QStringLiteral("numFmtId=\"2\""))) << "built-in 0.00";
}

TEST(ArchiveExporter, XlsxRefusesMoreRowsThanASheetHolds)
{
    TempArchive a;
    XlsxTableWriter writer(a.dir.filePath(QStringLiteral("big.xlsx")), QStringLiteral("Customers"));
    const Status status = writer.open({QStringLiteral("Code")}, XlsxTableWriter::maxDataRows + 1);
    EXPECT_FALSE(status);
    EXPECT_TRUE(status.error().contains(QStringLiteral("CSV")));
    EXPECT_FALSE(QFile::exists(a.dir.filePath(QStringLiteral("big.xlsx"))));
}

TEST(ArchiveExporter, UnknownExtensionIsRefused)
{
    TempArchive a;
    const auto result = ArchiveExporter::exportTo(*a, a.dir.filePath(QStringLiteral("x.txt")), {});
    EXPECT_FALSE(result);
    EXPECT_EQ(result.errorKind(), ErrorKind::Usage);
}

TEST(ArchiveExporter, CancelLeavesTheOlderFileIntactAndNoPartialFile)
{
    TempArchive a;
    ASSERT_TRUE(DemoGenerator::generate(*a, demo(2500)));
    for (const QString& name : {QStringLiteral("old.csv"), QStringLiteral("old.xlsx")}) {
        const QString path = a.dir.filePath(name);
        {
            QFile old(path);
            ASSERT_TRUE(old.open(QIODevice::WriteOnly));
            old.write("older export");
        }
        const QStringList before = QDir(a.dir.path()).entryList(QDir::Files);
        qint64 calls = 0;
        const auto result = ArchiveExporter::exportTo(*a, path, optionsFor(ImportTarget::Customers),
                                                      [&](qint64 done, qint64 total) {
                                                          ++calls;
                                                          EXPECT_EQ(total, 2500);
                                                          return done < 1000;
                                                      });
        EXPECT_FALSE(result) << name.toStdString();
        EXPECT_EQ(calls, 2);
        EXPECT_EQ(readAll(path), QByteArray("older export"));
        EXPECT_EQ(QDir(a.dir.path()).entryList(QDir::Files), before) << "no temporary file left";

        // Not cancelled: the old file is replaced by the complete export.
        qint64 lastDone = 0;
        const auto done = ArchiveExporter::exportTo(*a, path, optionsFor(ImportTarget::Customers),
                                                    [&](qint64 d, qint64) { lastDone = d; return true; });
        ASSERT_TRUE(done) << done.error().toStdString();
        EXPECT_EQ(*done, 2500);
        EXPECT_EQ(lastDone, 2500);
        EXPECT_NE(readAll(path), QByteArray("older export"));
        EXPECT_EQ(QDir(a.dir.path()).entryList(QDir::Files), before);
    }
}
