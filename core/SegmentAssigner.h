#pragma once

#include "SegmentModel.h"

#include <QList>

// One customer's segment in the chosen model, as `dossier-cli segment` writes it and snapshots store it:
// rfm5 key, rfm8 Chinese class name, or the ABC tier (with the rfm5 scores kept in r/f/m next to it).
class SegmentAssigner {
public:
    // Same order as `values`.
    static QList<CustomerSegment> assign(const QList<RfmValues>& values, SegmentModelKind model);
};
