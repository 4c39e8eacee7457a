#pragma once

#include "QualityRecord.h"
#include "QualityRules.h"
#include "QualitySummary.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <memory>

class Archive;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QualityWorker;

// The data-quality dashboard (issue 7): the score distribution as a histogram, the problems that affect the
// most customers ("worst fields"), the average score per owner, and a "needs attention" work list of the
// lowest-scoring customers, overall or with one problem. Double-clicking a customer asks the main window to
// open it (customerActivated), so the dialog is meant to stay open next to it. The scores are computed by a
// QualityWorker on a thread of its own with its own connection to the archive.
class QualityDashboard : public QDialog {
    Q_OBJECT

public:
    explicit QualityDashboard(Archive& archive, QWidget* parent = nullptr);
    ~QualityDashboard() override;

    void refresh();
    void cancel(); // stops a running computation; the figures shown before stay
    bool isBusy() const;
    bool hasSummary() const { return m_hasSummary; }
    const QualitySummary& summary() const { return m_summary; }
    QString errorText() const { return m_error; }

    // Shows the work list of customers with `problem` (empty = all, lowest scores first).
    void showNeedsAttention(const QString& problem = QString());
    QString attentionProblem() const;

    QChart* histogramChart() const;
    QTableWidget* problemTable() const { return m_problems; }
    QTableWidget* ownerTable() const { return m_owners; }
    QTableWidget* attentionTable() const { return m_attention; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void customerActivated(qint64 id);

private:
    void onFinished();
    void showSummary();
    void showHistogram();
    void fillAttention();
    void editRules();

    Archive& m_archive;
    QTabWidget* m_tabs = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_rulesButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QChartView* m_histogramView = nullptr;
    QTableWidget* m_problems = nullptr;
    QTableWidget* m_owners = nullptr;
    QComboBox* m_problemCombo = nullptr;
    QTableWidget* m_attention = nullptr;

    std::unique_ptr<QualityWorker> m_worker;
    bool m_refreshPending = false;
    bool m_hasSummary = false;
    QualitySummary m_summary;
    QualityRules m_rules;
    QList<QualityRecord> m_worst;
    QHash<QString, QList<QualityRecord>> m_worstByProblem;
    QString m_error;
};
