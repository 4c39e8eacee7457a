#include "CustomerListModel.h"
#include "UiTestArchive.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <gtest/gtest.h>

namespace {
QStringList column(const CustomerListModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, column)).toString());
    return values;
}
} // namespace

TEST(CustomerListModel, ShowsEveryCustomerOfTheArchive)
{
    UiTestArchive archive;
    archive.addMany(300);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setArchive(archive.get());

    EXPECT_EQ(model.rowCount(), 300);
    EXPECT_EQ(model.totalCount(), 300);
    EXPECT_EQ(model.columnCount(), CustomerListModel::ColumnCount);
    EXPECT_EQ(model.headerData(CustomerListModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
    // Sorted by name by default; the last row comes from a later page than the first.
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Name)).toString(), QStringLiteral("客户0000"));
    EXPECT_EQ(model.data(model.index(299, CustomerListModel::Name)).toString(), QStringLiteral("客户0299"));
    EXPECT_EQ(model.data(model.index(1, CustomerListModel::Stage)).toString(),
              CustomerStages::displayName(CustomerStage::Customer));
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Kind)).toString(),
              CustomerKinds::displayName(CustomerKind::Company));
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Owner)).toString(), QStringLiteral("wangfang"));
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Province)).toString(), QStringLiteral("广东省"));
    // Phones are stored as E.164 and shown the way people write them.
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Phone)).toString(), QStringLiteral("138 0013 0000"));
    EXPECT_FALSE(model.data(model.index(0, CustomerListModel::UpdatedAt)).toString().isEmpty());
    EXPECT_FALSE(model.data(model.index(0, CustomerListModel::Code)).toString().isEmpty());
}

TEST(CustomerListModel, FetchesRowsPageByPageOnlyWhenAsked)
{
    UiTestArchive archive;
    archive.addMany(CustomerListModel::PageSize * 2 + 10);
    CustomerListModel model;
    model.setArchive(archive.get());
    EXPECT_EQ(model.fetchedPageCount(), 0) << "listing must not fetch row contents";

    for (int col = 0; col < model.columnCount(); ++col)
        model.data(model.index(0, col));
    model.data(model.index(CustomerListModel::PageSize - 1, CustomerListModel::Name));
    EXPECT_EQ(model.fetchedPageCount(), 1) << "rows of one page come from one fetch";

    model.data(model.index(model.rowCount() - 1, CustomerListModel::Name));
    EXPECT_EQ(model.fetchedPageCount(), 2) << "the middle page was never looked at";
    model.data(model.index(3, CustomerListModel::Code));
    EXPECT_EQ(model.fetchedPageCount(), 2) << "pages are cached";
}

