#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// The segmentation models `dossier-cli segment --model` and later the dashboard offer.
enum class SegmentModelKind { Rfm5, Rfm8, Abc };

namespace SegmentModels {
// The stable name used on the command line and stored with snapshots: "rfm5", "rfm8", "abc".
inline QString toKey(SegmentModelKind kind)
{
    switch (kind) {
    case SegmentModelKind::Rfm8: return QStringLiteral("rfm8");
    case SegmentModelKind::Abc: return QStringLiteral("abc");
    case SegmentModelKind::Rfm5: break;
    }
    return QStringLiteral("rfm5");
}
inline std::optional<SegmentModelKind> fromKey(const QString& key)
{
    if (key == u"rfm5")
        return SegmentModelKind::Rfm5;
    if (key == u"rfm8")
        return SegmentModelKind::Rfm8;
    if (key == u"abc")
        return SegmentModelKind::Abc;
    return std::nullopt;
}
} // namespace SegmentModels

// Recency, frequency and monetary value of one customer for an as-of date (see RfmCalculator).
// A customer without orders in the window has frequency 0, monetary 0 and no recency.
struct RfmValues {
    qint64 customerId = 0;
    QString code;
    int recencyDays = -1;   // as-of date minus the last order's date; -1 without orders
    qint64 frequency = 0;   // number of orders (several on one day count separately)
    qint64 monetaryCents = 0;
    QDate lastOrder;        // invalid without orders

    bool hasOrders() const { return frequency > 0; }
};

// One customer's place in a model: the scores as shown in reports and the CSV ("1".."5" for rfm5,
// "H"/"L" for rfm8, empty when the customer has no orders) and the segment's stable name.
struct CustomerSegment {
    RfmValues values;
    QString r;
    QString f;
    QString m;
    QString segment;
};

// A named segment: `key` is stable (CSV, JSON, filters), `english` is the tr() source of the display name
// and `chinese` the name Chinese CRM users know. Names are data, so the table is the single place to look.
struct SegmentName {
    const char* key;
    const char* english;
    const char* chinese;
};
