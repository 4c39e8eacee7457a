#pragma once

#include "ArchiveWorker.h"
#include "SegmentReport.h"
#include "SegmentReportBuilder.h"

class QPrinter;

// On a worker thread with its own connection: gathers a segment report (SegmentReportBuilder) and then,
// depending on the output chosen, renders it to a PDF file or a printer (QPainter may paint on QPdfWriter and
// QPrinter outside the GUI thread) or exports the segment members to CSV/XLSX. With no output the report
// is only gathered (for the print preview, which paints in the GUI thread).
class SegmentReportWorker : public ArchiveWorker {
    Q_OBJECT

public:
    ~SegmentReportWorker() override { stop(); } // before the members work() uses are destroyed
    enum class Output { None, Pdf, Printer, Members };

    SegmentReportWorker(QString archivePath, SegmentReportBuilder::Options options,
                        QObject* parent = nullptr);

    // Choose the output before start(). The printer must outlive the job and stay untouched meanwhile.
    void setPdfOutput(const QString& path);
    void setPrinterOutput(QPrinter* printer);
    void setMembersOutput(const QString& path);

    Output output() const { return m_output; }
    const QString& targetPath() const { return m_path; }
    // Valid after a successful finish:
    const SegmentReport& result() const { return m_report; }
    int pages() const { return m_pages; }
    qint64 rowsWritten() const { return m_rows; }

protected:
    bool work(Archive& archive, QString& error) override;

private:
    SegmentReportBuilder::Options m_options;
    Output m_output = Output::None;
    QString m_path;
    QPrinter* m_printer = nullptr;
    SegmentReport m_report;
    int m_pages = 0;
    qint64 m_rows = 0;
};
