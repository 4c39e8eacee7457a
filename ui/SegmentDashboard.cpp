#include "SegmentDashboard.h"

#include "Archive.h"
#include "ChartAxes.h"
#include "ArchiveTask.h"
#include "ChurnRiskModel.h"
#include "DashboardLoader.h"
#include "RfmSegmenter.h"
#include "SegmentSnapshotRepository.h"
#include "SegmentWorker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// Bars beyond these are summed into one "Others" bar, so that labels stay readable.
constexpr int maxBreakdownBars = 15;
constexpr int maxSnapshotsShown = 12;

QString yuan(double cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2);
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

const QList<SegmentName>& abcNames()
{
    static const QList<SegmentName> names = {
        {"A", QT_TRANSLATE_NOOP("SegmentDashboard", "A"), "A类客户"},
        {"B", QT_TRANSLATE_NOOP("SegmentDashboard", "B"), "B类客户"},
        {"C", QT_TRANSLATE_NOOP("SegmentDashboard", "C"), "C类客户"},
        {"no_orders", QT_TRANSLATE_NOOP("SegmentDashboard", "No orders"), "无订单客户"},
    };
    return names;
}

// The segment names of a model in its order, spelled as the CLI and the snapshots store them.
QStringList storedNames(SegmentModelKind kind)
{
    QStringList names;
    if (kind == SegmentModelKind::Rfm8) {
        // Show the important classes first, as the issue lists them.
        static const int order[] = {7, 5, 3, 1, 6, 4, 2, 0, 8};
        for (int i : order)
            names << QString::fromUtf8(RfmSegmenter::rfm8Segments()[i].chinese);
    } else if (kind == SegmentModelKind::Abc) {
        for (const SegmentName& n : abcNames())
            names << QString::fromLatin1(n.key);
    } else {
        for (const SegmentName& n : RfmSegmenter::rfm5Segments())
            names << QString::fromLatin1(n.key);
    }
    return names;
}
} // namespace

SegmentDashboard::SegmentDashboard(QString archivePath, QWidget* parent)
    : QDialog(parent), m_archivePath(std::move(archivePath))
{
    setWindowTitle(tr("Segments"));
    setObjectName(QStringLiteral("segmentDashboard"));

    m_modelCombo = new QComboBox(this);
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    m_modelCombo->addItem(tr("RFM (5 scores)"), int(SegmentModelKind::Rfm5));
    m_modelCombo->addItem(tr("RFM (8 classes)"), int(SegmentModelKind::Rfm8));
    m_modelCombo->addItem(tr("ABC tiers"), int(SegmentModelKind::Abc));

    m_asOfEdit = new QDateEdit(QDate::currentDate(), this);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setCalendarPopup(true);

    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // busy, no known end
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto* modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_modelCombo);
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOfEdit);

    auto* top = new QHBoxLayout;
    top->addWidget(modelLabel);
    top->addWidget(m_modelCombo);
    top->addSpacing(12);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOfEdit);
    top->addWidget(m_refreshButton);
    top->addWidget(m_busy);
    top->addWidget(m_status, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(makeSegmentsTab(), tr("Segments"));
    m_tabs->addTab(makeSnapshotsTab(), tr("Over time"));
    m_tabs->addTab(makeChurnTab(), tr("Churn risk"));
    m_tabs->addTab(makeCustomersTab(), tr("Province and industry"));
    m_tabs->addTab(makeFollowUpsTab(), tr("Follow-ups"));

    auto* hint = new QLabel(tr("Click a bar or a cell to show its customers in the customer list."), this);
    hint->setObjectName(QStringLiteral("clickHint"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(1100, 860);

    connect(m_refreshButton, &QPushButton::clicked, this, &SegmentDashboard::refresh);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, [this] {
        showStats();
        showSnapshots();
    });

    showStats();
    showDetails();
    refresh();
}

SegmentDashboard::~SegmentDashboard() = default; // the workers cancel and wait

QChartView* SegmentDashboard::makeView(const QString& name)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setTitleFont(ChartAxes::font());
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 300);
    return view;
}

