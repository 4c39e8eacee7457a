#include "SegmentReportBuilder.h"

#include "AbcSegmenter.h"
#include "Archive.h"
#include "CustomerStage.h"
#include "RfmCalculator.h"
#include "RfmSegmenter.h"
#include "SegmentAssigner.h"
#include "SqlValue.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace {
Result<SegmentReport> cancelled() {
    return Result<SegmentReport>::failure(SegmentReportBuilder::tr("The report was cancelled."),
                                          ErrorKind::Cancelled);
}

struct NameAndOwner {
    QString name;
    QString owner;
};

// Name and owner login of every customer in one scan (cheaper than a lookup per member on 100,000 rows).
Result<QHash<qint64, NameAndOwner>> namesAndOwners(QSqlDatabase& db) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.id, c.name, coalesce(u.login, '') FROM customers c"
                                   " LEFT JOIN users u ON u.id = c.owner_id")))
        return Result<QHash<qint64, NameAndOwner>>::failure(SqlValue::describe(query));
    QHash<qint64, NameAndOwner> result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    return result;
}
} // namespace

const QList<SegmentName>& SegmentReportBuilder::segmentNames(SegmentModelKind model) {
    switch (model) {
    case SegmentModelKind::Rfm8: {
        // The classes from the most to the least valuable (RfmSegmenter keeps them in bit order).
        static const QList<SegmentName> ordered = [] {
            QList<SegmentName> names;
            for (const char* key : {"important_value", "important_develop", "important_keep",
                                    "important_retain", "general_value", "general_develop", "general_keep",
                                    "general_retain", RfmSegmenter::noOrdersKey})
                for (const SegmentName& name : RfmSegmenter::rfm8Segments())
                    if (qstrcmp(name.key, key) == 0)
                        names.append(name);
            return names;
        }();
        return ordered;
    }
    case SegmentModelKind::Abc:
        return AbcSegmenter::tierNames();
    case SegmentModelKind::Rfm5:
        break;
    }
    return RfmSegmenter::rfm5Segments();
}

QString SegmentReportBuilder::segmentText(SegmentModelKind model, const SegmentName& name) {
    return model == SegmentModelKind::Rfm8 ? QString::fromUtf8(name.chinese) : QString::fromLatin1(name.key);
}

static QString displayName(SegmentModelKind model, const SegmentName& name) {
    return QCoreApplication::translate(model == SegmentModelKind::Abc ? "AbcSegmenter" : "RfmSegmenter",
                                       name.english);
}

std::optional<SegmentName> SegmentReportBuilder::findSegment(SegmentModelKind model, const QString& text) {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const SegmentName& name : segmentNames(model))
        for (const QString& candidate : {QString::fromLatin1(name.key), QString::fromUtf8(name.chinese),
                                         QString::fromUtf8(name.english), displayName(model, name)})
            if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
                return name;
    return std::nullopt;
}

QString SegmentReportBuilder::title(SegmentModelKind model, const SegmentName& name) {
    const QString display = displayName(model, name);
    const QString chinese = QString::fromUtf8(name.chinese);
    return display == chinese ? display : tr("%1 (%2)").arg(display, chinese);
}

std::optional<SegmentModelKind> SegmentReportBuilder::modelFromKey(const QString& key) {
    if (key == QLatin1String("rfm5"))
        return SegmentModelKind::Rfm5;
    if (key == QLatin1String("rfm8"))
        return SegmentModelKind::Rfm8;
    if (key == QLatin1String("abc"))
        return SegmentModelKind::Abc;
    return std::nullopt;
}

QString SegmentReportBuilder::modelKey(SegmentModelKind model) {
    switch (model) {
    case SegmentModelKind::Rfm8:
        return QStringLiteral("rfm8");
    case SegmentModelKind::Abc:
        return QStringLiteral("abc");
    case SegmentModelKind::Rfm5:
        break;
    }
    return QStringLiteral("rfm5");
}

QString SegmentReportBuilder::modelTitle(SegmentModelKind model) {
    switch (model) {
    case SegmentModelKind::Rfm8:
        return tr("RFM, 8 classes (rfm8)");
    case SegmentModelKind::Abc:
        return tr("ABC revenue tiers (abc)");
    case SegmentModelKind::Rfm5:
        break;
    }
    return tr("RFM, scores 1-5 (rfm5)");
}

