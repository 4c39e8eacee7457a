#include "SegmentReportRenderer.h"

#include "GlyphLine.h"
#include "PdfToUnicodeFix.h"
#include "SegmentBarChart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>
#include <algorithm>
#include <array>
#include <filesystem>
#include <mutex>
#include <system_error>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
// One colour per segment, in the model's order (the same in both charts).
const std::array<QColor, 12> palette = {
    QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
    QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0xad, 0x49, 0x4a)};

const QColor rule(0x75, 0x75, 0x75);
const QColor stripe(0xf0, 0xf3, 0xf7);
const QColor headerFill(0xdd, 0xe4, 0xee);

QString money(qint64 cents) {
    return QLocale().toString(double(cents) / 100.0, 'f', 2);
}
QString percent(double part, double whole) {
    return whole > 0 ? QLocale().toString(100.0 * part / whole, 'f', 1) + QLatin1Char('%')
                     : QStringLiteral("-");
}

// The table's columns: width as a share of the page width; numbers are right-aligned.
struct Column {
    const char* title;
    double share;
    bool right;
};
const std::array<Column, 9> columns = {{
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "Code"), 0.12, false},
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "Name"), 0.29, false},
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "Owner"), 0.11, false},
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "Last order"), 0.13, false},
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "Orders"), 0.08, true},
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "Revenue (yuan)"), 0.15, true},
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "R"), 0.04, true},
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "F"), 0.04, true},
    {QT_TRANSLATE_NOOP("SegmentReportRenderer", "M"), 0.04, true},
}};

// QPdfWriter compresses every page with a fresh zlib stream (~270 KB of state) and a growing page buffer.
// glibc gives that memory back to the kernel after each page and asks for it again on the next one; on a
// 2,400-page report the page faults and trims cost ~1.5 s of system time. Growing the heap in 256 MB steps
// and keeping freed memory for reuse (glibc only; other allocators do not trim that eagerly) removes that
// churn (0.4 s); resident memory grows by ~15 MB.
} // namespace

void SegmentReportRenderer::tuneAllocator() {
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
        mallopt(M_TOP_PAD, 256 * 1024 * 1024); // address space only; measured: 64 MB did not stop the churn
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    });
#endif
}

namespace {
bool replaceFile(const QString& from, const QString& to, QString* error) {
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), code);
    if (code && error)
        *error = QString::fromLocal8Bit(code.message());
    return !code;
}
} // namespace

struct SegmentReportRenderer::Metrics {
    double dpi = 300;
    double width = 0; // paint area (inside the margins)
    double height = 0;
    QFont small, table, tableBold, heading, title;
    double bodyTop = 0;
    double bodyBottom = 0;
    double rowHeight = 0;
    double sectionTitleHeight = 0;
    double blockGap = 0;
    double cellPadding = 0;
    std::array<double, columns.size() + 1> x{}; // column edges

    double mm(double v) const { return v * dpi / 25.4; }

    Metrics(QPagedPaintDevice& device) {
        dpi = device.logicalDpiY();
        width = device.width();
        height = device.height();
        const QFont base = SegmentReportRenderer::baseFont();
        small = base;
        small.setPointSizeF(7.5);
        table = base;
        table.setPointSizeF(8.5);
        tableBold = table;
        tableBold.setBold(true);
        heading = base;
        heading.setPointSizeF(11);
        heading.setBold(true);
        title = base;
        title.setPointSizeF(22);
        title.setBold(true);
        const QFontMetricsF smallMetrics(small, &device);
        const QFontMetricsF tableMetrics(table, &device);
        const QFontMetricsF headingMetrics(heading, &device);
        bodyTop = smallMetrics.height() * 1.6 + mm(3);
        bodyBottom = height - smallMetrics.height() * 1.6 - mm(3);
        rowHeight = tableMetrics.height() * 1.3;
        sectionTitleHeight = headingMetrics.height() * 1.5;
        blockGap = mm(5);
        cellPadding = mm(1.2);
        double left = 0;
        for (size_t i = 0; i < columns.size(); ++i) {
            x[i] = left;
            left += columns[i].share * width;
        }
        x[columns.size()] = width;
    }
};

