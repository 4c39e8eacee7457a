#pragma once

#include <QWizardPage>

class ImportProblemModel;
class ImportWizard;
class QLabel;
class QPushButton;
class QTableView;

// Last page: what the import did (or why it did not), every problem with its row and reason, the error
// list as a file, and where to undo the import.
class ImportResultPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard* wizard);

    void initializePage() override;

    QString headlineText() const;
    QString countText(const char* name) const; // "rows", "imported", "updated", "skipped", "rejected"
    ImportProblemModel* problemModel() const { return m_problems; }
    // Writes the problems as CSV (Importer::writeProblems); false with the reason shown on the page.
    bool saveProblems(const QString& path);

private:
    void saveProblemsInteractively();

    ImportWizard* m_wizard;
    QLabel* m_headline = nullptr;
    QWidget* m_countsBox = nullptr;
    QLabel* m_rows = nullptr;
    QLabel* m_imported = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_rejected = nullptr;
    QLabel* m_problemsTitle = nullptr;
    QTableView* m_problemView = nullptr;
    ImportProblemModel* m_problems = nullptr;
    QPushButton* m_saveProblems = nullptr;
    QPushButton* m_importNow = nullptr;
    QLabel* m_note = nullptr;
};
