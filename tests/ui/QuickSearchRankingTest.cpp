#include "CustomerListModel.h"
#include "SearchHighlightDelegate.h"
#include "UiTestArchive.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <gtest/gtest.h>

namespace {
QStringList names(const CustomerListModel& model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, CustomerListModel::Name)).toString());
    return values;
}
} // namespace

TEST(QuickSearchRanking, BestMatchesComeFirstUntilAColumnIsChosen)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("阿张贸易"));          // contains 张 (pinyin order first)
    archive.add(QStringLiteral("张伟"));
    archive.add(QStringLiteral("张伟军"));
    CustomerListModel model;
    model.setArchive(archive.get());
    model.sort(CustomerListModel::Name, Qt::AscendingOrder);

    CustomerFilter filter;
    filter.quickSearch = QStringLiteral("zhangwei");
    model.setFilter(filter);
    EXPECT_TRUE(model.sortedByRelevance());
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("张伟"), QStringLiteral("张伟军")}));

    filter.quickSearch = QStringLiteral("张伟");
    model.setFilter(filter);
    EXPECT_EQ(names(model).value(0), QStringLiteral("张伟")); // the exact name before the longer one

    // A header click sorts what was found by that column.
    filter.quickSearch = QStringLiteral("张");
    model.setFilter(filter);
    EXPECT_EQ(names(model).value(0), QStringLiteral("张伟"));
    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    EXPECT_FALSE(model.sortedByRelevance());
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("张伟军"), QStringLiteral("张伟"), QStringLiteral("阿张贸易")}));
}

TEST(QuickSearchRanking, TheMatchedPartIsPaintedDifferently)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("北京华为科技"));
    CustomerListModel model;
    model.setArchive(archive.get());
    SearchHighlightDelegate delegate(&model);
    QTableView view;
    view.setModel(&model);

    auto render = [&] {
        QImage image(300, 30, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = image.rect();
        option.widget = &view;
        delegate.paint(&painter, option, model.index(0, CustomerListModel::Name));
        return image;
    };
    const QImage plain = render();
    CustomerFilter filter;
    filter.quickSearch = QStringLiteral("huawei");
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 1);
    const QImage highlighted = render();
    EXPECT_NE(plain, highlighted);
    // The highlight colour is there only with a search.
    bool marked = false;
    for (int y = 0; y < highlighted.height() && !marked; ++y)
        for (int x = 0; x < highlighted.width() && !marked; ++x)
            marked = highlighted.pixelColor(x, y) == QColor(0xFF, 0xF1, 0x76);
    EXPECT_TRUE(marked);
}
