#include "ImportFilePage.h"

#include "ImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>

namespace {
const QString lastFolderKey = QStringLiteral("import/lastFolder");
}

ImportFilePage::ImportFilePage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a File"));
    setSubTitle(tr("A CSV, TSV or text file, or an Excel workbook (.xlsx). The first row with column names is "
                   "found automatically."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setPlaceholderText(tr("File to import"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("importTargetCombo"));
    m_target->addItem(tr("Customers (with their main contact person)"), int(ImportTarget::Customers));
    m_target->addItem(tr("Orders"), int(ImportTarget::Orders));
    m_target->addItem(tr("Follow-ups"), int(ImportTarget::Interactions));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encoding->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("GB18030 (GBK, Chinese Windows)"), QStringLiteral("gb18030"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_encoding->setToolTip(tr("Only for CSV and text files. Change it when Chinese text shows as garbage."));

    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheetCombo"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    // A layout as field gets no buddy by itself: without one "&File:" would show its ampersand.
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Rows are:"), m_target);
    form->addRow(tr("&Encoding:"), m_encoding);
    m_encodingLabel = qobject_cast<QLabel*>(form->labelForField(m_encoding));
    form->addRow(tr("&Sheet:"), m_sheet);
    m_sheetLabel = qobject_cast<QLabel*>(form->labelForField(m_sheet));
    form->addRow(QString(), m_status);
    setLayout(form);

    m_sheet->setVisible(false);
    m_sheetLabel->setVisible(false);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::reopen);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::reopen);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { m_wizard->options().target = ImportTarget(m_target->currentData().toInt()); });
    reopen();
}

bool ImportFilePage::isCsvLike(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0;
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::setTarget(ImportTarget target)
{
    m_target->setCurrentIndex(std::max(0, m_target->findData(int(target))));
}

void ImportFilePage::setEncoding(const QString& key)
{
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(key)));
}

void ImportFilePage::setSheet(int index)
{
    m_sheet->setCurrentIndex(index);
}

QString ImportFilePage::errorText() const
{
    return m_opened ? QString() : m_status->text();
}

void ImportFilePage::browse()
{
    QSettings settings;
    QString start = m_path->text().trimmed();
    if (start.isEmpty())
        start = settings.value(lastFolderKey).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import File"), start,
        tr("Spreadsheets and text files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;"
           "Excel workbooks (*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportFilePage::reopen()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_opened = false;
    m_encoding->setEnabled(path.isEmpty() || isCsvLike(path));
    m_encodingLabel->setEnabled(m_encoding->isEnabled());
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
    }
    m_sheet->setVisible(false);
    m_sheetLabel->setVisible(false);

    if (path.isEmpty()) {
        m_status->clear();
    } else if (!QFileInfo(path).isFile()) {
        // Typing a path: say nothing until it names a file, then open it right away.
        m_status->setText(QFileInfo::exists(path) ? tr("This is a folder, not a file.") : QString());
    } else {
        TabularOptions options;
        options.encoding = m_encoding->currentData().toString();
        const Status opened = m_wizard->openSource(path, options);
        if (!opened) {
            m_status->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(opened.error().toHtmlEscaped()));
        } else {
            m_opened = true;
            TabularSource* source = m_wizard->source();
            const QStringList sheets = source->sheetNames();
            {
                const QSignalBlocker blocker(m_sheet);
                m_sheet->addItems(sheets);
                m_sheet->setCurrentIndex(0);
            }
            // A sheet choice only when there is one to make.
            m_sheet->setVisible(sheets.size() > 1);
            m_sheetLabel->setVisible(sheets.size() > 1);
            if (!source->encoding().isEmpty()) {
                QString delimiter = source->delimiter() == QLatin1Char('\t') ? tr("tab")
                                    : source->delimiter().isNull()          ? QString()
                                                                            : QString(source->delimiter());
                m_status->setText(delimiter.isEmpty() ? tr("Text file, read as %1.").arg(source->encoding())
                                                      : tr("Text file, read as %1, columns separated by “%2”.")
                                                            .arg(source->encoding(), delimiter));
            } else {
                m_status->setText(tr("Excel workbook with %n sheet(s).", "", int(sheets.size())));
            }
        }
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_opened;
}

bool ImportFilePage::validatePage()
{
    ImportOptions& options = m_wizard->options();
    options.target = ImportTarget(m_target->currentData().toInt());
    options.sheet = std::max(0, m_sheet->currentIndex());
    // The whole path: the undo list shows the name, with the path as its tooltip.
    options.fileName = QDir::toNativeSeparators(QFileInfo(m_wizard->sourcePath()).absoluteFilePath());
    return m_opened;
}
