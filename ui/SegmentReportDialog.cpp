#include "SegmentReportDialog.h"

#include "CustomerStage.h"
#include "SegmentReportRenderer.h"
#include "SegmentReportWorker.h"
#include "UserName.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

SegmentReportDialog::SegmentReportDialog(QString archivePath, const CustomerFilter& filter,
                                         const QStringList& owners, QWidget* parent)
    : QDialog(parent)
    , m_archivePath(std::move(archivePath))
    , m_baseFilter(filter) {
    setWindowTitle(tr("Segment Report"));
    setObjectName(QStringLiteral("segmentReportDialog"));

    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    for (SegmentModelKind kind : {SegmentModelKind::Rfm5, SegmentModelKind::Rfm8, SegmentModelKind::Abc})
        m_model->addItem(SegmentReportBuilder::modelTitle(kind), int(kind));
    m_search = new QLineEdit(filter.quickSearch, this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Name, code, company or phone"));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_stage->addItem(tr("Any stage"), QString());
    for (CustomerStage stage : CustomerStages::all)
        m_stage->addItem(CustomerStages::displayName(stage), CustomerStages::toKey(stage));
    if (filter.stage)
        m_stage->setCurrentIndex(m_stage->findData(CustomerStages::toKey(*filter.stage)));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->addItem(tr("Any owner"), QString());
    m_owner->addItem(tr("No owner"), QStringLiteral("-"));
    for (const QString& login : owners)
        m_owner->addItem(login, login);
    if (!filter.owner.isEmpty()) {
        if (m_owner->findData(filter.owner) < 0)
            m_owner->addItem(filter.owner, filter.owner);
        m_owner->setCurrentIndex(m_owner->findData(filter.owner));
    }
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("segmentCombo"));
    m_filterText = new QLabel(this);
    m_filterText->setObjectName(QStringLiteral("filterLabel"));
    m_filterText->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Search:"), m_search);
    form->addRow(tr("S&tage:"), m_stage);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(tr("Customers:"), m_filterText);

    m_previewButton = new QPushButton(tr("Pre&view…"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_exportButton = new QPushButton(tr("&Export Members…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportMembersButton"));
    m_exportButton->setToolTip(
        tr("The customers of the chosen segment (or of all segments) as CSV or Excel"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_previewButton, m_printButton, m_pdfButton, m_exportButton})
        actions->addWidget(button);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &SegmentReportDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &SegmentReportDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &SegmentReportDialog::askPdf);
    connect(m_exportButton, &QPushButton::clicked, this, &SegmentReportDialog::askExport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, &SegmentReportDialog::fillSegments);
    connect(m_search, &QLineEdit::textChanged, this, &SegmentReportDialog::updateFilterText);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &SegmentReportDialog::updateFilterText);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &SegmentReportDialog::updateFilterText);
    fillSegments();
    updateFilterText();
    setBusy(false);
}

SegmentReportDialog::~SegmentReportDialog()
{
    // The worker first: its destructor cancels and waits for the job, which may still paint on m_printer.
    m_worker.reset();
}

SegmentReportBuilder::Options SegmentReportDialog::options() const {
    SegmentReportBuilder::Options o;
    o.asOf = m_asOf->date();
    o.model = SegmentModelKind(m_model->currentData().toInt());
    o.filter = m_baseFilter;
    o.filter.quickSearch = m_search->text().trimmed();
    const QString stage = m_stage->currentData().toString();
    o.filter.stage = stage.isEmpty() ? std::nullopt : CustomerStages::fromText(stage);
    o.filter.owner = m_owner->currentData().toString();
    o.segment = m_segment->currentData().toString();
    o.printedBy = UserName::current();
    return o;
}

void SegmentReportDialog::fillSegments() {
    const auto model = SegmentModelKind(m_model->currentData().toInt());
    m_segment->clear();
    m_segment->addItem(tr("All segments"), QString());
    for (const SegmentName& name : SegmentReportBuilder::segmentNames(model))
        m_segment->addItem(SegmentReportBuilder::title(model, name), QString::fromLatin1(name.key));
}