QString SegmentReportBuilder::describe(const CustomerFilter& filter) {
    QStringList parts;
    if (!filter.quickSearch.trimmed().isEmpty())
        parts.append(tr("search \"%1\"").arg(filter.quickSearch.trimmed()));
    if (filter.stage)
        parts.append(tr("stage %1").arg(CustomerStages::displayName(*filter.stage)));
    if (filter.owner == QLatin1String("-"))
        parts.append(tr("no owner"));
    else if (!filter.owner.isEmpty())
        parts.append(tr("owner %1").arg(filter.owner));
    if (!filter.tag.isEmpty())
        parts.append(tr("tag %1").arg(filter.tag));
    if (!filter.province.isEmpty())
        parts.append(tr("province %1").arg(filter.province));
    return parts.isEmpty() ? tr("All customers") : parts.join(tr(", "));
}

Result<SegmentReport> SegmentReportBuilder::build(Archive& archive, const Options& options,
                                                  const Progress& progress) {
    std::optional<SegmentName> only;
    if (!options.segment.trimmed().isEmpty()) {
        only = findSegment(options.model, options.segment);
        if (!only) {
            QStringList known;
            for (const SegmentName& name : segmentNames(options.model))
                known.append(segmentText(options.model, name));
            return Result<SegmentReport>::failure(
                tr("The model %1 has no segment '%2'. Its segments: %3.")
                    .arg(modelKey(options.model), options.segment, known.join(QStringLiteral(", "))),
                ErrorKind::Usage);
        }
    }
    const auto step = [&](double fraction) {
        return !progress || progress(fraction);
    };
    if (!step(0.0))
        return cancelled();

    QSqlDatabase& db = archive.database().connection();
    const auto values = RfmCalculator(db).compute({options.asOf, QDate()});
    if (!values)
        return Result<SegmentReport>::failure(values.error(), values.errorKind());
    if (!step(0.4))
        return cancelled();
    const QList<CustomerSegment> assigned = SegmentAssigner::assign(*values, options.model);

    std::optional<QSet<qint64>> allowed;
    if (!options.filter.isEmpty()) {
        const auto ids = archive.customers().listIds(options.filter, CustomerSortKey::Code);
        if (!ids)
            return Result<SegmentReport>::failure(ids.error());
        allowed = QSet<qint64>(ids->cbegin(), ids->cend());
    }
    if (!step(0.55))
        return cancelled();
    const auto people = namesAndOwners(db);
    if (!people)
        return Result<SegmentReport>::failure(people.error());
    if (!step(0.75))
        return cancelled();

    SegmentReport report;
    report.asOf = options.asOf;
    report.model = options.model;
    report.modelTitle = modelTitle(options.model);
    report.filterText = describe(options.filter);
    if (only)
        report.filterText += tr("; segment %1").arg(title(options.model, *only));
    report.printedBy = options.printedBy;
    report.createdAt = QDateTime::currentDateTime();
    report.archiveCustomers = values->size();

    QHash<QString, qsizetype> sectionOf;
    for (const SegmentName& name : segmentNames(options.model)) {
        if (only && qstrcmp(only->key, name.key) != 0)
            continue;
        SegmentReport::Section section;
        section.name = name;
        section.segment = segmentText(options.model, name);
        section.title = title(options.model, name);
        sectionOf.insert(section.segment, report.sections.size());
        report.sections.append(std::move(section));
    }
    for (const CustomerSegment& s : assigned) {
        const RfmValues& v = s.values;
        if (allowed && !allowed->contains(v.customerId))
            continue;
        const auto found = sectionOf.constFind(s.segment);
        if (found == sectionOf.constEnd())
            continue; // another segment than the one asked for
        SegmentReport::Member member;
        member.customerId = v.customerId;
        member.code = v.code;
        const NameAndOwner person = people->value(v.customerId);
        member.name = person.name;
        member.owner = person.owner;
        member.lastOrder = v.lastOrder;
        member.orders = v.frequency;
        member.revenueCents = v.monetaryCents;
        member.r = s.r;
        member.f = s.f;
        member.m = s.m;
        SegmentReport::Section& section = report.sections[*found];
        section.revenueCents += v.monetaryCents;
        section.members.append(std::move(member));
    }
    for (SegmentReport::Section& section : report.sections)
        std::sort(section.members.begin(), section.members.end(),
                  [](const SegmentReport::Member& a, const SegmentReport::Member& b) {
                      return a.revenueCents != b.revenueCents ? a.revenueCents > b.revenueCents
                                                              : a.code < b.code;
                  });
    if (!step(1.0))
        return cancelled();
    return report;
}
