#include "QualityDashboard.h"

#include "Archive.h"
#include "ChartAxes.h"
#include "QualityRulesDialog.h"
#include "QualityWorker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QTableWidget* makeTable(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem* numberItem(double value, int decimals = 0)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}
} // namespace

QualityDashboard::QualityDashboard(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setWindowTitle(tr("Data Quality"));
    setObjectName(QStringLiteral("qualityDashboard"));

    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();
    m_rulesButton = new QPushButton(tr("R&ules…"), this);
    m_rulesButton->setObjectName(QStringLiteral("rulesButton"));
    m_rulesButton->setToolTip(tr("Which fields each kind of customer needs, and when a record is stale"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 1000);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_busy);
    top->addWidget(m_cancelButton);
    top->addWidget(m_rulesButton);
    top->addWidget(m_refreshButton);

    // Overview: histogram left, worst problems and owners right.
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setTitleFont(ChartAxes::font());
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_histogramView = new QChartView(chart, this);
    m_histogramView->setObjectName(QStringLiteral("histogramView"));
    m_histogramView->setRenderHint(QPainter::Antialiasing);
    m_histogramView->setMinimumSize(460, 360);

    m_problems = makeTable(this, QStringLiteral("problemTable"), {tr("Problem"), tr("Customers"), tr("Share")});
    m_owners = makeTable(this, QStringLiteral("ownerTable"), {tr("Owner"), tr("Customers"), tr("Average score")});
    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Most frequent problems"), this));
    side->addWidget(m_problems, 3);
    side->addWidget(new QLabel(tr("Average score per owner"), this));
    side->addWidget(m_owners, 2);
    auto* overview = new QWidget(this);
    auto* overviewLayout = new QHBoxLayout(overview);
    overviewLayout->addWidget(m_histogramView, 3);
    overviewLayout->addLayout(side, 2);

    // Needs attention: lowest scores, optionally with one problem.
    m_problemCombo = new QComboBox(this);
    m_problemCombo->setObjectName(QStringLiteral("problemCombo"));
    m_attention = makeTable(this, QStringLiteral("attentionTable"),
                            {tr("Code"), tr("Name"), tr("Owner"), tr("Score"), tr("Problems")});
    auto* attention = new QWidget(this);
    auto* attentionLayout = new QVBoxLayout(attention);
    auto* filterRow = new QHBoxLayout;
    auto* problemLabel = new QLabel(tr("&Show:"), this);
    problemLabel->setBuddy(m_problemCombo);
    filterRow->addWidget(problemLabel);
    filterRow->addWidget(m_problemCombo, 1);
    auto* hint = new QLabel(tr("Lowest scores first. Double-click a customer to open it in the main window."), this);
    hint->setWordWrap(true);
    attentionLayout->addLayout(filterRow);
    attentionLayout->addWidget(m_attention, 1);
    attentionLayout->addWidget(hint);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("qualityTabs"));
    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(attention, tr("Needs attention"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(1100, 720);

    connect(m_refreshButton, &QPushButton::clicked, this, &QualityDashboard::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &QualityDashboard::cancel);
    connect(m_rulesButton, &QPushButton::clicked, this, &QualityDashboard::editRules);
    connect(m_problemCombo, &QComboBox::currentIndexChanged, this, &QualityDashboard::fillAttention);
    connect(m_attention, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem* item = m_attention->item(row, 0))
            emit customerActivated(item->data(Qt::UserRole).toLongLong());
    });
    // Problems in the overview lead to their work list.
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem* item = m_problems->item(row, 0))
            showNeedsAttention(item->data(Qt::UserRole).toString());
    });

    showSummary();
    refresh();
}

QualityDashboard::~QualityDashboard() = default; // the worker cancels and waits