QWidget* SegmentDashboard::makeSegmentsTab()
{
    auto* page = new QWidget(this);
    m_countView = makeView(QStringLiteral("countChartView"));
    m_revenueView = makeView(QStringLiteral("revenueChartView"));

    m_heatMap = new QTableWidget(5, 5, page);
    m_heatMap->setObjectName(QStringLiteral("rfHeatMap"));
    m_heatMap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatMap->setSelectionMode(QAbstractItemView::NoSelection);
    m_heatMap->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heatMap->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList columns;
    QStringList rows;
    for (int i = 1; i <= 5; ++i) {
        columns << tr("F = %1").arg(i);
        rows << tr("R = %1").arg(6 - i); // the most recent customers on top
    }
    m_heatMap->setHorizontalHeaderLabels(columns);
    m_heatMap->setVerticalHeaderLabels(rows);
    m_heatMap->setMinimumSize(420, 180);
    connect(m_heatMap, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (!m_hasStats)
            return;
        const int r = 5 - row;
        const int f = column + 1;
        emit customersChosen(tr("R = %1, F = %2").arg(r).arg(f), m_stats.customersInCell(r, f));
    });

    auto* heatBox = new QVBoxLayout;
    auto* heatTitle = new QLabel(tr("Customers by recency (R) and frequency (F) score; darker = higher average "
                                    "revenue per customer"),
                                 page);
    heatTitle->setWordWrap(true);
    heatBox->addWidget(heatTitle);
    heatBox->addWidget(m_heatMap);

    auto* grid = new QGridLayout(page);
    grid->addWidget(m_countView, 0, 0);
    grid->addWidget(m_revenueView, 0, 1);
    grid->addLayout(heatBox, 1, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    return page;
}

QWidget* SegmentDashboard::makeSnapshotsTab()
{
    auto* page = new QWidget(this);
    m_snapshotView = makeView(QStringLiteral("snapshotChartView"));
    m_snapshotView->chart()->legend()->setVisible(true);
    m_snapshotView->chart()->legend()->setAlignment(Qt::AlignRight);
    m_snapshotView->chart()->legend()->setFont(ChartAxes::font());

    m_snapshotButton = new QPushButton(tr("&Take Snapshot"), page);
    m_snapshotButton->setObjectName(QStringLiteral("snapshotButton"));
    m_snapshotButton->setToolTip(tr("Store every customer's segment in the chosen model for the as-of date"));
    connect(m_snapshotButton, &QPushButton::clicked, this, &SegmentDashboard::takeSnapshot);

    m_fromCombo = new QComboBox(page);
    m_fromCombo->setObjectName(QStringLiteral("fromSnapshot"));
    m_toCombo = new QComboBox(page);
    m_toCombo->setObjectName(QStringLiteral("toSnapshot"));
    auto* compare = new QPushButton(tr("&Compare"), page);
    compare->setObjectName(QStringLiteral("compareButton"));
    connect(compare, &QPushButton::clicked, this, [this] {
        compareSnapshots(m_fromCombo->currentData().toLongLong(), m_toCombo->currentData().toLongLong());
    });
    m_moveCombo = new QComboBox(page);
    m_moveCombo->setObjectName(QStringLiteral("moveFilter"));
    m_moveCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_moveCombo, &QComboBox::currentIndexChanged, this, &SegmentDashboard::showChanges);
    auto* showInList = new QPushButton(tr("Show in &List"), page);
    showInList->setObjectName(QStringLiteral("showMovesButton"));
    connect(showInList, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (int row = 0; row < m_changes->rowCount(); ++row)
            ids << m_changes->item(row, 0)->data(Qt::UserRole).toLongLong();
        emit customersChosen(m_moveCombo->currentIndex() > 0 ? m_moveCombo->currentText() : tr("Moved customers"), ids);
    });

    m_changes = new QTableWidget(0, 4, page);
    m_changes->setObjectName(QStringLiteral("changesTable"));
    m_changes->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("From"), tr("To")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->verticalHeader()->hide();
    m_changesStatus = new QLabel(page);
    m_changesStatus->setObjectName(QStringLiteral("changesStatus"));

    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_snapshotButton);
    row1->addStretch(1);
    auto* row2 = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("F&rom:"), page);
    fromLabel->setBuddy(m_fromCombo);
    auto* toLabel = new QLabel(tr("&To:"), page);
    toLabel->setBuddy(m_toCombo);
    row2->addWidget(fromLabel);
    row2->addWidget(m_fromCombo);
    row2->addWidget(toLabel);
    row2->addWidget(m_toCombo);
    row2->addWidget(compare);
    row2->addSpacing(12);
    row2->addWidget(m_moveCombo);
    row2->addWidget(showInList);
    row2->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row1);
    layout->addWidget(m_snapshotView, 3);
    layout->addLayout(row2);
    layout->addWidget(m_changesStatus);
    layout->addWidget(m_changes, 2);
    return page;
}