QFont SegmentReportRenderer::baseFont() {
    QFont font;
    // Noto Sans CJK SC on Linux (fonts-noto-cjk), the usual Chinese UI fonts elsewhere.
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    font.setStyleHint(QFont::SansSerif);
    return font;
}

void SegmentReportRenderer::layout(const Metrics& m) {
    m_pages.clear();
    m_pages.append({PageKind::Cover, {}});
    m_pages.append({PageKind::Charts, {}});
    const double body = m.bodyBottom - m.bodyTop;
    const double blockHead = m.sectionTitleHeight + m.rowHeight; // title line + table header
    // At least one row fits on an empty page, whatever the paper size.
    const auto rowsFitting = [&](double space) {
        return qsizetype(std::max(0.0, (space - blockHead) / m.rowHeight));
    };
    double used = body; // no table page open yet
    for (qsizetype s = 0; s < m_report.sections.size(); ++s) {
        const qsizetype n = m_report.sections[s].members.size();
        qsizetype next = 0;
        while (next < n) {
            // Keep a segment's title with at least three of its rows (or all, if fewer).
            const qsizetype wanted = std::min<qsizetype>(3, n - next);
            if (rowsFitting(body - used) < wanted) {
                m_pages.append({PageKind::Table, {}});
                used = 0;
            }
            const qsizetype count = std::min(std::max<qsizetype>(1, rowsFitting(body - used)), n - next);
            m_pages.last().blocks.append({s, next, count});
            used += blockHead + double(count) * m.rowHeight + m.blockGap;
            next += count;
        }
    }
}

Status SegmentReportRenderer::render(QPagedPaintDevice& device, const Progress& progress) {
    const Metrics m(device);
    layout(m);
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("Cannot start painting the report (is the printer or file available?)."));
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int pages = int(m_pages.size());
    for (int i = 0; i < pages; ++i) {
        if (progress && !progress(i, pages)) {
            painter.end();
            return Status::failure(tr("The report was cancelled."), ErrorKind::Cancelled);
        }
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("Cannot start page %1 of the report.").arg(i + 1));
        }
        const Page& page = m_pages[i];
        switch (page.kind) {
        case PageKind::Cover:
            paintCover(painter, m);
            break;
        case PageKind::Charts:
            paintCharts(painter, m);
            break;
        case PageKind::Table:
            paintTable(painter, m, page);
            break;
        }
        paintHeaderFooter(painter, m, i);
    }
    if (!painter.end())
        return Status::failure(tr("Cannot finish the report."));
    if (progress)
        progress(pages, pages);
    return {};
}

void SegmentReportRenderer::paintHeaderFooter(QPainter& painter, const Metrics& m, int pageIndex) const {
    painter.setFont(m.small);
    const QFontMetricsF metrics(m.small, painter.device());
    painter.setPen(QColor(0x42, 0x42, 0x42));
    const double footerBaseline = m.height - metrics.descent();
    const QString printed =
        tr("Printed by %1 on %2")
            .arg(m_report.printedBy.isEmpty() ? tr("unknown user") : m_report.printedBy,
                 QLocale().toString(m_report.createdAt, QStringLiteral("yyyy-MM-dd HH:mm")));
    const QString number = tr("Page %1 of %2").arg(pageIndex + 1).arg(m_pages.size());
    GlyphLine text(m.small, painter.device());
    text.draw(painter, QPointF(0, footerBaseline), printed);
    text.draw(painter, QPointF(m.width - text.advance(number), footerBaseline), number);
    painter.setPen(QPen(rule, 0));
    painter.drawLine(QPointF(0, m.bodyBottom + m.mm(1.5)), QPointF(m.width, m.bodyBottom + m.mm(1.5)));
    if (pageIndex == 0)
        return; // the cover has its own title
    painter.setPen(QColor(0x42, 0x42, 0x42));
    const QString left = tr("Segment report · %1 · as of %2")
                             .arg(m_report.modelTitle, m_report.asOf.toString(QStringLiteral("yyyy-MM-dd")));
    text.draw(painter, QPointF(0, metrics.ascent()), left);
    // The right side names the segment(s) on the page, so a loose page can be put back in place.
    QString right = tr("Summary");
    const Page& page = m_pages[pageIndex];
    if (!page.blocks.isEmpty()) {
        right = m_report.sections[page.blocks.first().section].title;
        if (page.blocks.size() > 1)
            right += tr(" … %1").arg(m_report.sections[page.blocks.last().section].title);
    }
    right = text.elided(right, m.width - text.advance(left) - m.mm(5));
    text.draw(painter, QPointF(m.width - text.advance(right), metrics.ascent()), right);
    painter.setPen(QPen(rule, 0));
    painter.drawLine(QPointF(0, m.bodyTop - m.mm(2)), QPointF(m.width, m.bodyTop - m.mm(2)));
}

