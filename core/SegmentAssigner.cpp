#include "SegmentAssigner.h"

#include "AbcSegmenter.h"
#include "RfmSegmenter.h"

QList<CustomerSegment> SegmentAssigner::assign(const QList<RfmValues>& values, SegmentModelKind model)
{
    if (model == SegmentModelKind::Rfm8)
        return RfmSegmenter::rfm8(values);
    // abc: r/f/m keep the rfm5 scores (useful next to the tier), the tier replaces the segment.
    QList<CustomerSegment> rows = RfmSegmenter::rfm5(values);
    if (model == SegmentModelKind::Abc) {
        const QList<QString> tiers = AbcSegmenter::tiers(values);
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i].segment = tiers[i];
    }
    return rows;
}