QWidget* SegmentDashboard::makeChurnTab()
{
    auto* page = new QWidget(this);
    m_churnModel = new ChurnRiskModel(this);
    m_churnView = new QTableView(page);
    m_churnView->setObjectName(QStringLiteral("churnView"));
    m_churnView->setModel(m_churnModel);
    m_churnView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_churnView->horizontalHeader()->setSectionResizeMode(ChurnRiskModel::Name, QHeaderView::Stretch);
    m_churnView->verticalHeader()->hide();
    m_churnStatus = new QLabel(page);
    m_churnStatus->setObjectName(QStringLiteral("churnStatus"));
    m_churnStatus->setWordWrap(true);
    auto* showAll = new QPushButton(tr("Show in &List"), page);
    showAll->setObjectName(QStringLiteral("showChurnButton"));
    connect(showAll, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (const ChurnRow& row : m_churnModel->rows())
            ids << row.customerId;
        emit customersChosen(tr("Churn risk"), ids);
    });
    connect(m_churnView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const ChurnRow& row = m_churnModel->rows().at(index.row());
        emit customersChosen(row.code, {row.customerId});
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_churnStatus, 1);
    top->addWidget(showAll);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_churnView, 1);
    return page;
}

QWidget* SegmentDashboard::makeCustomersTab()
{
    auto* page = new QWidget(this);
    m_provinceView = makeView(QStringLiteral("provinceChartView"));
    m_industryView = makeView(QStringLiteral("industryChartView"));
    auto* layout = new QHBoxLayout(page);
    layout->addWidget(m_provinceView);
    layout->addWidget(m_industryView);
    return page;
}

QWidget* SegmentDashboard::makeFollowUpsTab()
{
    auto* page = new QWidget(this);
    m_followUpView = makeView(QStringLiteral("followUpChartView"));
    m_followUpView->chart()->legend()->setVisible(true);
    m_followUpView->chart()->legend()->setAlignment(Qt::AlignRight);
    m_followUpView->chart()->legend()->setFont(ChartAxes::font());
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_followUpView);
    return page;
}

void SegmentDashboard::refresh()
{
    if (isBusy()) {
        m_refreshPending = true; // after the running ones, with the date shown then
        return;
    }
    m_refreshPending = false;
    m_error.clear();
    const QDate asOf = m_asOfEdit->date();
    // Two threads on their own connections: the orders (segments, then the churn list, from one read of them)
    // and everything else (breakdowns, follow-ups, snapshots).
    m_worker = std::make_unique<SegmentWorker>(m_archivePath, asOf, nullptr, true);
    connect(m_worker.get(), &SegmentWorker::statsReady, this, &SegmentDashboard::onStatsReady);
    connect(m_worker.get(), &ArchiveWorker::finished, this, &SegmentDashboard::onFinished);
    m_status->setText(tr("Computing segments…"));
    m_hasChurn = false;
    m_hasOtherDetails = false;
    m_worker->start();

    auto data = std::make_shared<DashboardData>();
    runTask(
        m_detailsTask, [data, asOf](Archive& archive, QString& error) {
            return DashboardLoader::load(archive, asOf, *data, error);
        },
        [this, data] {
            QList<ChurnRow> churn = std::move(m_details.churn);
            m_details = std::move(*data);
            m_details.churn = std::move(churn);
            m_hasOtherDetails = true;
            m_hasDetails = m_hasChurn;
            showOtherDetails(); // the churn list is the segment worker's
        });
    updateBusy();
}

