#pragma once

#include <QPointer>
#include <QWizardPage>

class ImportWizard;
class ImportWorker;
class QLabel;
class QProgressBar;
class QPushButton;

// Fourth page: the import itself, on a worker thread, with progress and a way to stop it (which rolls back
// everything). Moves on to the result page by itself when the import has ended.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    ImportWorker* worker() const { return m_worker; }
    // Stops the import; `closeWhenStopped` closes the wizard once the worker has rolled back.
    void cancelImport(bool closeWhenStopped = false);

signals:
    void importFinished();

private:
    void onProgress(double fraction, qint64 rows);
    void onFinished();

    ImportWizard* m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    ImportWorker* m_worker = nullptr;
    bool m_done = false;
    bool m_closeWhenStopped = false;
};
