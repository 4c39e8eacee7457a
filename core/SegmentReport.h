#pragma once

#include "SegmentModel.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// What a printed segment report (and a segment member export) shows, built by SegmentReportBuilder: plain
// data, safe to hand from a worker thread to the GUI and to the renderer.
struct SegmentReport {
    // One row of a segment's table.
    struct Member {
        qint64 customerId = 0;
        QString code;
        QString name;
        QString owner;   // login, empty when unowned
        QDate lastOrder; // invalid without orders
        qint64 orders = 0;
        qint64 revenueCents = 0;
        QString r, f, m; // scores as in the CSV: "1".."5", "H"/"L", empty without orders
    };
    // One segment of the model, in the model's order; empty segments are kept (the summary lists them).
    struct Section {
        SegmentName name; // key, English tr() source, Chinese name
        QString segment;  // the segment as `dossier-cli segment` spells it (key, or the Chinese rfm8 class)
        QString title;    // display name: translated, with the Chinese name when the translation differs
        QList<Member> members; // by revenue, highest first, then code
        qint64 revenueCents = 0;
    };

    QDate asOf;
    SegmentModelKind model = SegmentModelKind::Rfm5;
    QString modelTitle; // "RFM 5 levels", ...
    QString filterText; // the filter in words; "All customers" without one
    QString printedBy;
    QDateTime createdAt;         // local time
    qint64 archiveCustomers = 0; // every customer scored (scores are relative to the whole archive)
    QList<Section> sections;

    qint64 memberCount() const {
        qint64 n = 0;
        for (const Section& s : sections)
            n += s.members.size();
        return n;
    }
    qint64 revenueCents() const {
        qint64 n = 0;
        for (const Section& s : sections)
            n += s.revenueCents;
        return n;
    }
};

Q_DECLARE_METATYPE(SegmentReport)
