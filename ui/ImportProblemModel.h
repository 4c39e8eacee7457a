#pragma once

#include "ImportReport.h"

#include <QAbstractTableModel>

// The problems of an import as a table (row, column, value, reason, severity). A model rather than a
// QTableWidget: a file of 100,000 bad rows gives 100,000 problems.
class ImportProblemModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RowColumn, ColumnColumn, ValueColumn, ReasonColumn, ColumnCount };

    explicit ImportProblemModel(QObject* parent = nullptr);

    void setProblems(QList<ImportProblem> problems);
    const QList<ImportProblem>& problems() const { return m_problems; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};