void QualityDashboard::refresh()
{
    if (isBusy()) {
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    m_error.clear();
    m_worker = std::make_unique<QualityWorker>(m_archive.path());
    connect(m_worker.get(), &ArchiveWorker::finished, this, &QualityDashboard::onFinished);
    connect(m_worker.get(), &ArchiveWorker::progressChanged, this,
            [this](double fraction) { m_busy->setValue(int(fraction * 1000)); });
    m_busy->setValue(0);
    m_busy->show();
    m_cancelButton->show();
    m_status->setText(tr("Scoring every customer…"));
    m_worker->start();
}

void QualityDashboard::cancel()
{
    m_refreshPending = false;
    if (isBusy())
        m_worker->cancel();
}

bool QualityDashboard::isBusy() const
{
    return m_worker && m_worker->isRunning();
}

void QualityDashboard::onFinished()
{
    if (m_worker->succeeded()) {
        m_summary = m_worker->summary();
        m_rules = m_worker->rules();
        m_worst = m_worker->worst();
        m_worstByProblem = m_worker->worstByProblem();
        m_hasSummary = true;
        m_status->setText(tr("%1 customers, average score %2 / 100 (stale after %n month(s))", nullptr,
                             m_rules.staleMonths)
                              .arg(QLocale().toString(m_summary.customers))
                              .arg(QLocale().toString(m_summary.averageScore(), 'f', 1)));
    } else if (m_worker->cancelled()) {
        m_status->setText(m_hasSummary ? tr("Cancelled; the figures shown are from the previous computation.")
                                       : tr("Cancelled."));
    } else {
        m_error = m_worker->errorText();
        m_status->setText(tr("Cannot compute the quality scores: %1").arg(m_error));
    }
    m_busy->hide();
    m_cancelButton->hide();
    showSummary();
    if (m_refreshPending)
        QMetaObject::invokeMethod(this, &QualityDashboard::refresh, Qt::QueuedConnection);
}

QChart* QualityDashboard::histogramChart() const
{
    return m_histogramView->chart();
}

void QualityDashboard::showSummary()
{
    showHistogram();

    // Problems, most frequent first.
    QList<std::pair<QString, qint64>> problems;
    for (auto it = m_summary.problems.cbegin(); it != m_summary.problems.cend(); ++it)
        problems.append({it.key(), it.value()});
    std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    m_problems->setSortingEnabled(false);
    m_problems->setRowCount(int(problems.size()));
    for (int row = 0; row < problems.size(); ++row) {
        const auto& [key, count] = problems[row];
        auto* name = new QTableWidgetItem(QualityRules::problemName(key));
        name->setData(Qt::UserRole, key);
        name->setToolTip(key);
        m_problems->setItem(row, 0, name);
        m_problems->setItem(row, 1, numberItem(double(count)));
        const double share = m_summary.customers > 0 ? 100.0 * double(count) / double(m_summary.customers) : 0.0;
        auto* shareItem = numberItem(share, 1);
        shareItem->setText(shareItem->text() + QLatin1Char('%'));
        m_problems->setItem(row, 2, shareItem);
    }
    m_problems->resizeColumnToContents(0);

    m_owners->setRowCount(int(m_summary.byOwner.size()));
    int row = 0;
    for (auto it = m_summary.byOwner.cbegin(); it != m_summary.byOwner.cend(); ++it, ++row) {
        auto* owner = new QTableWidgetItem(it.key().isEmpty() ? tr("(unassigned)") : it.key());
        owner->setData(Qt::UserRole, it.key());
        m_owners->setItem(row, 0, owner);
        m_owners->setItem(row, 1, numberItem(double(it->customers)));
        m_owners->setItem(row, 2, numberItem(it->averageScore(), 1));
    }

    // The problem choices of the work list follow the summary's keys.
    const QString current = attentionProblem();
    {
        const QSignalBlocker blocker(m_problemCombo);
        m_problemCombo->clear();
        m_problemCombo->addItem(tr("Lowest scores (all problems)"), QString());
        for (const auto& [key, count] : problems)
            if (count > 0)
                m_problemCombo->addItem(tr("%1 (%2)").arg(QualityRules::problemName(key), QLocale().toString(count)), key);
        m_problemCombo->setCurrentIndex(std::max(0, m_problemCombo->findData(current)));
    }
    fillAttention();
}

void QualityDashboard::showHistogram()
{
    QChart* chart = histogramChart();
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Customers by quality score"));
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(QColor(0x3b, 0x82, 0xc4));
    QStringList categories;
    double max = 0;
    for (int i = 0; i < 10; ++i) {
        const double count = double(m_summary.histogram[size_t(i)]);
        set->append(count);
        max = std::max(max, count);
        categories << QStringLiteral("%1–%2").arg(i * 10).arg(i == 9 ? 100 : i * 10 + 9);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    ChartAxes::addCategories(chart, series, categories, Qt::AlignBottom, tr("Score"));
    ChartAxes::addCounts(chart, series, max, 1.1, Qt::AlignLeft, tr("Customers"));
}

QString QualityDashboard::attentionProblem() const
{
    return m_problemCombo->currentData().toString();
}

void QualityDashboard::showNeedsAttention(const QString& problem)
{
    m_tabs->setCurrentIndex(1);
    const int index = m_problemCombo->findData(problem);
    if (index >= 0)
        m_problemCombo->setCurrentIndex(index);
    else if (problem.isEmpty())
        m_problemCombo->setCurrentIndex(0);
    else {
        // Not computed yet (or nobody has it): remember it as the choice, shown once the scores arrive.
        const QSignalBlocker blocker(m_problemCombo);
        m_problemCombo->addItem(QualityRules::problemName(problem), problem);
        m_problemCombo->setCurrentIndex(m_problemCombo->count() - 1);
        fillAttention();
    }
}

void QualityDashboard::fillAttention()
{
    const QString problem = attentionProblem();
    const QList<QualityRecord>& records = problem.isEmpty() ? m_worst : m_worstByProblem[problem];
    m_attention->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const QualityRecord& r = records[row];
        auto* code = new QTableWidgetItem(r.code);
        code->setData(Qt::UserRole, r.id);
        m_attention->setItem(row, 0, code);
        m_attention->setItem(row, 1, new QTableWidgetItem(r.name));
        m_attention->setItem(row, 2, new QTableWidgetItem(r.owner));
        m_attention->setItem(row, 3, numberItem(r.quality.score));
        QStringList names;
        for (const QString& p : r.quality.problems)
            names.append(QualityRules::problemName(p));
        auto* problems = new QTableWidgetItem(names.join(QStringLiteral("; ")));
        problems->setToolTip(names.join(QLatin1Char('\n')));
        m_attention->setItem(row, 4, problems);
    }
    m_attention->resizeColumnsToContents();
}

void QualityDashboard::editRules()
{
    QualityRulesDialog dialog(m_archive, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}