void SegmentReportRenderer::paintCover(QPainter& painter, const Metrics& m) const {
    double y = m.mm(15);
    painter.setPen(Qt::black);
    painter.setFont(m.title);
    const QFontMetricsF titleMetrics(m.title, painter.device());
    GlyphLine(m.title, painter.device())
        .draw(painter, QPointF(0, y + titleMetrics.ascent()), tr("Customer segment report"));
    y += titleMetrics.height() * 1.8;

    QFont label = m.table;
    label.setPointSizeF(10);
    QFont value = label;
    value.setBold(true);
    const QFontMetricsF labelMetrics(label, painter.device());
    const double line = labelMetrics.height() * 1.6;
    const QList<std::pair<QString, QString>> facts = {
        {tr("As of"), m_report.asOf.toString(QStringLiteral("yyyy-MM-dd"))},
        {tr("Model"), m_report.modelTitle},
        {tr("Filter"), m_report.filterText},
        {tr("Customers in this report"), QLocale().toString(m_report.memberCount())},
        {tr("Customers in the archive"), QLocale().toString(m_report.archiveCustomers)},
        {tr("Revenue in this report (yuan)"), money(m_report.revenueCents())},
        {tr("Printed by"), m_report.printedBy.isEmpty() ? tr("unknown user") : m_report.printedBy},
        {tr("Printed at"), QLocale().toString(m_report.createdAt, QStringLiteral("yyyy-MM-dd HH:mm"))},
    };
    const double valueX = m.width * 0.32;
    GlyphLine labelText(label, painter.device());
    GlyphLine valueText(value, painter.device());
    for (const auto& [name, text] : facts) {
        painter.setFont(label);
        painter.setPen(QColor(0x42, 0x42, 0x42));
        labelText.draw(painter, QPointF(0, y + labelMetrics.ascent()), name);
        painter.setFont(value);
        painter.setPen(Qt::black);
        valueText.draw(painter, QPointF(valueX, y + labelMetrics.ascent()),
                       valueText.elided(text, m.width - valueX));
        y += line;
    }
    y += m.mm(8);

    // Summary table: every segment of the model, empty ones included.
    painter.setFont(m.heading);
    const QFontMetricsF headingMetrics(m.heading, painter.device());
    GlyphLine(m.heading, painter.device())
        .draw(painter, QPointF(0, y + headingMetrics.ascent()), tr("Segments"));
    y += m.sectionTitleHeight;
    const std::array<double, 5> edges = {0, m.width * 0.44, m.width * 0.58, m.width * 0.72, m.width * 0.90};
    const std::array<QString, 5> heads = {tr("Segment"), tr("Customers"), tr("Share"), tr("Revenue (yuan)"),
                                          tr("Share")};
    const double members = double(m_report.memberCount());
    const double revenue = double(m_report.revenueCents());
    GlyphLine plain(m.table, painter.device());
    GlyphLine bold(m.tableBold, painter.device());
    const auto row = [&](const std::array<QString, 5>& cells, bool isBold, const QColor& fill) {
        if (fill.isValid())
            painter.fillRect(QRectF(0, y, m.width, m.rowHeight), fill);
        painter.setFont(isBold ? m.tableBold : m.table);
        painter.setPen(Qt::black);
        const QFontMetricsF metrics(isBold ? m.tableBold : m.table, painter.device());
        const double baseline = y + (m.rowHeight + metrics.ascent() - metrics.descent()) / 2;
        GlyphLine& text = isBold ? bold : plain;
        text.draw(painter, QPointF(m.cellPadding, baseline),
                  text.elided(cells[0], edges[1] - 2 * m.cellPadding));
        for (size_t c = 1; c < cells.size(); ++c) {
            const double right = (c + 1 < edges.size() ? edges[c + 1] : m.width) - m.cellPadding;
            text.draw(painter, QPointF(right - text.advance(cells[c]), baseline), cells[c]);
        }
        y += m.rowHeight;
    };
    row(heads, true, headerFill);
    for (qsizetype i = 0; i < m_report.sections.size(); ++i) {
        const SegmentReport::Section& s = m_report.sections[i];
        row({s.title, QLocale().toString(qint64(s.members.size())),
             percent(double(s.members.size()), members), money(s.revenueCents),
             percent(double(s.revenueCents), revenue)},
            false, i % 2 ? stripe : QColor());
    }
    row({tr("Total"), QLocale().toString(qint64(members)), percent(members, members),
         money(m_report.revenueCents()), percent(revenue, revenue)},
        true, QColor());
    painter.setPen(QPen(rule, 0));
    painter.drawLine(QPointF(0, y - m.rowHeight), QPointF(m.width, y - m.rowHeight));
}

