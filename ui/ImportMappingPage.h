#pragma once

#include "ColumnMapping.h"

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
struct ImportPreview;

// Second page: one row per column of the file with the field it goes to, filled in by the automatic mapping.
// Mappings can be kept as named profiles (settings, "importProfiles/<name>" = the mapping's JSON) for files
// that come in the same layout every month, or as JSON files (the CLI's --mapping format).
class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    enum Column { SourceColumn, FieldColumn, ExampleColumn };

    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ColumnMapping mapping() const;
    // Sets every row from `mapping`; columns it does not name are ignored. Returns the mapped columns that
    // this file does not have.
    QStringList applyMapping(const ColumnMapping& mapping);

    QTableWidget* table() const { return m_table; }
    int rowOfHeader(const QString& header) const; // -1 when the file has no such column
    QString fieldAt(int row) const;               // field key, "custom:<name>", or empty = ignored
    void setFieldAt(int row, const QString& key);

    static QStringList profileNames();
    void saveProfile(const QString& name);
    bool applyProfile(const QString& name); // false (with a message on the page) when unusable

private:
    void fill(const ImportPreview& preview);
    QComboBox* fieldCombo(int row) const;
    void updateStatus();
    void reloadProfiles(const QString& select = QString());
    void saveProfileInteractively();
    void deleteCurrentProfile();
    void loadFile();
    void saveFile();
    void showMessage(const QString& text, bool error);

    ImportWizard* m_wizard;
    QLabel* m_headerInfo = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_profiles = nullptr;
    QPushButton* m_saveProfile = nullptr;
    QPushButton* m_deleteProfile = nullptr;
    QPushButton* m_fileButton = nullptr;
    QStringList m_headers;
    QString m_filledFor; // file, encoding, sheet and target the table was filled for
    bool m_ok = false;
};
