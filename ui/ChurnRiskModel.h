#pragma once

#include "DashboardData.h"

#include <QAbstractTableModel>

// The churn-risk list of the dashboard: code, name, owner, last order, median gap, days overdue.
// A model, not a table widget: a large archive has tens of thousands of customers at risk.
class ChurnRiskModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Owner, LastOrder, MedianGap, DaysOverdue, ColumnCount };

    explicit ChurnRiskModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(QList<ChurnRow> rows);
    const QList<ChurnRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChurnRow> m_rows;
};