void SegmentDashboard::runTask(std::unique_ptr<ArchiveTask>& slot, std::function<bool(Archive&, QString&)> job,
                               std::function<void()> done)
{
    if (slot && slot->isRunning())
        return;
    slot = std::make_unique<ArchiveTask>(m_archivePath, std::move(job));
    ArchiveTask* task = slot.get();
    connect(task, &ArchiveWorker::finished, this, [this, task, done = std::move(done)] {
        if (task->succeeded()) {
            done();
        } else if (!task->cancelled()) {
            m_error = task->errorText();
            m_status->setText(tr("Cannot compute the dashboard: %1").arg(m_error));
        }
        updateBusy();
        if (m_refreshPending && !isBusy())
            QMetaObject::invokeMethod(this, &SegmentDashboard::refresh, Qt::QueuedConnection);
    });
    task->start();
    updateBusy();
}

bool SegmentDashboard::isBusy() const
{
    const auto running = [](const auto& worker) { return worker && worker->isRunning(); };
    return running(m_worker) || running(m_detailsTask) || running(m_snapshotTask) || running(m_changesTask) ||
           running(m_membersTask);
}

void SegmentDashboard::updateBusy()
{
    m_busy->setVisible(isBusy());
    m_snapshotButton->setEnabled(!(m_snapshotTask && m_snapshotTask->isRunning()));
}

void SegmentDashboard::onStatsReady()
{
    m_stats = m_worker->stats();
    m_hasStats = true;
    m_status->setText(tr("%Ln customer(s) as of %1", nullptr, int(m_stats.customerCount))
                          .arg(QLocale().toString(m_stats.asOf, QLocale::ShortFormat)));
    showStats();
}

void SegmentDashboard::onFinished()
{
    if (m_worker->succeeded()) {
        // statsReady() came first (queued from the same thread) and showed the segments.
        m_details.churn = m_worker->churn();
        m_details.asOf = m_stats.asOf;
        m_hasChurn = true;
        m_hasDetails = m_hasOtherDetails;
        showChurn();
    } else {
        m_error = m_worker->errorText();
        m_status->setText(tr("Cannot compute the segments: %1").arg(m_error));
        showStats();
    }
    updateBusy();
    // Not from inside the worker's own signal: refresh() replaces (and deletes) the worker.
    if (m_refreshPending && !isBusy())
        QMetaObject::invokeMethod(this, &SegmentDashboard::refresh, Qt::QueuedConnection);
}

SegmentModelKind SegmentDashboard::model() const
{
    return SegmentModelKind(m_modelCombo->currentData().toInt());
}

void SegmentDashboard::setModel(SegmentModelKind kind)
{
    const int index = m_modelCombo->findData(int(kind));
    if (index >= 0)
        m_modelCombo->setCurrentIndex(index);
}

QChart* SegmentDashboard::countChart() const { return m_countView->chart(); }
QChart* SegmentDashboard::revenueChart() const { return m_revenueView->chart(); }
QChart* SegmentDashboard::snapshotChart() const { return m_snapshotView->chart(); }
QChart* SegmentDashboard::provinceChart() const { return m_provinceView->chart(); }
QChart* SegmentDashboard::industryChart() const { return m_industryView->chart(); }
QChart* SegmentDashboard::followUpChart() const { return m_followUpView->chart(); }

