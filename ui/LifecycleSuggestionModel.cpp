#include "LifecycleSuggestionModel.h"

void LifecycleSuggestionModel::setSuggestions(QList<StageSuggestion> suggestions, const LifecycleAdvisor::Options& options)
{
    beginResetModel();
    m_suggestions = std::move(suggestions);
    m_options = options;
    m_reasons.clear();
    for (const StageSuggestion& s : m_suggestions)
        m_reasons << LifecycleAdvisor::reason(s.facts, options);
    m_checked = QList<bool>(m_suggestions.size(), false); // nothing is accepted without the user
    endResetModel();
    emit checkedCountChanged(0);
}

void LifecycleSuggestionModel::setAllChecked(bool checked)
{
    m_checked.fill(checked);
    if (!m_suggestions.isEmpty())
        emit dataChanged(index(0, Code), index(rowCount() - 1, Code), {Qt::CheckStateRole});
    emit checkedCountChanged(checkedCount());
}

QList<StageSuggestion> LifecycleSuggestionModel::checkedSuggestions() const
{
    QList<StageSuggestion> result;
    for (qsizetype i = 0; i < m_suggestions.size(); ++i)
        if (m_checked[i])
            result << m_suggestions[i];
    return result;
}

int LifecycleSuggestionModel::checkedCount() const
{
    return int(m_checked.count(true));
}

int LifecycleSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int LifecycleSuggestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleSuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_suggestions.size())
        return {};
    const StageSuggestion& s = m_suggestions[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Code)
        return int(m_checked[index.row()] ? Qt::Checked : Qt::Unchecked);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code: return s.facts.code;
    case Name: return s.facts.name;
    case Owner: return s.facts.owner;
    case Current: return CustomerStages::displayName(s.facts.current);
    case Suggested: return CustomerStages::displayName(s.suggested);
    case Reason: return m_reasons.value(index.row());
    default: return {};
    }
}

bool LifecycleSuggestionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Code || role != Qt::CheckStateRole)
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedCountChanged(checkedCount());
    return true;
}

Qt::ItemFlags LifecycleSuggestionModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Code)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant LifecycleSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Owner: return tr("Owner");
    case Current: return tr("Current stage");
    case Suggested: return tr("Suggested stage");
    case Reason: return tr("Why");
    default: return {};
    }
}
