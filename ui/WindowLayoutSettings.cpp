#include "WindowLayoutSettings.h"

#include "CustomerDetailPane.h"
#include "CustomerKind.h"
#include "CustomerListModel.h"
#include "CustomerStage.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

#include <algorithm>

void WindowLayoutSettings::restore(const Parts& parts)
{
    const QSettings settings;
    if (!parts.window->restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        parts.window->resize(1320, 820);
    parts.window->restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!parts.splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        parts.splitter->setSizes({760, 560});
    if (!parts.detail->splitter()->restoreState(
            settings.value(QStringLiteral("mainWindow/detailSplitter")).toByteArray()))
        parts.detail->splitter()->setSizes({440, 340});
    if (!parts.customerView->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("customerList/header")).toByteArray()))
        defaultColumnWidths(parts.customerView);
}

void WindowLayoutSettings::save(const Parts& parts)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), parts.window->saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), parts.window->saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), parts.splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/detailSplitter"), parts.detail->splitter()->saveState());
    settings.setValue(QStringLiteral("customerList/header"),
                      parts.customerView->horizontalHeader()->saveState());
}

void WindowLayoutSettings::defaultColumnWidths(QTableView* view)
{
    // Room for typical content; measuring real rows would fetch pages just to size columns.
    QHeaderView* header = view->horizontalHeader();
    const QAbstractItemModel* model = view->model();
    const QFontMetrics fm(view->font());
    const auto width = [&](const QString& sample, int column) {
        const int title = fm.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + 28;
        return std::max(fm.horizontalAdvance(sample) + 16, title);
    };
    const auto narrower = [&](const QString& a, const QString& b) {
        return fm.horizontalAdvance(a) < fm.horizontalAdvance(b);
    };
    using C = CustomerListModel;
    QString longestKind;
    for (CustomerKind kind : CustomerKinds::all)
        longestKind = std::max(longestKind, CustomerKinds::displayName(kind), narrower);
    QString longestStage;
    for (CustomerStage stage : CustomerStages::all)
        longestStage = std::max(longestStage, CustomerStages::displayName(stage), narrower);
    header->resizeSection(C::Code, width(QStringLiteral("C0000000"), C::Code));
    header->resizeSection(C::Name, width(QStringLiteral("北京华夏科技发展有限公司"), C::Name));
    header->resizeSection(C::Kind, width(longestKind, C::Kind));
    header->resizeSection(C::Stage, width(longestStage, C::Stage));
    header->resizeSection(C::Owner, width(QStringLiteral("zhangwei"), C::Owner));
    header->resizeSection(C::Province, width(QStringLiteral("黑龙江省"), C::Province));
    header->resizeSection(C::City, width(QStringLiteral("乌鲁木齐市"), C::City));
    header->resizeSection(C::Industry, width(QStringLiteral("电子商务服务"), C::Industry));
    header->resizeSection(C::Level, width(QStringLiteral("VIP"), C::Level));
    header->resizeSection(C::Phone, width(QStringLiteral("138 0013 8000"), C::Phone));
    header->resizeSection(C::UpdatedAt, width(QStringLiteral("2024-12-31 23:59"), C::UpdatedAt));
    header->setSortIndicator(C::Name, Qt::AscendingOrder);
}