void SegmentReportDialog::updateFilterText() {
    m_filterText->setText(SegmentReportBuilder::describe(options().filter));
}

bool SegmentReportDialog::isBusy() const {
    return m_worker && m_worker->isRunning();
}

QString SegmentReportDialog::statusText() const {
    return m_status->text();
}

void SegmentReportDialog::setBusy(bool busy) {
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_previewButton, m_printButton, m_pdfButton, m_exportButton, m_asOf,
                                         m_model, m_search, m_stage, m_owner, m_segment})
        w->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setValue(0);
        m_status->setText(tr("Working…"));
    }
}

void SegmentReportDialog::start(std::unique_ptr<SegmentReportWorker> worker) {
    m_worker = std::move(worker);
    connect(m_worker.get(), &ArchiveWorker::progressChanged, this,
            [this](double fraction, qint64) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_worker.get(), &ArchiveWorker::finished, this, &SegmentReportDialog::finished);
    setBusy(true);
    m_worker->start();
}

void SegmentReportDialog::finished() {
    setBusy(false);
    SegmentReportWorker* worker = m_worker.get();
    if (worker->cancelled()) {
        m_status->setText(tr("Cancelled; nothing was written."));
        return;
    }
    if (!worker->succeeded()) {
        m_status->setText(worker->errorText());
        QMessageBox::warning(this, windowTitle(), worker->errorText());
        return;
    }
    const QString members = tr("%n customer(s)", nullptr, int(worker->result().memberCount()));
    switch (worker->output()) {
    case SegmentReportWorker::Output::Pdf:
        m_status->setText(tr("%1 pages, %2, saved to %3")
                              .arg(worker->pages())
                              .arg(members, QDir::toNativeSeparators(worker->targetPath())));
        break;
    case SegmentReportWorker::Output::Printer:
        m_status->setText(tr("%1 pages, %2, sent to the printer").arg(worker->pages()).arg(members));
        break;
    case SegmentReportWorker::Output::Members:
        m_status->setText(
            tr("%1 exported to %2").arg(members, QDir::toNativeSeparators(worker->targetPath())));
        break;
    case SegmentReportWorker::Output::None: {
        m_status->setText(members);
        // The preview paints in the GUI thread (QPrintPreviewDialog asks for the pages there).
        const SegmentReport report = worker->result();
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Segment Report Preview"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
                [&report](QPrinter* target) { SegmentReportRenderer(report).render(*target); });
        preview.exec();
        break;
    }
    }
}

void SegmentReportDialog::preview() {
    start(std::make_unique<SegmentReportWorker>(m_archivePath, options()));
}

void SegmentReportDialog::print() {
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto worker = std::make_unique<SegmentReportWorker>(m_archivePath, options());
    worker->setPrinterOutput(m_printer.get());
    start(std::move(worker));
}

void SegmentReportDialog::askPdf() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("segment-report-%1.pdf").arg(m_asOf->date().toString(Qt::ISODate)));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    saveAsPdf(path);
}

void SegmentReportDialog::saveAsPdf(const QString& path) {
    auto worker = std::make_unique<SegmentReportWorker>(m_archivePath, options());
    worker->setPdfOutput(path);
    start(std::move(worker));
}

void SegmentReportDialog::askExport() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("segment-members-%1.xlsx").arg(m_asOf->date().toString(Qt::ISODate)));
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Segment Members"), suggested,
                                     tr("Excel workbook (*.xlsx);;CSV file (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return exportMembers(path + (selected.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                                                                               : QStringLiteral(".xlsx")));
    exportMembers(path);
}

void SegmentReportDialog::exportMembers(const QString& path) {
    auto worker = std::make_unique<SegmentReportWorker>(m_archivePath, options());
    worker->setMembersOutput(path);
    start(std::move(worker));
}
