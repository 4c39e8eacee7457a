#include "SegmentDashboard.h"

#include "RfmSegmenter.h"
#include "SegmentWorker.h"

#include <QBarCategoryAxis>
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
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {
QFont chartFont()
{
    QFont font;
    font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 8.0);
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(cjk))
        font.setFamily(cjk);
    return font;
}

QString yuan(double cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2);
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

    const auto makeView = [this](const QString& name) {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->hide();
        chart->setTitleFont(chartFont());
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto* view = new QChartView(chart, this);
        view->setObjectName(name);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 380);
        return view;
    };
    m_countView = makeView(QStringLiteral("countChartView"));
    m_revenueView = makeView(QStringLiteral("revenueChartView"));

    m_heatMap = new QTableWidget(5, 5, this);
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
    m_heatMap->setMinimumSize(420, 200);

    auto* heatBox = new QVBoxLayout;
    auto* heatTitle = new QLabel(tr("Customers by recency (R) and frequency (F) score; darker = higher average "
                                    "revenue per customer"),
                                 this);
    heatTitle->setWordWrap(true);
    heatBox->addWidget(heatTitle);
    heatBox->addWidget(m_heatMap);

    auto* grid = new QGridLayout;
    grid->addWidget(m_countView, 0, 0);
    grid->addWidget(m_revenueView, 0, 1);
    grid->addLayout(heatBox, 1, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(1100, 860);

    connect(m_refreshButton, &QPushButton::clicked, this, &SegmentDashboard::refresh);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &SegmentDashboard::showStats);

    showStats();
    refresh();
}

SegmentDashboard::~SegmentDashboard() = default; // the worker cancels and waits

void SegmentDashboard::refresh()
{
    if (isBusy()) {
        m_refreshPending = true; // after the running one, with the date shown then
        return;
    }
    m_refreshPending = false;
    m_error.clear();
    m_worker = std::make_unique<SegmentWorker>(m_archivePath, m_asOfEdit->date());
    connect(m_worker.get(), &ArchiveWorker::finished, this, &SegmentDashboard::onFinished);
    m_busy->show();
    m_status->setText(tr("Computing segments…"));
    m_worker->start();
}

bool SegmentDashboard::isBusy() const
{
    return m_worker && m_worker->isRunning();
}

void SegmentDashboard::onFinished()
{
    if (m_worker->succeeded()) {
        m_stats = m_worker->stats();
        m_hasStats = true;
        m_status->setText(tr("%n customer(s) as of %1", nullptr, int(m_stats.customerCount))
                              .arg(QLocale().toString(m_stats.asOf, QLocale::ShortFormat)));
    } else {
        m_error = m_worker->errorText();
        m_status->setText(tr("Cannot compute the segments: %1").arg(m_error));
    }
    m_busy->hide();
    showStats();
    // Not from inside the worker's own signal: refresh() replaces (and deletes) the worker.
    if (m_refreshPending)
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

QChart* SegmentDashboard::countChart() const
{
    return m_countView->chart();
}

QChart* SegmentDashboard::revenueChart() const
{
    return m_revenueView->chart();
}

QString SegmentDashboard::displayName(const SegmentStats::Bucket& bucket) const
{
    if (model() == SegmentModelKind::Abc)
        return tr(bucket.name.english);
    return RfmSegmenter::displayName(bucket.name);
}

void SegmentDashboard::showStats()
{
    QStringList categories;
    QList<double> counts;
    QList<double> revenue;
    if (m_hasStats) {
        for (const SegmentStats::Bucket& bucket : m_stats.buckets(model())) {
            categories << displayName(bucket);
            counts << double(bucket.customers);
            revenue << double(bucket.revenueCents) / 100.0;
        }
    }
    fillChart(countChart(), tr("Customers per segment"), tr("Customers"), categories, counts, QColor(0x3b, 0x82, 0xc4));
    fillChart(revenueChart(), tr("Revenue per segment"), tr("Revenue (yuan)"), categories, revenue,
              QColor(0x2e, 0x9e, 0x6a));
    showHeatMap();
}

void SegmentDashboard::fillChart(QChart* chart, const QString& title, const QString& axisTitle,
                                 const QStringList& categories, const QList<double>& values, const QColor& color)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);

    // Horizontal bars are drawn bottom up: append in reverse so the model's first segment is on top.
    auto* set = new QBarSet(axisTitle);
    set->setColor(color);
    for (auto it = values.crbegin(); it != values.crend(); ++it)
        set->append(*it);
    set->setLabelFont(chartFont());
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(QStringList(categories.crbegin(), categories.crend()));
    categoryAxis->setLabelsFont(chartFont());
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    double max = 0;
    for (double v : values)
        max = qMax(max, v);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, max > 0 ? max * 1.15 : 1.0);
    valueAxis->applyNiceNumbers(); // whole, round ticks
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(axisTitle);
    valueAxis->setLabelsFont(chartFont());
    valueAxis->setTitleFont(chartFont());
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
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
                item->setToolTip(tr("R = %1, F = %2: %n customer(s), average revenue %3 yuan", nullptr,
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