QString SegmentDashboard::displayName(const SegmentStats::Bucket& bucket) const
{
    if (model() == SegmentModelKind::Abc)
        return tr(bucket.name.english);
    return RfmSegmenter::displayName(bucket.name);
}

QString SegmentDashboard::segmentLabel(SegmentModelKind kind, const QString& stored) const
{
    if (stored.isEmpty())
        return tr("(not in snapshot)");
    const QList<SegmentName>& names = kind == SegmentModelKind::Rfm8  ? RfmSegmenter::rfm8Segments()
                                      : kind == SegmentModelKind::Abc ? abcNames()
                                                                      : RfmSegmenter::rfm5Segments();
    for (const SegmentName& n : names) {
        const QString spelled = kind == SegmentModelKind::Rfm8 ? QString::fromUtf8(n.chinese) : QString::fromLatin1(n.key);
        if (spelled == stored)
            return kind == SegmentModelKind::Abc ? tr(n.english) : RfmSegmenter::displayName(n);
    }
    return stored;
}

void SegmentDashboard::showStats()
{
    QStringList categories;
    QList<double> counts;
    QList<double> revenue;
    const SegmentModelKind kind = model();
    if (m_hasStats) {
        for (const SegmentStats::Bucket& bucket : m_stats.buckets(kind)) {
            categories << displayName(bucket);
            counts << double(bucket.customers);
            revenue << double(bucket.revenueCents) / 100.0;
        }
    }
    const auto choose = [this, kind, categories](int bucket) {
        if (m_hasStats && bucket >= 0 && bucket < categories.size())
            emit customersChosen(categories[bucket], m_stats.customersIn(kind, bucket));
    };
    fillChart(countChart(), tr("Customers per segment"), tr("Customers"), categories, counts, QColor(0x3b, 0x82, 0xc4),
              choose);
    fillChart(revenueChart(), tr("Revenue per segment"), tr("Revenue (yuan)"), categories, revenue,
              QColor(0x2e, 0x9e, 0x6a), choose);
    showHeatMap();
}