void SegmentReportRenderer::paintCharts(QPainter& painter, const Metrics& m) const {
    QList<SegmentBarChart::Bar> customers;
    QList<SegmentBarChart::Bar> revenue;
    for (qsizetype i = 0; i < m_report.sections.size(); ++i) {
        const SegmentReport::Section& s = m_report.sections[i];
        const QColor colour = palette[size_t(i) % palette.size()];
        customers.append(
            {s.title, double(s.members.size()), QLocale().toString(qint64(s.members.size())), colour});
        revenue.append({s.title, double(s.revenueCents), money(s.revenueCents), colour});
    }
    painter.setFont(m.table);
    const double top = m.bodyTop + m.mm(4);
    const double half = (m.bodyBottom - top - m.mm(10)) / 2;
    SegmentBarChart(tr("Customers per segment"), customers).paint(painter, QRectF(0, top, m.width, half));
    SegmentBarChart(tr("Revenue per segment (yuan)"), revenue)
        .paint(painter, QRectF(0, top + half + m.mm(10), m.width, half));
}

void SegmentReportRenderer::paintTable(QPainter& painter, const Metrics& m, const Page& page) const {
    const QFontMetricsF metrics(m.table, painter.device());
    const QFontMetricsF headingMetrics(m.heading, painter.device());
    const double textOffset = (m.rowHeight + metrics.ascent() - metrics.descent()) / 2;
    std::array<QString, columns.size()> heads;
    for (size_t c = 0; c < columns.size(); ++c)
        heads[c] = tr(columns[c].title);
    const QString notOrdered = tr("none");
    GlyphLine line(m.table, painter.device());
    GlyphLine boldText(m.tableBold, painter.device());
    GlyphLine headingText(m.heading, painter.device());

    double y = m.bodyTop;
    for (const Block& block : page.blocks) {
        const SegmentReport::Section& section = m_report.sections[block.section];
        painter.setFont(m.heading);
        painter.setPen(palette[size_t(block.section) % palette.size()].darker(130));
        QString title = tr("%1 — %n customer(s), %2 yuan", nullptr, int(section.members.size()))
                            .arg(section.title, money(section.revenueCents));
        if (block.first > 0)
            title = tr("%1 (continued)").arg(section.title);
        headingText.draw(painter, QPointF(0, y + headingMetrics.ascent()), title);
        y += m.sectionTitleHeight;

        // Header row, repeated on every page the table reaches.
        painter.fillRect(QRectF(0, y, m.width, m.rowHeight), headerFill);
        painter.setFont(m.tableBold);
        painter.setPen(Qt::black);
        for (size_t c = 0; c < columns.size(); ++c) {
            const double x = columns[c].right ? m.x[c + 1] - m.cellPadding - boldText.advance(heads[c])
                                              : m.x[c] + m.cellPadding;
            boldText.draw(painter, QPointF(x, y + textOffset), heads[c]);
        }
        y += m.rowHeight;

        // The block's rows go out as one glyph run over one path of stripes: per-item set-up in the PDF
        // engine (text state, colour, path) costs more than the glyphs themselves.
        QList<QRectF> stripes;
        QList<std::pair<QPointF, QString>> fallback; // text with a character the CJK font lacks
        for (qsizetype i = block.first; i < block.first + block.count; ++i) {
            if ((i - block.first) % 2)
                stripes.append(QRectF(0, y, m.width, m.rowHeight));
            const SegmentReport::Member& member = section.members[i];
            const std::array<QString, columns.size()> cells = {
                member.code,
                member.name,
                member.owner,
                member.lastOrder.isValid() ? member.lastOrder.toString(QStringLiteral("yyyy-MM-dd"))
                                           : notOrdered,
                QString::number(member.orders),
                money(member.revenueCents),
                member.r,
                member.f,
                member.m};
            const double baseline = y + textOffset;
            line.setBaseline(baseline);
            for (size_t c = 0; c < columns.size(); ++c) {
                const double room = m.x[c + 1] - m.x[c] - 2 * m.cellPadding;
                const bool added = columns[c].right ? line.addRight(cells[c], m.x[c + 1] - m.cellPadding)
                                                    : line.add(cells[c], m.x[c] + m.cellPadding, room);
                if (added)
                    continue;
                const QString text =
                    columns[c].right ? cells[c] : metrics.elidedText(cells[c], Qt::ElideRight, room);
                const double x = columns[c].right
                                     ? m.x[c + 1] - m.cellPadding - metrics.horizontalAdvance(text)
                                     : m.x[c] + m.cellPadding;
                fallback.append({QPointF(x, baseline), text});
            }
            y += m.rowHeight;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(stripe);
        painter.drawRects(stripes.constData(), int(stripes.size()));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Qt::black);
        painter.setFont(m.table);
        line.paint(painter, 0);
        for (const auto& [pos, text] : fallback)
            painter.drawText(pos, text); // drawText finds a fallback font
        painter.setPen(QPen(rule, 0));
        painter.drawLine(QPointF(0, y), QPointF(m.width, y));
        y += m.blockGap;
    }
}

