#include "ImportMappingPage.h"

#include "ImportField.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString profileGroup = QStringLiteral("importProfiles");
const QString customPrefix = QStringLiteral("custom:");

// Slashes would make settings groups out of a profile name.
QString profileKey(const QString& name)
{
    QString key = name.trimmed();
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return key;
}

bool sameHeader(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the field each column of the file goes to. Columns set to “(ignore)” are not "
                   "imported; several columns for one field are joined with a space."));

    m_headerInfo = new QLabel(this);
    m_headerInfo->setObjectName(QStringLiteral("mappingHeaderInfo"));
    m_headerInfo->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    // Name and field side by side; the examples take what room is left.
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Import as"), tr("Example values")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("mappingProfileCombo"));
    m_profiles->setMinimumContentsLength(16);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profiles->setToolTip(tr("Saved column mappings; choosing one applies it."));
    m_saveProfile = new QPushButton(tr("Save &As…"), this);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_deleteProfile = new QPushButton(tr("&Delete"), this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileButton"));
    m_fileButton = new QPushButton(tr("Mapping &File"), this);
    auto* fileMenu = new QMenu(m_fileButton);
    fileMenu->addAction(tr("&Load from File…"), this, &ImportMappingPage::loadFile);
    fileMenu->addAction(tr("&Save to File…"), this, &ImportMappingPage::saveFile);
    m_fileButton->setMenu(fileMenu);

    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(new QLabel(tr("Saved mapping:"), this));
    profileRow->addWidget(m_profiles);
    profileRow->addWidget(m_saveProfile);
    profileRow->addWidget(m_deleteProfile);
    profileRow->addStretch(1);
    profileRow->addWidget(m_fileButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addWidget(m_headerInfo);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_message);

    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyProfile(m_profiles->itemText(index));
        m_deleteProfile->setEnabled(index > 0);
    });
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportMappingPage::saveProfileInteractively);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ImportMappingPage::deleteCurrentProfile);
    reloadProfiles();
}

void ImportMappingPage::initializePage()
{
    const ImportOptions& options = m_wizard->options();
    const QString key = QStringList{m_wizard->sourcePath(), m_wizard->tabularOptions().encoding,
                                    QString::number(options.sheet), ImportTargets::toKey(options.target)}
                            .join(QLatin1Char('\n'));
    if (key == m_filledFor && m_ok)
        return; // back and forward again over the same file: keep what the user chose
    m_filledFor = key;
    showMessage(QString(), false);
    auto preview = m_wizard->preview(ColumnMapping{}); // the automatic mapping
    m_ok = preview.ok();
    if (!preview) {
        m_table->setRowCount(0);
        m_headerInfo->setText(QString());
        showMessage(preview.error(), true);
    } else {
        fill(*preview);
    }
    emit completeChanged();
}

void ImportMappingPage::fill(const ImportPreview& preview)
{
    m_headers = preview.headers;
    const ImportTarget target = m_wizard->options().target;
    const QStringList customFields = m_wizard->customFieldNames();
    const QString sheet = m_wizard->source() ? m_wizard->source()->sheetNames().value(m_wizard->options().sheet) : QString();
    m_headerInfo->setText(tr("Column names found in row %1 of “%2”.").arg(preview.headerRow).arg(sheet));

    m_table->setRowCount(0);
    m_table->setRowCount(int(m_headers.size()));
    for (int row = 0; row < m_headers.size(); ++row) {
        const QString header = m_headers[row];
        auto* source = new QTableWidgetItem(header.trimmed().isEmpty() ? tr("(no name)") : header);
        m_table->setItem(row, SourceColumn, source);

        // The first few values, so that a column named "备注1" can be recognised by its content.
        QStringList examples;
        for (const SourceRow& data : preview.rows) {
            const QString value = data.cells.value(row).trimmed();
            if (!value.isEmpty() && !examples.contains(value))
                examples.append(value);
            if (examples.size() == 3)
                break;
        }
        auto* example = new QTableWidgetItem(examples.join(QStringLiteral("  ·  ")));
        example->setForeground(palette().color(QPalette::PlaceholderText));
        example->setToolTip(examples.join(QLatin1Char('\n')));
        m_table->setItem(row, ExampleColumn, example);

        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(row));
        combo->addItem(tr("(ignore)"), QString());
        for (const ImportField& field : ImportFields::forTarget(target))
            combo->addItem(field.header(), field.key);
        if (!customFields.isEmpty())
            combo->insertSeparator(combo->count());
        for (const QString& name : customFields)
            combo->addItem(tr("Custom field: %1").arg(name), customPrefix + name);
        // A column without a name cannot be named in a mapping.
        combo->setEnabled(!header.trimmed().isEmpty());
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateStatus);
        m_table->setCellWidget(row, FieldColumn, combo);
    }
    applyMapping(preview.mapping);

    m_table->resizeColumnToContents(SourceColumn);
    m_table->setColumnWidth(SourceColumn, std::clamp(m_table->columnWidth(SourceColumn) + 24, 140, 280));
    int comboWidth = 200;
    for (int row = 0; row < m_table->rowCount(); ++row)
        comboWidth = std::max(comboWidth, fieldCombo(row)->sizeHint().width());
    m_table->setColumnWidth(FieldColumn, comboWidth + 8);
    m_table->verticalHeader()->setDefaultSectionSize(std::max(m_table->verticalHeader()->defaultSectionSize(),
                                                              fieldCombo(0) ? fieldCombo(0)->sizeHint().height() + 2 : 0));
    updateStatus();
}

