#include "ImportPreviewPage.h"

#include "ImportField.h"
#include "ImportWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

// Light tints with black text: readable in light and dark themes alike.
const QColor ImportPreviewPage::rejectedColor = QColor(0xff, 0xc7, 0xc7);
const QColor ImportPreviewPage::warningColor = QColor(0xff, 0xec, 0x99);

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check the Rows"));
    setSubTitle(tr("The first %1 rows as they would be imported. Red cells: the row would not be imported; "
                   "yellow cells: imported, but worth a look. Point at a cell to see why.")
                    .arg(ImportWizard::PreviewRows));
    // Past this page the archive changes: QWizard shows "Import" instead of "Next" and no way back.
    setCommitPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_existingBox = new QGroupBox(this);
    m_existingBox->setObjectName(QStringLiteral("existingBox"));
    m_update = new QRadioButton(tr("&Update it with the values from the file"), m_existingBox);
    m_update->setObjectName(QStringLiteral("updateExistingRadio"));
    m_skip = new QRadioButton(tr("&Skip the row and leave it as it is"), m_existingBox);
    m_skip->setObjectName(QStringLiteral("skipExistingRadio"));
    m_update->setChecked(true);
    auto* existingLayout = new QHBoxLayout(m_existingBox);
    existingLayout->addWidget(m_update);
    existingLayout->addWidget(m_skip);
    existingLayout->addStretch(1);

    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("day/month/year (05/03/2024 = 5 March)"), int(ValueCleaner::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("month/day/year (05/03/2024 = May 3)"), int(ValueCleaner::DateOrder::MonthFirst));
    m_dateOrder->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_dryRun = new QCheckBox(tr("&Check the whole file first, without storing anything (dry run)"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunCheck"));

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(new QLabel(tr("Dates written as 05/03/2024 are:"), this));
    dateRow->addWidget(m_dateOrder);
    dateRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_existingBox);
    layout->addLayout(dateRow);
    layout->addWidget(m_dryRun);

    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->options().dateOrder = ValueCleaner::DateOrder(m_dateOrder->currentData().toInt());
        refresh();
    });
    connect(m_dryRun, &QCheckBox::toggled, this, &ImportPreviewPage::updateCommitText);
    updateCommitText();
}

void ImportPreviewPage::initializePage()
{
    const ImportTarget target = m_wizard->options().target;
    switch (target) {
    case ImportTarget::Customers:
        m_existingBox->setTitle(tr("A customer code that is already in the archive:"));
        break;
    case ImportTarget::Orders:
        m_existingBox->setTitle(tr("An order number that is already in the archive:"));
        break;
    case ImportTarget::Interactions:
        break;
    }
    // Follow-ups have no code of their own: every row is a new one.
    m_existingBox->setVisible(target != ImportTarget::Interactions);
    refresh();
}

void ImportPreviewPage::refresh()
{
    auto preview = m_wizard->preview(m_wizard->options().mapping);
    m_ok = preview.ok();
    if (!preview) {
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_fileRows.clear();
        m_summary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(preview.error().toHtmlEscaped()));
    } else {
        fill(*preview);
    }
    emit completeChanged();
}