void SegmentDashboard::fillChart(QChart* chart, const QString& title, const QString& axisTitle,
                                 const QStringList& categories, const QList<double>& values, const QColor& color,
                                 std::function<void(int)> onClick)
{
    clearChart(chart);
    chart->setTitle(title);

    // Horizontal bars are drawn bottom up: append in reverse so the first category is on top.
    auto* set = new QBarSet(axisTitle);
    set->setColor(color);
    for (auto it = values.crbegin(); it != values.crend(); ++it)
        set->append(*it);
    set->setLabelFont(ChartAxes::font());
    if (onClick) {
        const int n = int(values.size());
        connect(set, &QBarSet::clicked, this, [onClick, n](int index) { onClick(n - 1 - index); });
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    ChartAxes::addCategories(chart, series, QStringList(categories.crbegin(), categories.crend()), Qt::AlignLeft);

    double max = 0;
    for (double v : values)
        max = qMax(max, v);
    ChartAxes::addCounts(chart, series, max, 1.15, Qt::AlignBottom, axisTitle);
}

void SegmentDashboard::showHeatMap()
{
    double lowest = -1;
    double highest = 0;
    for (const auto& row : m_stats.rf)
        for (const SegmentStats::Cell& cell : row) {
            if (cell.customers == 0)
                continue;
            const double average = cell.averageMonetaryCents();
            lowest = lowest < 0 ? average : qMin(lowest, average);
            highest = qMax(highest, average);
        }
    const QColor light(0xea, 0xf2, 0xfb);
    const QColor dark(0x1f, 0x4e, 0x8c);
    for (int row = 0; row < 5; ++row) {
        const int r = 5 - row;
        for (int f = 1; f <= 5; ++f) {
            const SegmentStats::Cell& cell = m_stats.rf[size_t(r - 1)][size_t(f - 1)];
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (m_hasStats && cell.customers > 0) {
                const double average = cell.averageMonetaryCents();
                const double t = highest > lowest ? (average - lowest) / (highest - lowest) : 1.0;
                const QColor colour = QColor::fromRgbF(
                    float(light.redF() + t * (dark.redF() - light.redF())),
                    float(light.greenF() + t * (dark.greenF() - light.greenF())),
                    float(light.blueF() + t * (dark.blueF() - light.blueF())));
                item->setBackground(colour);
                item->setForeground(t > 0.5 ? QColor(Qt::white) : QColor(Qt::black));
                item->setText(QLocale().toString(cell.customers));
                item->setToolTip(tr("R = %1, F = %2: %Ln customer(s), average revenue %3 yuan", nullptr,
                                    int(cell.customers))
                                     .arg(r)
                                     .arg(f)
                                     .arg(yuan(average)));
            } else {
                item->setText(m_hasStats ? QStringLiteral("0") : QString());
            }
            item->setData(Qt::UserRole, qlonglong(cell.customers));
            m_heatMap->setItem(row, f - 1, item);
        }
    }
}

void SegmentDashboard::showDetails()
{
    showChurn();
    showOtherDetails();
}

void SegmentDashboard::showChurn()
{
    const QLocale locale;
    QList<ChurnRow> churn = m_details.churn;
    m_churnModel->setRows(std::move(churn));
    m_churnView->resizeColumnsToContents();
    m_churnStatus->setText(
        m_hasChurn ? tr("%Ln customer(s) at risk as of %1: the days since their last order exceed twice their usual "
                        "gap between orders (365 days for customers who bought only once).",
                        nullptr, int(m_details.churn.size()))
                         .arg(locale.toString(m_details.asOf, QLocale::ShortFormat))
                   : QString());
}

void SegmentDashboard::showOtherDetails()
{
    showBreakdown(provinceChart(), tr("Customers by province"), m_details.provinces);
    showBreakdown(industryChart(), tr("Customers by industry"), m_details.industries);
    showFollowUps();
    showSnapshots();
}

void SegmentDashboard::showBreakdown(QChart* chart, const QString& title, const QList<CustomerBreakdown::Group>& groups)
{
    QStringList categories;
    QList<double> counts;
    QList<QList<qint64>> ids;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (i < maxBreakdownBars || groups.size() == maxBreakdownBars + 1) {
            categories << (groups[i].value.isEmpty() ? tr("(not filled in)") : groups[i].value);
            counts << double(groups[i].customerIds.size());
            ids << groups[i].customerIds;
        } else {
            if (categories.size() == maxBreakdownBars) {
                categories << tr("Others");
                counts << 0;
                ids << QList<qint64>();
            }
            counts.last() += double(groups[i].customerIds.size());
            ids.last() << groups[i].customerIds;
        }
    }
    fillChart(chart, title, tr("Customers"), categories, counts, QColor(0x8a, 0x5c, 0xc2),
              [this, categories, ids](int index) {
                  if (index >= 0 && index < ids.size())
                      emit customersChosen(categories[index], ids[index]);
              });
}