Status SegmentReportRenderer::writePdf(const SegmentReport& report, const QString& path,
                                       const Progress& progress, int* pages) {
    const QString native = QDir::toNativeSeparators(path);
    QTemporaryFile part(QFileInfo(path).absolutePath() +
                        QStringLiteral("/.%1.XXXXXX.part").arg(QFileInfo(path).fileName()));
    if (!part.open())
        return Status::failure(tr("Cannot write %1: %2").arg(native, part.errorString()));
    part.close();
    tuneAllocator();
    Status status;
    {
        QPdfWriter writer(part.fileName());
        writer.setResolution(600);
        writer.setTitle(tr("Customer segment report"));
        writer.setCreator(QStringLiteral("Dossier"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        SegmentReportRenderer renderer(report);
        status = renderer.render(writer, progress);
        if (pages)
            *pages = renderer.pageCount();
    }
    if (!status)
        return status; // `part` removes the incomplete file
    {
        // Same-size, in-place repair of the text layer (see PdfToUnicodeFix).
        static const QHash<ushort, ushort> radicals = PdfToUnicodeFix::radicalMap(baseFont());
        QFile file(part.fileName());
        if (!file.open(QIODevice::ReadWrite))
            return Status::failure(tr("Cannot write %1: %2").arg(native, file.errorString()));
        QByteArray bytes = file.readAll();
        if (PdfToUnicodeFix::apply(bytes, radicals) > 0 &&
            (!file.seek(0) || file.write(bytes) != bytes.size() || !file.flush()))
            return Status::failure(tr("Cannot write %1: %2").arg(native, file.errorString()));
    }
    if (QFileInfo(part.fileName()).size() == 0)
        return Status::failure(tr("Cannot write %1: nothing was written (disk full?).").arg(native));
    QFile::setPermissions(part.fileName(), QFile::exists(path)
                                               ? QFile::permissions(path)
                                               : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                                     QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    QString error;
    if (!replaceFile(part.fileName(), path, &error))
        return Status::failure(tr("Cannot write %1: %2").arg(native, error));
    part.setAutoRemove(false);
    return {};
}