QComboBox* ImportMappingPage::fieldCombo(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, FieldColumn));
}

int ImportMappingPage::rowOfHeader(const QString& header) const
{
    for (int row = 0; row < m_headers.size(); ++row)
        if (sameHeader(m_headers[row], header))
            return row;
    return -1;
}

QString ImportMappingPage::fieldAt(int row) const
{
    const QComboBox* combo = fieldCombo(row);
    return combo ? combo->currentData().toString() : QString();
}

void ImportMappingPage::setFieldAt(int row, const QString& key)
{
    if (QComboBox* combo = fieldCombo(row))
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping mapping;
    mapping.target = m_wizard->options().target;
    for (int row = 0; row < m_headers.size(); ++row) {
        const QString key = fieldAt(row);
        if (!key.isEmpty())
            mapping.columns[key].append(m_headers[row]);
    }
    return mapping;
}

QStringList ImportMappingPage::applyMapping(const ColumnMapping& mapping)
{
    QStringList missing;
    for (int row = 0; row < m_headers.size(); ++row) {
        const QSignalBlocker blocker(fieldCombo(row));
        setFieldAt(row, QString());
    }
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        for (const QString& header : it.value()) {
            const int row = rowOfHeader(header);
            if (row < 0) {
                missing.append(header);
                continue;
            }
            const QSignalBlocker blocker(fieldCombo(row));
            setFieldAt(row, it.key());
            if (fieldAt(row) != it.key())
                missing.append(header); // a custom field this archive does not define
        }
    }
    updateStatus();
    return missing;
}

void ImportMappingPage::updateStatus()
{
    int mapped = 0;
    for (int row = 0; row < m_headers.size(); ++row)
        if (!fieldAt(row).isEmpty())
            ++mapped;
    m_status->setText(tr("%1 of %n column(s) will be imported.", "", int(m_headers.size())).arg(mapped));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    if (!m_ok)
        return false;
    for (int row = 0; row < m_headers.size(); ++row)
        if (!fieldAt(row).isEmpty())
            return true;
    return false;
}

bool ImportMappingPage::validatePage()
{
    m_wizard->options().mapping = mapping();
    return true;
}

void ImportMappingPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

// --- profiles ---------------------------------------------------------------------------------------

QStringList ImportMappingPage::profileNames()
{
    QSettings settings;
    settings.beginGroup(profileGroup);
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ImportMappingPage::reloadProfiles(const QString& select)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItem(tr("(none)"));
    m_profiles->addItems(profileNames());
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findText(select)));
    m_deleteProfile->setEnabled(m_profiles->currentIndex() > 0);
}

void ImportMappingPage::saveProfile(const QString& name)
{
    const QString key = profileKey(name);
    if (key.isEmpty())
        return;
    QSettings().setValue(profileGroup + QLatin1Char('/') + key,
                         QString::fromUtf8(QJsonDocument(mapping().toJson()).toJson(QJsonDocument::Compact)));
    reloadProfiles(key);
}

bool ImportMappingPage::applyProfile(const QString& name)
{
    const QString json = QSettings().value(profileGroup + QLatin1Char('/') + profileKey(name)).toString();
    auto parsed = ColumnMapping::fromJson(json.toUtf8());
    if (!parsed) {
        showMessage(tr("The saved mapping “%1” cannot be used: %2").arg(name, parsed.error()), true);
        return false;
    }
    if (parsed->target != m_wizard->options().target) {
        showMessage(tr("The saved mapping “%1” is for another kind of rows.").arg(name), true);
        return false;
    }
    const QStringList missing = applyMapping(*parsed);
    showMessage(missing.isEmpty() ? QString()
                                  : tr("This file has no column %1; the rest of “%2” was applied.")
                                        .arg(missing.join(QStringLiteral(", ")), name),
                false);
    return true;
}

void ImportMappingPage::saveProfileInteractively()
{
    bool ok = false;
    const QString current = m_profiles->currentIndex() > 0 ? m_profiles->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save Mapping"), tr("Name of the mapping:"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (profileNames().contains(profileKey(name)) && profileKey(name) != current
        && QMessageBox::question(this, tr("Save Mapping"), tr("Replace the saved mapping “%1”?").arg(name))
               != QMessageBox::Yes)
        return;
    saveProfile(name);
}

void ImportMappingPage::deleteCurrentProfile()
{
    if (m_profiles->currentIndex() <= 0)
        return;
    const QString name = m_profiles->currentText();
    if (QMessageBox::question(this, tr("Delete Mapping"), tr("Delete the saved mapping “%1”?").arg(name))
        != QMessageBox::Yes)
        return;
    QSettings().remove(profileGroup + QLatin1Char('/') + name);
    reloadProfiles();
}

void ImportMappingPage::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), QString(),
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto parsed = ColumnMapping::fromFile(path);
    if (!parsed) {
        showMessage(parsed.error(), true);
        return;
    }
    if (parsed->target != m_wizard->options().target) {
        showMessage(tr("%1 is a mapping for another kind of rows.").arg(QFileInfo(path).fileName()), true);
        return;
    }
    const QStringList missing = applyMapping(*parsed);
    showMessage(missing.isEmpty() ? QString()
                                  : tr("This file has no column %1; the rest of the mapping was applied.")
                                        .arg(missing.join(QStringLiteral(", "))),
                false);
}

void ImportMappingPage::saveFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), QString(),
                                                tr("Mapping files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(mapping().toJson()).toJson()) < 0 || !file.commit())
        showMessage(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
    else
        showMessage(tr("Mapping saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}