void SegmentDashboard::showFollowUps()
{
    QChart* chart = followUpChart();
    clearChart(chart);
    chart->setTitle(tr("Follow-ups per rep per week (last 12 weeks)"));
    const CustomerBreakdown::FollowUpGrid& grid = m_details.followUps;
    auto* series = new QStackedBarSeries;
    double max = 0;
    QList<double> totals(grid.weekStarts.size(), 0.0);
    for (qsizetype rep = 0; rep < grid.reps.size(); ++rep) {
        const QString name = grid.reps[rep].isEmpty() ? tr("(unknown)") : grid.reps[rep];
        auto* set = new QBarSet(name);
        for (qsizetype week = 0; week < grid.weekStarts.size(); ++week) {
            set->append(double(grid.counts[rep][week]));
            totals[week] += double(grid.counts[rep][week]);
        }
        const int repIndex = int(rep);
        connect(set, &QBarSet::clicked, this, [this, repIndex, name](int week) {
            const CustomerBreakdown::FollowUpGrid& g = m_details.followUps;
            if (week < 0 || week >= g.weekStarts.size())
                return;
            emit customersChosen(tr("%1, week of %2").arg(name, QLocale().toString(g.weekStarts[week], QLocale::ShortFormat)),
                                 g.customersOf(repIndex, week));
        });
        series->append(set);
    }
    for (double t : totals)
        max = qMax(max, t);
    chart->addSeries(series);
    QStringList weeks;
    for (const QDate& monday : grid.weekStarts)
        weeks << monday.toString(QStringLiteral("MM-dd"));
    ChartAxes::addCategories(chart, series, weeks, Qt::AlignBottom, tr("Week starting"));
    ChartAxes::addCounts(chart, series, max, 1.1, Qt::AlignLeft, tr("Follow-ups"));
}

void SegmentDashboard::showSnapshots()
{
    const SegmentModelKind kind = model();
    QList<SegmentSnapshotInfo> shown;
    for (const SegmentSnapshotInfo& info : m_details.snapshots)
        if (info.model == kind)
            shown << info;

    // The combos keep their choice across refreshes when it still exists.
    const qint64 from = m_fromCombo->currentData().toLongLong();
    const qint64 to = m_toCombo->currentData().toLongLong();
    m_fromCombo->clear();
    m_toCombo->clear();
    const QLocale locale;
    for (const SegmentSnapshotInfo& info : shown) {
        const QString text = tr("%1 (taken %2)")
                                 .arg(locale.toString(info.asOf, QLocale::ShortFormat),
                                      locale.toString(info.takenAt.toLocalTime(), QLocale::ShortFormat));
        m_fromCombo->addItem(text, info.id);
        m_toCombo->addItem(text, info.id);
    }
    if (shown.size() >= 2) {
        m_fromCombo->setCurrentIndex(std::max(0, m_fromCombo->findData(from) >= 0 ? m_fromCombo->findData(from)
                                                                                   : int(shown.size()) - 2));
        m_toCombo->setCurrentIndex(m_toCombo->findData(to) >= 0 ? m_toCombo->findData(to) : int(shown.size()) - 1);
    }

    // Sizes over the last snapshots: one stacked bar per snapshot, one colour per segment.
    if (shown.size() > maxSnapshotsShown)
        shown = shown.mid(shown.size() - maxSnapshotsShown);
    QChart* chart = snapshotChart();
    clearChart(chart);
    chart->setTitle(shown.isEmpty() ? tr("No snapshots of this model yet: take one to follow the segments over time")
                                    : tr("Segment sizes over the snapshots"));
    auto* series = new QStackedBarSeries;
    double max = 0;
    for (const SegmentSnapshotInfo& info : shown)
        max = qMax(max, double(info.customers));
    for (const QString& segment : storedNames(kind)) {
        auto* set = new QBarSet(segmentLabel(kind, segment));
        bool any = false;
        for (const SegmentSnapshotInfo& info : shown) {
            const qint64 n = info.sizes.value(segment);
            any = any || n > 0;
            set->append(double(n));
        }
        if (!any) {
            delete set;
            continue;
        }
        const QString label = set->label();
        connect(set, &QBarSet::clicked, this, [this, shown, segment, label](int index) {
            if (index < 0 || index >= shown.size())
                return;
            const qint64 id = shown[index].id;
            const QString text = tr("%1 in the snapshot of %2").arg(label, QLocale().toString(shown[index].asOf, QLocale::ShortFormat));
            auto ids = std::make_shared<QList<qint64>>();
            runTask(
                m_membersTask, [id, segment, ids](Archive& archive, QString& error) {
                    auto members = SegmentSnapshotRepository(archive.database().connection()).members(id, segment);
                    if (!members)
                        error = members.error();
                    else
                        *ids = *members;
                    return members.ok();
                },
                [this, text, ids] { emit customersChosen(text, *ids); });
        });
        series->append(set);
    }
    chart->addSeries(series);
    QStringList dates;
    for (const SegmentSnapshotInfo& info : shown)
        dates << info.asOf.toString(Qt::ISODate);
    ChartAxes::addCategories(chart, series, dates, Qt::AlignBottom);
    ChartAxes::addCounts(chart, series, max, 1.05, Qt::AlignLeft, tr("Customers"));
}

