#pragma once

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTableWidget;
struct ImportPreview;

// Third page: the first rows as they would be imported, every problem marked on its cell (red: the row
// would be rejected, yellow: a warning; the tooltip says why), and what to do with rows that already exist.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    static const QColor rejectedColor;
    static const QColor warningColor;

    explicit ImportPreviewPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget* table() const { return m_table; }
    QString summaryText() const;
    int rejectedRows() const { return m_rejectedRows; }
    int warningCount() const { return m_warnings; }
    // Table row of a file row number, -1 when not shown.
    int tableRowOfFileRow(qint64 fileRow) const;

    void setSkipExisting(bool skip);
    void setDryRun(bool dryRun);

private:
    void refresh();
    void fill(const ImportPreview& preview);
    void updateCommitText();

    ImportWizard* m_wizard;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QGroupBox* m_existingBox = nullptr;
    QRadioButton* m_update = nullptr;
    QRadioButton* m_skip = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QCheckBox* m_dryRun = nullptr;
    QList<qint64> m_fileRows; // file row number per table row
    int m_rejectedRows = 0;
    int m_warnings = 0;
    bool m_ok = false;
};
