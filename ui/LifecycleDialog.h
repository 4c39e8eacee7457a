#pragma once

#include "LifecycleAdvisor.h"

#include <QDialog>
#include <memory>

class ArchiveTask;
class LifecycleSuggestionModel;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

// Lifecycle stage suggestions (issue 5): LifecycleAdvisor's suggestions with a check box each; nothing
// changes until the user checks some and presses Apply, which changes them in one transaction through the
// normal customer update (LifecycleStageApplier). Both the suggestions and the apply run on worker threads.
class LifecycleDialog : public QDialog {
    Q_OBJECT

public:
    explicit LifecycleDialog(QString archivePath, QWidget* parent = nullptr);
    ~LifecycleDialog() override;

    void suggest();     // recomputes with the options shown
    void applyChecked(); // applies the checked suggestions
    bool isBusy() const;
    LifecycleSuggestionModel* model() const { return m_model; }
    QString statusText() const;
    int appliedCount() const { return m_applied; }

signals:
    void archiveChanged(); // stages were changed: the main window reloads its list

private:
    LifecycleAdvisor::Options options() const;
    void updateButtons();

    QString m_archivePath;
    QDateEdit* m_asOf = nullptr;
    QSpinBox* m_activeDays = nullptr;
    QSpinBox* m_lostDays = nullptr;
    QTableView* m_view = nullptr;
    LifecycleSuggestionModel* m_model = nullptr;
    QPushButton* m_suggestButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    std::unique_ptr<ArchiveTask> m_task;
    int m_applied = 0;
    QString m_applyText; // the outcome of the last apply, shown with the next suggestions
};