void ImportPreviewPage::fill(const ImportPreview& preview)
{
    const ImportTarget target = m_wizard->options().target;
    // Only the mapped columns, in the file's order, each titled with the field it goes to.
    QList<int> columns;
    QStringList titles{tr("Row")};
    QHash<QString, int> columnOfHeader; // folded source header -> table column
    for (int i = 0; i < preview.headers.size(); ++i) {
        const QString& header = preview.headers[i];
        QString field;
        for (auto it = preview.mapping.columns.cbegin(); it != preview.mapping.columns.cend(); ++it) {
            for (const QString& mapped : it.value())
                if (mapped.trimmed().compare(header.trimmed(), Qt::CaseInsensitive) == 0)
                    field = it.key();
        }
        if (field.isEmpty())
            continue;
        const ImportField* known = ImportFields::find(target, field);
        const QString fieldTitle = known ? known->header() : field.mid(field.indexOf(QLatin1Char(':')) + 1);
        columnOfHeader.insert(header.trimmed().toCaseFolded(), int(columns.size()) + 1);
        columns.append(i);
        titles.append(header.trimmed() == fieldTitle ? fieldTitle : QStringLiteral("%1\n→ %2").arg(header.trimmed(), fieldTitle));
    }

    m_table->clear();
    m_table->setColumnCount(int(titles.size()));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setRowCount(int(preview.rows.size()));
    m_fileRows.clear();
    for (int r = 0; r < preview.rows.size(); ++r) {
        const SourceRow& row = preview.rows[r];
        m_fileRows.append(row.number);
        auto* number = new QTableWidgetItem(QString::number(row.number));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(r, 0, number);
        for (int c = 0; c < columns.size(); ++c)
            m_table->setItem(r, c + 1, new QTableWidgetItem(row.cells.value(columns[c])));
    }

    // Mark the problems. A problem about a column that is not shown (a required field without a column,
    // a whole-row reason) goes on the row number.
    QSet<qint64> rejected;
    m_warnings = 0;
    QHash<QTableWidgetItem*, QStringList> reasons;
    for (const ImportProblem& problem : preview.problems) {
        const int r = tableRowOfFileRow(problem.row);
        if (r < 0)
            continue;
        const bool isRejected = problem.severity == ImportProblem::Severity::Rejected;
        if (isRejected)
            rejected.insert(problem.row);
        else
            ++m_warnings;
        const int c = columnOfHeader.value(problem.column.trimmed().toCaseFolded(), 0);
        QTableWidgetItem* item = m_table->item(r, c);
        if (!item)
            continue;
        // Red wins over yellow when a cell has both.
        if (isRejected || item->background().color() != rejectedColor) {
            item->setBackground(isRejected ? rejectedColor : warningColor);
            item->setForeground(Qt::black);
        }
        QString reason = problem.reason;
        if (c == 0 && !problem.column.isEmpty())
            reason = QStringLiteral("%1: %2").arg(problem.column, problem.reason);
        reasons[item].append(isRejected ? tr("Not imported: %1").arg(reason) : reason);
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        it.key()->setToolTip(it.value().join(QLatin1Char('\n')));
    m_rejectedRows = int(rejected.size());

    m_table->resizeColumnsToContents();
    for (int c = 1; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 8, 260));
    m_table->horizontalHeader()->setStretchLastSection(true);

    QString summary = tr("%n row(s) shown", "", int(preview.rows.size()));
    summary += QStringLiteral(", ") + tr("%n would be rejected", "", m_rejectedRows);
    summary += QStringLiteral(", ") + tr("%n warning(s)", "", m_warnings);
    if (rejected.isEmpty() && m_warnings == 0 && !preview.rows.isEmpty())
        summary += QStringLiteral(" — ") + tr("no problems found.");
    else
        summary += QStringLiteral(".");
    m_summary->setText(summary);
}

int ImportPreviewPage::tableRowOfFileRow(qint64 fileRow) const
{
    return int(m_fileRows.indexOf(fileRow));
}

QString ImportPreviewPage::summaryText() const
{
    return m_summary->text();
}

void ImportPreviewPage::setSkipExisting(bool skip)
{
    (skip ? m_skip : m_update)->setChecked(true);
}

void ImportPreviewPage::setDryRun(bool dryRun)
{
    m_dryRun->setChecked(dryRun);
}

void ImportPreviewPage::updateCommitText()
{
    setButtonText(QWizard::CommitButton, m_dryRun->isChecked() ? tr("&Check") : tr("&Import"));
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}

bool ImportPreviewPage::validatePage()
{
    ImportOptions& options = m_wizard->options();
    options.onExisting = m_skip->isChecked() ? ImportOptions::OnExisting::Skip : ImportOptions::OnExisting::Update;
    options.dryRun = m_dryRun->isChecked();
    options.dateOrder = ValueCleaner::DateOrder(m_dateOrder->currentData().toInt());
    return m_ok;
}
