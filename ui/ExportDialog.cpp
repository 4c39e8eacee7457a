#include "ExportDialog.h"

#include "Archive.h"
#include "ExportWorker.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const QString lastFolderKey = QStringLiteral("export/lastFolder");

QString targetFileStem(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Customers: return ExportDialog::tr("Customers");
    case ImportTarget::Orders: return ExportDialog::tr("Orders");
    case ImportTarget::Interactions: return ExportDialog::tr("Follow-ups");
    }
    return {};
}
} // namespace

ExportDialog::ExportDialog(Archive& archive, const CustomerFilter& currentFilter, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_filter(currentFilter)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("exportTargetCombo"));
    m_target->addItem(tr("Customers (with their main contact person)"), int(ImportTarget::Customers));
    m_target->addItem(tr("Orders"), int(ImportTarget::Orders));
    m_target->addItem(tr("Follow-ups"), int(ImportTarget::Interactions));

    m_all = new QRadioButton(tr("The whole archive"), this);
    m_all->setObjectName(QStringLiteral("exportAllRadio"));
    m_filtered = new QRadioButton(tr("Only the customers the list shows now"), this);
    m_filtered->setObjectName(QStringLiteral("exportFilteredRadio"));
    m_all->setChecked(true);
    // Nothing to narrow down when the list is not filtered.
    m_filtered->setEnabled(!m_filter.isEmpty());
    if (m_filter.isEmpty())
        m_filtered->setToolTip(tr("The list is not filtered."));
    auto* scope = new QVBoxLayout;
    scope->addWidget(m_all);
    scope->addWidget(m_filtered);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("exportEncodingCombo"));
    m_encoding->addItem(tr("UTF-8 (opens correctly in Excel)"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("GB18030 (older Chinese software)"), QStringLiteral("gb18030"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Export:"), m_target);
    form->addRow(tr("From:"), scope);
    // A layout as field gets no buddy by itself: without one the ampersand would show.
    auto* pathLabel = new QLabel(tr("To &file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    m_encodingLabel = qobject_cast<QLabel*>(form->labelForField(m_encoding));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        // Follow the kind of rows in a suggested name the user has not changed.
        const QFileInfo current(path());
        for (ImportTarget t : {ImportTarget::Customers, ImportTarget::Orders, ImportTarget::Interactions})
            if (current.completeBaseName().startsWith(targetFileStem(t)) && t != ImportTarget(m_target->currentData().toInt())) {
                setFilePath(current.absoluteDir().filePath(
                    targetFileStem(ImportTarget(m_target->currentData().toInt()))
                    + current.completeBaseName().mid(targetFileStem(t).size()) + QLatin1Char('.') + current.suffix()));
                break;
            }
    });

    // A name ready to go: <Documents>/Customers 2024-05-01.xlsx
    QString folder = QSettings().value(lastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setFilePath(QDir(folder).filePath(QStringLiteral("%1 %2.xlsx")
                                          .arg(targetFileStem(ImportTarget::Customers),
                                               QDate::currentDate().toString(Qt::ISODate))));
    updateState();
}

ExportDialog::~ExportDialog()
{
    delete m_worker; // cancels and waits
}

void ExportDialog::setTarget(ImportTarget target)
{
    m_target->setCurrentIndex(std::max(0, m_target->findData(int(target))));
}

void ExportDialog::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setOnlyFiltered(bool onlyFiltered)
{
    (onlyFiltered && m_filtered->isEnabled() ? m_filtered : m_all)->setChecked(true);
}

void ExportDialog::setCsvEncoding(const QString& key)
{
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(key)));
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ExportDialog::isCsv() const
{
    return QFileInfo(path()).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0;
}

QString ExportDialog::messageText() const
{
    return m_message->text();
}

void ExportDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void ExportDialog::browse()
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV file (*.csv)");
    QString selected = isCsv() ? csv : xlsx;
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), path(), xlsx + QStringLiteral(";;") + csv, &selected);
    if (chosen.isEmpty())
        return;
    // The format follows the file name; a name without extension gets the one of the chosen filter.
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += selected == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QSettings().setValue(lastFolderKey, QFileInfo(chosen).absolutePath());
    setFilePath(chosen);
    m_confirmedPath = chosen;
}

void ExportDialog::updateState()
{
    const bool running = isRunning();
    const QString suffix = QFileInfo(path()).suffix().toLower();
    const bool known = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
    m_encoding->setEnabled(!running && isCsv());
    m_encodingLabel->setEnabled(m_encoding->isEnabled());
    m_export->setEnabled(!running && !path().isEmpty() && known);
    for (QWidget* w : std::initializer_list<QWidget*>{m_target, m_all, m_path, m_browse})
        w->setEnabled(!running);
    m_filtered->setEnabled(!running && !m_filter.isEmpty());
    if (!running && !path().isEmpty() && !known)
        showMessage(tr("The file name must end in .xlsx or .csv."), true);
    else if (!running && m_message->text() == tr("The file name must end in .xlsx or .csv."))
        showMessage(QString(), false);
}

bool ExportDialog::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

bool ExportDialog::startExport()
{
    if (isRunning() || !m_export->isEnabled())
        return false;
    ExportOptions options;
    options.target = ImportTarget(m_target->currentData().toInt());
    if (m_filtered->isChecked())
        options.filter = m_filter;
    options.csvEncoding = m_encoding->currentData().toString();

    delete m_worker;
    m_worker = new ExportWorker(m_archive.path(), path(), options, this);
    connect(m_worker, &ExportWorker::progressChanged, this, [this](double fraction, qint64) {
        m_progress->setValue(qBound(0, int(fraction * 1000), 1000));
    });
    connect(m_worker, &ExportWorker::finished, this, &ExportDialog::onFinished);
    m_progress->setValue(0);
    m_progress->show();
    showMessage(tr("Exporting…"), false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Stop"));
    m_worker->start();
    updateState();
    return true;
}

void ExportDialog::onFinished()
{
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_progress->hide();
    updateState();
    if (m_worker->succeeded()) {
        m_rows = m_worker->rowsWritten();
        m_exportedPath = m_worker->targetPath();
        QDialog::accept();
        return;
    }
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    if (m_worker->cancelled())
        showMessage(tr("The export was stopped; no file was written."), false);
    else
        showMessage(m_worker->errorText(), true);
}

void ExportDialog::accept()
{
    if (isRunning())
        return;
    const QString target = path();
    if (QFileInfo::exists(target) && target != m_confirmedPath
        && QMessageBox::question(this, tr("Export"),
                                 tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(target)),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    startExport();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        // First Stop: cancel; the dialog stays to say so. Closing the window while running closes after.
        m_closeWhenStopped = !isVisible() || m_closeWhenStopped;
        m_worker->cancel();
        showMessage(tr("Stopping…"), false);
        return;
    }
    QDialog::reject();
}
