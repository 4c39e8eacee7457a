#pragma once

#include "CustomerFilter.h"
#include "SegmentReport.h"
#include "SegmentReportBuilder.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QPrinter;
class SegmentReportWorker;

// File > Segment Report…: the user picks the as-of date, the model (rfm5, rfm8, abc), a filter (search,
// stage, owner; tag and province carry over from the customer list) and optionally one segment, then
// previews, prints or saves the report as PDF, or exports the segment members to CSV/XLSX. Gathering,
// PDF writing, printing and the export run on a SegmentReportWorker (progress + Cancel); only the print
// preview paints in the GUI thread, as QPrintPreviewDialog requires.
class SegmentReportDialog : public QDialog {
    Q_OBJECT

public:
    SegmentReportDialog(QString archivePath, const CustomerFilter& filter, const QStringList& owners,
                        QWidget* parent = nullptr);
    ~SegmentReportDialog() override;

    SegmentReportBuilder::Options options() const;

    // Without file dialogs (the buttons ask for the file, then call these; tests call them directly).
    void saveAsPdf(const QString& path);
    void exportMembers(const QString& path);
    bool isBusy() const;
    // After a job: what it reported ("12 pages written to …", or the error).
    QString statusText() const;

private:
    void preview();
    void print();
    void askPdf();
    void askExport();
    void start(std::unique_ptr<SegmentReportWorker> worker);
    void finished();
    void fillSegments();
    void updateFilterText();
    void setBusy(bool busy);

    QString m_archivePath;
    CustomerFilter m_baseFilter; // tag and province come from here
    QDateEdit* m_asOf = nullptr;
    QComboBox* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_segment = nullptr;
    QLabel* m_filterText = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    std::unique_ptr<SegmentReportWorker> m_worker;
    std::unique_ptr<QPrinter> m_printer;
};
