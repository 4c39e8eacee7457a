#pragma once

#include "Result.h"
#include "SegmentReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <functional>

class QPagedPaintDevice;
class QPainter;

// Paints a SegmentReport on any paged device (QPdfWriter, QPrinter): a cover with title, date, model,
// filter, who printed it and a summary table; a page with bar charts of customers and revenue per segment;
// then per segment a table (code, name, owner, last order, orders, revenue, R, F, M) that flows across pages
// with its header repeated; a running header and a footer with page numbers on every page but the cover.
//
// QPainter and QtGui only (dossier_report library, no widgets), so dossier-cli renders with the offscreen
// platform and the GUI renders a PDF on a worker thread (Qt allows painting on QPdfWriter/QPrinter off the
// GUI thread). Text uses a CJK font (Noto Sans CJK SC first); QPdfWriter embeds the glyphs it uses.
class SegmentReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(SegmentReportRenderer)

public:
    using Progress = std::function<bool(int pagesDone, int pageCount)>; // false cancels

    explicit SegmentReportRenderer(const SegmentReport& report)
        : m_report(report) {}

    // Paints every page; the device's page size and margins decide the layout. ErrorKind::Cancelled when
    // progress said stop (the device then holds the pages painted so far).
    Status render(QPagedPaintDevice& device, const Progress& progress = {});
    int pageCount() const { return int(m_pages.size()); } // after render()

    // Renders to a PDF file (A4, 600 dpi) under a temporary name beside `path` and renames it over `path`
    // when complete, so a cancelled or failed run leaves no half-written PDF.
    static Status writePdf(const SegmentReport& report, const QString& path, const Progress& progress = {},
                           int* pages = nullptr);

    // glibc only: keep freed memory for reuse instead of trimming it after every PDF page (see the .cpp).
    // writePdf() calls it; programs that write big reports call it first thing in main(), where it was
    // measured to take effect (called late, after the archive and the report data had been allocated, the
    // system time stayed).
    static void tuneAllocator();

    // The font the report uses: a CJK sans serif from the list the system has.
    static QFont baseFont();

private:
    // A run of one section's members on one page.
    struct Block {
        qsizetype section = 0;
        qsizetype first = 0;
        qsizetype count = 0;
    };
    enum class PageKind { Cover, Charts, Table };
    struct Page {
        PageKind kind = PageKind::Table;
        QList<Block> blocks;
    };
    struct Metrics; // sizes in device pixels, from the device's resolution

    void layout(const Metrics& m);
    void paintHeaderFooter(QPainter& painter, const Metrics& m, int pageIndex) const;
    void paintCover(QPainter& painter, const Metrics& m) const;
    void paintCharts(QPainter& painter, const Metrics& m) const;
    void paintTable(QPainter& painter, const Metrics& m, const Page& page) const;

    const SegmentReport& m_report;
    QList<Page> m_pages;
};
