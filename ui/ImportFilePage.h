#pragma once

#include "ImportTarget.h"

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// First page: the file, the CSV encoding (when guessing goes wrong), what the rows are, and the sheet of a
// workbook with more than one.
class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    // For tests and for a file dropped on the window: opens it as if chosen in the file dialog.
    void setFilePath(const QString& path);
    void setTarget(ImportTarget target);
    void setEncoding(const QString& key); // "auto", "utf-8", "gb18030", "utf-16"
    void setSheet(int index);
    QString errorText() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void reopen();
    static bool isCsvLike(const QString& path);

    ImportWizard* m_wizard;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_target = nullptr;
    QLabel* m_sheetLabel = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_status = nullptr;
    bool m_opened = false;
};
