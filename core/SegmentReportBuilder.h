#pragma once

#include "CustomerFilter.h"
#include "Result.h"
#include "SegmentReport.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class Archive;

// Gathers what a segment report and a segment member export show: every customer's R/F/M for the as-of
// date (RfmCalculator), their segment in the chosen model, and name and owner of the members. The scores
// are always relative to the WHOLE archive (a customer is a champion among all customers); the filter only
// chooses which customers are listed. Shared by the GUI dialog, `dossier-cli report`/`export --segment`, the
// benchmark and the tests, so all of them agree on who is in which segment.
class SegmentReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(SegmentReportBuilder)

public:
    struct Options {
        QDate asOf;
        SegmentModelKind model = SegmentModelKind::Rfm5;
        CustomerFilter filter; // empty: every customer
        QString segment;       // empty: every segment; else one segment by key, Chinese or display name
        QString printedBy;     // copied to the report's cover
    };
    // fraction 0..1; false cancels.
    using Progress = std::function<bool(double fraction)>;

    static Result<SegmentReport> build(Archive& archive, const Options& options,
                                       const Progress& progress = {});

    // The model's segments in display order, the "no orders" group last.
    static const QList<SegmentName>& segmentNames(SegmentModelKind model);
    // How `SegmentAssigner::assign` spells a segment of the model (rfm8: the Chinese class name, else the key).
    static QString segmentText(SegmentModelKind model, const SegmentName& name);
    // The segment called `text` (key, Chinese name, English or translated name; case-insensitive).
    static std::optional<SegmentName> findSegment(SegmentModelKind model, const QString& text);
    // Translated display name, followed by the Chinese name when the display name differs from it.
    static QString title(SegmentModelKind model, const SegmentName& name);

    static std::optional<SegmentModelKind> modelFromKey(const QString& key); // "rfm5", "rfm8", "abc"
    static QString modelKey(SegmentModelKind model);
    static QString modelTitle(SegmentModelKind model);
    static QString describe(const CustomerFilter& filter); // "All customers" when empty
};
