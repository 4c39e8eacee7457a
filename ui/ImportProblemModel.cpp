#include "ImportProblemModel.h"

#include "ImportPreviewPage.h"

#include <QBrush>

ImportProblemModel::ImportProblemModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportProblemModel::setProblems(QList<ImportProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const ImportProblem& problem = m_problems[index.row()];
    const bool rejected = problem.severity == ImportProblem::Severity::Rejected;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RowColumn: return problem.row;
        case ColumnColumn: return problem.column;
        case ValueColumn: return problem.value;
        case ReasonColumn: return rejected ? tr("Not imported: %1").arg(problem.reason) : problem.reason;
        }
        break;
    case Qt::BackgroundRole:
        // Same colours as on the preview page.
        if (index.column() == RowColumn)
            return QBrush(rejected ? ImportPreviewPage::rejectedColor : ImportPreviewPage::warningColor);
        break;
    case Qt::ForegroundRole:
        if (index.column() == RowColumn)
            return QBrush(Qt::black);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case ColumnColumn: return tr("Column");
    case ValueColumn: return tr("Value");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}
