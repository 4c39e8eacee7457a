#include "DuplicateGroupModel.h"

#include <QColor>
#include <QLocale>
#include <QSet>

#include <algorithm>

void DuplicateGroupModel::setScan(const DuplicateScan& scan, const QHash<qint64, QPair<QString, QString>>& labels,
                                  double likelyThreshold)
{
    beginResetModel();
    m_labels = labels;
    m_likely = likelyThreshold;
    m_groups.clear();
    QSet<qint64> grouped;
    for (const DuplicateGroup& group : scan.groups) {
        m_groups.append(group);
        for (const qint64 id : group.customerIds)
            grouped.insert(id);
    }
    for (const DuplicatePair& pair : scan.pairs) {
        if (pair.probability >= likelyThreshold || (grouped.contains(pair.leftId) && grouped.contains(pair.rightId)))
            continue;
        DuplicateGroup two;
        two.customerIds = {std::min(pair.leftId, pair.rightId), std::max(pair.leftId, pair.rightId)};
        two.score = pair.probability;
        two.pairs = {pair};
        m_groups.append(two);
    }
    std::stable_sort(m_groups.begin(), m_groups.end(),
                     [](const DuplicateGroup& a, const DuplicateGroup& b) { return a.score > b.score; });
    endResetModel();
}

int DuplicateGroupModel::likelyCount() const
{
    return int(std::count_if(m_groups.begin(), m_groups.end(), [this](const DuplicateGroup& g) { return g.score >= m_likely; }));
}

QList<QList<qint64>> DuplicateGroupModel::likelyGroups() const
{
    QList<QList<qint64>> groups;
    for (const DuplicateGroup& g : m_groups)
        if (g.score >= m_likely)
            groups.append(QList<qint64>(g.customerIds.begin(), g.customerIds.end()));
    return groups;
}

int DuplicateGroupModel::recordsIn(const QList<QList<qint64>>& groups) const
{
    int n = 0;
    for (const auto& g : groups)
        n += int(g.size());
    return n;
}

void DuplicateGroupModel::removeGroupsWith(const QList<qint64>& ids)
{
    const QSet<qint64> gone(ids.begin(), ids.end());
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        const auto& members = m_groups[row].customerIds;
        if (std::any_of(members.begin(), members.end(), [&](qint64 id) { return gone.contains(id); }))
            removeRow(row);
    }
}

void DuplicateGroupModel::removeRow(int row)
{
    if (row < 0 || row >= m_groups.size())
        return;
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}

int DuplicateGroupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int DuplicateGroupModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicateGroupModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const DuplicateGroup& g = m_groups[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        QStringList names, codes;
        for (const qint64 id : g.customerIds) {
            const auto label = m_labels.value(id, {QString::number(id), QString()});
            codes.append(label.first);
            names.append(label.second);
        }
        switch (index.column()) {
        case ScoreColumn: return QLocale().toString(g.score * 100.0, 'f', 0) + QLatin1Char('%');
        case CountColumn: return int(g.customerIds.size());
        case NamesColumn: return names.join(QStringLiteral(" / "));
        case CodesColumn: return codes.join(QStringLiteral(", "));
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ScoreColumn || index.column() == CountColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && g.score < m_likely)
        return QColor(110, 110, 110); // worth a look only
    return {};
}

QVariant DuplicateGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScoreColumn: return tr("Score");
    case CountColumn: return tr("Records");
    case NamesColumn: return tr("Names");
    case CodesColumn: return tr("Codes");
    default: return {};
    }
}
