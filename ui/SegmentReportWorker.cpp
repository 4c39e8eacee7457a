#include "SegmentReportWorker.h"

#include "SegmentMemberExporter.h"
#include "SegmentReportRenderer.h"

#include <QPrinter>

SegmentReportWorker::SegmentReportWorker(QString archivePath, SegmentReportBuilder::Options options,
                                         QObject* parent)
    : ArchiveWorker(std::move(archivePath), parent)
    , m_options(std::move(options)) {}

void SegmentReportWorker::setPdfOutput(const QString& path) {
    m_output = Output::Pdf;
    m_path = path;
}

void SegmentReportWorker::setPrinterOutput(QPrinter* printer) {
    m_output = Output::Printer;
    m_printer = printer;
}

void SegmentReportWorker::setMembersOutput(const QString& path) {
    m_output = Output::Members;
    m_path = path;
}

bool SegmentReportWorker::work(Archive& archive, QString& error) {
    // Gathering is the first third of the bar when something is written afterwards (painting 100,000 rows
    // takes longer than gathering them).
    const double share = m_output == Output::None ? 1.0 : 0.3;
    auto built = SegmentReportBuilder::build(archive, m_options,
                                             [this, share](double f) { return report(f * share, 0); });
    if (!built) {
        error = built.error();
        return false;
    }
    m_report = std::move(built).value();
    const qint64 members = m_report.memberCount();
    const auto pageProgress = [this, share, members](int done, int pages) {
        return report(share + (1.0 - share) * (pages > 0 ? double(done) / pages : 0.0), members);
    };
    Status status;
    switch (m_output) {
    case Output::None:
        break;
    case Output::Pdf:
        status = SegmentReportRenderer::writePdf(m_report, m_path, pageProgress, &m_pages);
        break;
    case Output::Printer: {
        SegmentReportRenderer renderer(m_report);
        status = renderer.render(*m_printer, pageProgress);
        m_pages = renderer.pageCount();
        if (!status && status.errorKind() == ErrorKind::Cancelled)
            m_printer->abort(); // nothing half-printed goes to the printer
        break;
    }
    case Output::Members: {
        const auto written = SegmentMemberExporter::exportTo(
            m_report, m_path, QStringLiteral("utf-8"), [this, share](qint64 done, qint64 total) {
                return report(share + (1.0 - share) * (total > 0 ? double(done) / double(total) : 0.0), done);
            });
        if (!written)
            status = Status::failure(written.error(), written.errorKind());
        else
            m_rows = *written;
        break;
    }
    }
    if (!status) {
        error = status.error();
        return false;
    }
    report(1.0, members);
    return true;
}