void SegmentDashboard::takeSnapshot()
{
    const QDate asOf = m_asOfEdit->date();
    const SegmentModelKind kind = model();
    auto data = std::make_shared<DashboardData>();
    m_status->setText(tr("Storing a snapshot…"));
    runTask(
        m_snapshotTask, [asOf, kind, data](Archive& archive, QString& error) {
            auto stored = SegmentSnapshotRepository(archive.database().connection()).take(asOf, kind);
            if (!stored) {
                error = stored.error();
                return false;
            }
            return DashboardLoader::loadSnapshots(archive, *data, error);
        },
        [this, data, asOf] {
            m_details.snapshots = std::move(data->snapshots);
            m_status->setText(tr("Snapshot stored for %1.").arg(QLocale().toString(asOf, QLocale::ShortFormat)));
            showSnapshots();
        });
}

void SegmentDashboard::compareSnapshots(qint64 fromId, qint64 toId)
{
    if (fromId <= 0 || toId <= 0)
        return;
    auto moves = std::make_shared<QList<SegmentMove>>();
    m_changesStatus->setText(tr("Comparing…"));
    runTask(
        m_changesTask, [fromId, toId, moves](Archive& archive, QString& error) {
            auto found = SegmentSnapshotRepository(archive.database().connection()).changes(fromId, toId);
            if (!found)
                error = found.error();
            else
                *moves = std::move(found).value();
            return found.ok();
        },
        [this, moves] {
            m_moves = std::move(*moves);
            const SegmentModelKind kind = model();
            const auto counts = SegmentSnapshotRepository::countMoves(m_moves);
            // Biggest moves first in the filter.
            QList<QPair<qint64, QPair<QString, QString>>> byCount;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                byCount.append({it.value(), it.key()});
            std::stable_sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            {
                const QSignalBlocker blocker(m_moveCombo);
                m_moveCombo->clear();
                m_moveCombo->addItem(tr("All moves (%1)").arg(QLocale().toString(qint64(m_moves.size()))));
                for (const auto& [n, move] : byCount)
                    m_moveCombo->addItem(tr("%1 → %2 (%3)")
                                             .arg(segmentLabel(kind, move.first), segmentLabel(kind, move.second),
                                                  QLocale().toString(n)),
                                         QStringList{move.first, move.second});
            }
            showChanges();
        });
}

void SegmentDashboard::showChanges()
{
    const SegmentModelKind kind = model();
    const QStringList only = m_moveCombo->currentData().toStringList();
    QList<const SegmentMove*> rows;
    for (const SegmentMove& move : m_moves)
        if (only.size() != 2 || (move.from == only[0] && move.to == only[1]))
            rows << &move;
    m_changes->setUpdatesEnabled(false);
    m_changes->clearContents();
    m_changes->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const SegmentMove& move = *rows[i];
        auto* code = new QTableWidgetItem(move.code);
        code->setData(Qt::UserRole, move.customerId);
        m_changes->setItem(i, 0, code);
        m_changes->setItem(i, 1, new QTableWidgetItem(move.name));
        m_changes->setItem(i, 2, new QTableWidgetItem(segmentLabel(kind, move.from)));
        m_changes->setItem(i, 3, new QTableWidgetItem(segmentLabel(kind, move.to)));
    }
    m_changes->setUpdatesEnabled(true);
    m_changesStatus->setText(tr("%Ln customer(s) changed segment between the two snapshots.", nullptr, int(m_moves.size())));
}