TEST(CustomerListModel, SortsNamesInPinyinOrder)
{
    UiTestArchive archive;
    for (const char* name : {"张三", "百度", "阿里", "腾讯", "北京银行"})
        archive.add(QString::fromUtf8(name));
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setArchive(archive.get());

    model.sort(CustomerListModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(column(model, CustomerListModel::Name),
              QStringList({QStringLiteral("阿里"), QStringLiteral("百度"), QStringLiteral("北京银行"),
                           QStringLiteral("腾讯"), QStringLiteral("张三")}));
    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(column(model, CustomerListModel::Name).constFirst(), QStringLiteral("张三"));
    EXPECT_EQ(column(model, CustomerListModel::Name).constLast(), QStringLiteral("阿里"));
}

TEST(CustomerListModel, SortingKeepsPersistentIndexesOnTheSameCustomer)
{
    UiTestArchive archive;
    for (const char* name : {"张三", "百度", "阿里"})
        archive.add(QString::fromUtf8(name));
    CustomerListModel model;
    model.setArchive(archive.get());
    model.sort(CustomerListModel::Name, Qt::AscendingOrder);
    const QPersistentModelIndex zhang(model.index(2, CustomerListModel::Name));
    ASSERT_EQ(zhang.data().toString(), QStringLiteral("张三"));

    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(zhang.row(), 0);
    EXPECT_EQ(zhang.data().toString(), QStringLiteral("张三"));
}

TEST(CustomerListModel, SortsByEveryColumn)
{
    UiTestArchive archive;
    archive.addMany(40);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setArchive(archive.get());
    for (int col = 0; col < CustomerListModel::ColumnCount; ++col) {
        model.sort(col, Qt::DescendingOrder);
        EXPECT_EQ(model.rowCount(), 40) << "column " << col;
        EXPECT_EQ(model.sortColumn(), col);
    }
    model.sort(CustomerListModel::Owner, Qt::AscendingOrder);
    const QStringList owners = column(model, CustomerListModel::Owner);
    QStringList sorted = owners;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(owners, sorted);
}

TEST(CustomerListModel, FiltersReduceTheRowsToTheMatchingCustomers)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("阿里巴巴"), CustomerStage::Active, QStringLiteral("wangfang"),
                QStringLiteral("13800138000"), QStringLiteral("浙江省"));
    archive.add(QStringLiteral("百度"), CustomerStage::Lead, QStringLiteral("lina"), QStringLiteral("13900139000"),
                QStringLiteral("北京市"));
    archive.add(QStringLiteral("北京银行"), CustomerStage::Active, QString(), QStringLiteral("01012345678"),
                QStringLiteral("北京市"));
    archive.add(QStringLiteral("张三"), CustomerStage::Lost, QStringLiteral("wangfang"));
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setArchive(archive.get());
    ASSERT_EQ(model.rowCount(), 4);

    CustomerFilter filter;
    filter.stage = CustomerStage::Active;
    model.setFilter(filter);
    EXPECT_EQ(column(model, CustomerListModel::Name), QStringList({QStringLiteral("阿里巴巴"), QStringLiteral("北京银行")}));
    EXPECT_EQ(model.totalCount(), 4);

    filter = {};
    filter.owner = QStringLiteral("wangfang");
    model.setFilter(filter);
    EXPECT_EQ(column(model, CustomerListModel::Name), QStringList({QStringLiteral("阿里巴巴"), QStringLiteral("张三")}));

    filter.owner = QStringLiteral("-");
    model.setFilter(filter);
    EXPECT_EQ(column(model, CustomerListModel::Name), QStringList({QStringLiteral("北京银行")}));

    filter = {};
    filter.quickSearch = QStringLiteral("北京");
    model.setFilter(filter);
    EXPECT_EQ(column(model, CustomerListModel::Name), QStringList({QStringLiteral("北京银行")}));

    // Phone numbers are found however they are typed.
    filter.quickSearch = QStringLiteral("139-0013");
    model.setFilter(filter);
    EXPECT_EQ(column(model, CustomerListModel::Name), QStringList({QStringLiteral("百度")}));

    filter = {};
    filter.province = QStringLiteral("北京市");
    filter.stage = CustomerStage::Lead;
    model.setFilter(filter);
    EXPECT_EQ(column(model, CustomerListModel::Name), QStringList({QStringLiteral("百度")}));

    filter.quickSearch = QStringLiteral("没有这个客户");
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CustomerListModel, RefreshShowsChangesAndEmitsCounts)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("百度"));
    CustomerListModel model;
    model.setArchive(archive.get());
    int shown = -1;
    int total = -1;
    QObject::connect(&model, &CustomerListModel::countsChanged, [&](int s, int t) {
        shown = s;
        total = t;
    });
    archive.add(QStringLiteral("阿里"));
    model.refresh();
    EXPECT_EQ(shown, 2);
    EXPECT_EQ(total, 2);
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Name)).toString(), QStringLiteral("阿里"));
    EXPECT_EQ(model.rowOfId(model.idAt(1)), 1);
    EXPECT_EQ(model.data(model.index(1, 0), CustomerListModel::IdRole).toLongLong(), model.idAt(1));
}

TEST(CustomerListModel, DetachedModelIsEmpty)
{
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.sort(CustomerListModel::Code, Qt::DescendingOrder);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 0);
}
