#include "ChurnRiskModel.h"

#include <QLocale>

void ChurnRiskModel::setRows(QList<ChurnRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ChurnRiskModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChurnRiskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnRiskModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChurnRow& row = m_rows[index.row()];
    if (role == Qt::UserRole)
        return row.customerId;
    if (role == Qt::TextAlignmentRole && index.column() >= MedianGap)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MedianGap && row.medianGapDays <= 0)
        return tr("A single purchase day: at risk after %n day(s) without an order", nullptr, int(row.limitDays));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Code: return row.code;
    case Name: return row.name;
    case Owner: return row.owner;
    case LastOrder: return locale.toString(row.lastOrder, QLocale::ShortFormat);
    case MedianGap: return row.medianGapDays > 0 ? locale.toString(row.medianGapDays, 'f', 1) : QStringLiteral("—");
    case DaysOverdue: return locale.toString(row.daysOverdue());
    default: return {};
    }
}

QVariant ChurnRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Owner: return tr("Owner");
    case LastOrder: return tr("Last order");
    case MedianGap: return tr("Median gap (days)");
    case DaysOverdue: return tr("Days overdue");
    default: return {};
    }
}
